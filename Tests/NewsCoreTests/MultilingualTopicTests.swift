import NewsCore
import Testing

/// Topics in other languages than English, on short feed items, and in British spelling.
@Suite struct MultilingualTopicTests {
    static let analyzer = Analyzer()

    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var title: String
        var body: String
        var topic: String
        var testDescription: String { "\(language): \(title)" }
    }

    @Test(arguments: [
        Case(language: "vi", title: "Việt Nam và Nhật Bản tăng cường hợp tác quốc phòng",
             body: "Bộ trưởng Bộ Quốc phòng Việt Nam đã tiếp Bộ trưởng Quốc phòng Nhật Bản tại Hà Nội. Hai bên thống nhất đẩy mạnh hợp tác quốc phòng, trao đổi đoàn quân sự và hợp tác giữa hải quân hai nước.",
             topic: "defense"),
        Case(language: "ja", title: "日本とベトナム、防衛協力の強化で合意",
             body: "日本の防衛相は、ベトナムの国防相とハノイで会談し、自衛隊とベトナム軍の防衛協力を強化することで合意した。海上自衛隊の護衛艦が来月寄港する予定だ。",
             topic: "defense"),
        Case(language: "es", title: "El Real Madrid gana la Liga",
             body: "El equipo de Carlo Ancelotti ganó el partido por tres goles a uno y se proclamó campeón de la Liga. El entrenador elogió a sus jugadores tras la victoria ante su afición.",
             topic: "sport"),
        Case(language: "de", title: "Deutsche Bank steigert Gewinn deutlich",
             body: "Die Deutsche Bank hat im dritten Quartal ihren Gewinn deutlich gesteigert. Der Umsatz stieg um acht Prozent, die Aktie legte an der Börse zu. Anleger reagierten erleichtert auf die Zahlen des Konzerns.",
             topic: "economy-business-finance"),
        Case(language: "ru", title: "Землетрясение магнитудой 6,5 произошло на востоке Турции",
             body: "В результате землетрясения погибли 12 человек, более ста пострадавших доставлены в больницы. Спасатели разбирают завалы, идет эвакуация жителей из поврежденных домов.",
             topic: "disaster-accident"),
        Case(language: "ar", title: "بدء التصويت في الانتخابات الرئاسية",
             body: "بدأ الناخبون الإدلاء بأصواتهم في الانتخابات الرئاسية، حيث يتنافس ثلاثة مرشحين على المنصب. وقالت الهيئة الوطنية للانتخابات إن صناديق الاقتراع ستغلق مساء اليوم.",
             topic: "elections"),
        Case(language: "fr", title: "Le gouvernement présente sa réforme des retraites",
             body: "Le Premier ministre a présenté mercredi la réforme au Parlement. Les députés de l'opposition ont dénoncé un projet de loi injuste, et le vote est prévu en décembre à l'Assemblée nationale.",
             topic: "politics"),
        Case(language: "pt", title: "Polícia prende suspeito de assassinato em São Paulo",
             body: "A polícia prendeu nesta terça-feira um homem acusado do assassinato de um comerciante. Segundo a investigação, o crime aconteceu no domingo, e o suspeito será levado a julgamento.",
             topic: "crime-law-justice"),
        Case(language: "zh", title: "中国科学家发布新一代人工智能模型",
             body: "中国科学院的研究人员周二发布了新一代人工智能模型。科学家表示，这项技术将用于数据分析和卫星图像处理，研究团队计划明年开放软件。",
             topic: "science-technology"),
        // Korean and Italian have terms of their own (twenty-eighth session); Korean, as Japanese, as runs of syllables.
        Case(language: "ko", title: "서울 지하철 노조, 임금 협상 결렬에 파업 예고",
             body: "서울교통공사 노동조합은 사측과의 임금 협상이 결렬됐다며 다음 주 파업에 들어가겠다고 밝혔다. 노조는 인력 감축 계획 철회와 임금 인상을 요구하고 있으며, 시민들의 출퇴근 불편이 우려된다.",
             topic: "labour"),
        Case(language: "ko", title: "부산 앞바다서 어선 침몰…선원 3명 실종",
             body: "부산 해상에서 조업하던 어선이 높은 파도에 침몰해 선원 3명이 실종됐다. 해경은 경비함정과 헬기를 투입해 수색을 벌이고 있으며, 구조된 선원 5명은 병원으로 옮겨졌다.",
             topic: "disaster-accident"),
        Case(language: "it", title: "Il governo approva la legge di bilancio",
             body: "Il Consiglio dei ministri ha approvato la manovra, che ora passa al Parlamento. L'opposizione critica i tagli e il premier difende la riforma fiscale davanti ai deputati.",
             topic: "politics"),
        Case(language: "it", title: "Il Napoli vince a Bergamo e vola in testa al campionato",
             body: "Con due gol nel primo tempo la squadra di Conte ha battuto l'Atalanta. L'allenatore ha elogiato i giocatori, e i tifosi sognano un altro scudetto.",
             topic: "sport"),
        // A Japanese article of a few hundred characters is as long as an English one of about half as many words:
        // its one strong term fires as it would in English.
        Case(language: "ja", title: "石川県で震度5強の地震",
             body: "気象庁によると、14日午後3時すぎ、石川県能登地方を震源とするマグニチュード5.8の地震があり、輪島市で震度5強を観測した。この地震による津波の心配はない。県によると、住宅の一部が壊れたとの情報があり、消防が被害の確認を進めている。鉄道は一時運転を見合わせたが、夕方までに再開した。",
             topic: "disaster-accident"),
    ])
    func anArticleInItsLanguageGetsItsTopic(_ c: Case) throws {
        let (_, a) = Self.analyzer.analyze(Article(title: c.title, body: c.body, format: "text"))
        #expect(a.language == c.language, "identified as \(a.language ?? "nil")")
        #expect(a.topics.contains { $0.id == c.topic }, "topics: \(a.topics.map(\.id))")
        let best = try #require(a.topics.first, "no topic at all")
        let expectedTop = Taxonomy.default.topic(c.topic)?.parent == nil ? c.topic : nil
        if let expectedTop {
            #expect(best.id == expectedTop || Self.analyzer.topLevelRanking(Article(title: c.title, body: c.body, format: "text")).first?.id == expectedTop)
        }
    }

    @Test func japaneseAndKoreanLengthsCountWordsNotCharacters() throws {
        // Each character of a spaceless script is a token; an article's length for its score is counted in words: two
        // Japanese characters, two and a half Korean syllables to one. So 300 characters score as 150 words would.
        let scorer = TopicScorer(taxonomy: .default, model: nil)
        let disaster = try #require(Taxonomy.default.topics.firstIndex { $0.id == "disaster-accident" })
        let term = ["地", "震"]
        let characters = scorer.score(stems: term + Array(repeating: "の", count: 298), titleCount: 0, language: "ja")
        let words = scorer.score(stems: term + Array(repeating: "x", count: 149), titleCount: 0, language: "ja")
        #expect(abs(characters.ratio[disaster] - words.ratio[disaster]) < 1e-9)
        // (250 syllables, 100 words; against 5 syllables, 2 words, and 98 words.)
        let syllables = scorer.score(stems: ["지", "진"] + Array(repeating: "의", count: 248), titleCount: 0, language: "ko")
        let koreanWords = scorer.score(stems: ["지", "진", "의", "의", "의"] + Array(repeating: "x", count: 98), titleCount: 0, language: "ko")
        #expect(abs(syllables.ratio[disaster] - koreanWords.ratio[disaster]) < 1e-9)
        // Chinese is counted by characters, as its terms' weights were set.
        let chinese = scorer.score(stems: term + Array(repeating: "的", count: 298), titleCount: 0, language: "zh")
        let chineseWords = scorer.score(stems: term + Array(repeating: "x", count: 298), titleCount: 0, language: "zh")
        #expect(abs(chinese.ratio[disaster] - chineseWords.ratio[disaster]) < 1e-9)
    }

    @Test func aWordOfAnotherLanguageIsNotATermHere() {
        // "Partido" is a match in Spanish; English text with the word gets no sport from it.
        let (_, a) = Self.analyzer.analyze(Article(title: "Partido Popular", body: "The Partido Popular said it would vote against the budget.", format: "text"))
        #expect(!a.topics.contains { $0.id == "sport" })
    }

    struct ShortItem: Sendable, CustomTestStringConvertible {
        var title: String
        var sentence: String
        var topic: String
        var testDescription: String { title }
    }

    /// An RSS item: a title and one sentence.
    @Test(arguments: [
        ShortItem(title: "Tesco shares slide after warning", sentence: "The supermarket's shares fell 8% on Tuesday after it cut its full-year forecast.",
                  topic: "economy-business-finance"),
        ShortItem(title: "Henman through to quarter-finals", sentence: "Tim Henman beat the Spaniard in straight sets to reach the last eight in Rotterdam.", topic: "sport"),
        ShortItem(title: "New mobile chip promises longer battery life", sentence: "The processor, unveiled on Monday, uses half the power of its predecessor.",
                  topic: "science-technology"),
        ShortItem(title: "Blair defends plans for ID cards", sentence: "The prime minister told MPs the scheme would go ahead despite a Commons rebellion.", topic: "politics"),
        ShortItem(title: "Spielberg to direct new Lincoln film", sentence: "The director said shooting would start next year with a cast of Hollywood stars.",
                  topic: "arts-culture"),
    ])
    func aShortItemGetsTheRightTopLevelTopic(_ item: ShortItem) throws {
        let article = Article(title: item.title, body: item.sentence, format: "text")
        let (_, a) = Self.analyzer.analyze(article)
        let best = try #require(Self.analyzer.topLevelRanking(article).first)
        #expect(best.id == item.topic, "ranked first: \(best.id) \(best.evidence)")
        #expect(a.topics.contains { $0.id == item.topic }, "fired: \(a.topics.map(\.id))")
    }

    @Test func theShippedModelLoads() throws {
        let model = try #require(TopicModel.shared)
        #expect(model.classes == ["economy-business-finance", "arts-culture", "politics", "sport", "science-technology"])
        #expect(model.alpha == 12)
        let (p, _) = model.predict(stems: ["goal", "striker", "match"], titleCount: 0)
        #expect(p.count == 5 && abs(p.reduce(0, +) - 1) < 1e-9)
        #expect(p[3] == p.max(), "sport words say sport: \(p)")
    }

    @Test func theModelNamesItsEvidence() throws {
        let article = Article(title: "Tesco shares slide after warning", body: "The supermarket's shares fell 8% on Tuesday after it cut its full-year forecast.", format: "text")
        let best = try #require(Self.analyzer.topLevelRanking(article).first)
        #expect(best.evidence.contains { $0.hasPrefix("model:") }, "\(best.evidence)")
        #expect(!best.evidence.contains("model:its") && !best.evidence.contains("model:the"), "function words are no evidence")
    }

    @Test(arguments: [
        ("Japan and Vietnam agree on defence", "HANOI — ...", "defense"),
        ("Japan and Vietnam agree on defense", "HANOI — ...", "defense"),
        ("Labour union calls national strike", "The union said its members would walk out over pay.", "labour"),
        ("World Health Organisation warns of outbreak", "The organisation said the epidemic was spreading quickly.", "public-health"),
    ])
    func britishAndAmericanSpellingsFire(_ title: String, _ body: String, _ topic: String) {
        let (_, a) = Self.analyzer.analyze(Article(title: title, body: body, format: "text"))
        #expect(a.topics.contains { $0.id == topic }, "\(title): \(a.topics.map(\.id))")
    }

    @Test func spellingVariantsGoBothWays() {
        #expect(Stemmer.spellingVariant("defence") == "defense")
        #expect(Stemmer.spellingVariant("defense") == "defence")
        #expect(Stemmer.spellingVariant("organisation") == "organization")
        #expect(Stemmer.spellingVariant("organiz") == "organis")
        #expect(Stemmer.spellingVariant("labour") == "labor")
        #expect(Stemmer.spellingVariant("election") == nil)
    }

    @Test func snowballStemsOtherLanguages() {
        #expect(Stemmer.stem("elecciones", language: "es") == Stemmer.stem("eleccion", language: "es"))
        #expect(Stemmer.stem("выборы", language: "ru") == "выбор")
        #expect(Stemmer.stem("elections", language: "en") == "election")
        #expect(Stemmer.stem("bầu", language: "vi") == "bầu", "no stemmer: the word passes through")
    }

    @Test func aTopicFileCanGiveTermsPerLanguage() throws {
        let t = try Taxonomy.parse(yaml: """
            topics:
              - id: fisheries
                threshold: 3
                terms:
                  fishermen: 3
                languages:
                  es:
                    pescadores: 3
                  vi:
                    "ngư dân": 3
            """, file: "mine.yaml")
        let analyzer = Analyzer(taxonomy: t)
        let (_, es) = analyzer.analyze(Article(title: "Los pescadores protestan en el puerto", body: "Cientos de pescadores bloquearon ayer el puerto de la ciudad porque, según dijeron, las nuevas cuotas de pesca que ha aprobado el Gobierno son injustas y les llevarán a la ruina.", format: "text"))
        #expect(es.language == "es")
        #expect(es.topics.map(\.id) == ["fisheries"])
        let (_, vi) = analyzer.analyze(Article(title: "Ngư dân Quảng Ngãi được mùa cá ngừ", body: "Hàng trăm ngư dân đã trở về cảng sau chuyến biển dài ngày với sản lượng cá lớn.", format: "text"))
        #expect(vi.topics.map(\.id) == ["fisheries"])
        #expect(throws: TaxonomyError.self) {
            try Taxonomy.parse(yaml: "topics:\n  - id: x\n    languages:\n      Spanish:\n        pesca: 3\n", file: "bad.yaml")
        }
    }
}
