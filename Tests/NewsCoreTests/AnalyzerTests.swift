import NewsCore
import Testing

/// Table-driven checks of the analysis on articles written for the purpose.
@Suite struct AnalyzerTests {
    static let analyzer = Analyzer()

    static func analyse(_ title: String, _ body: String, language: String? = nil) -> (Article, ArticleAnalysis) {
        analyzer.analyze(Article(title: title, body: body, language: language, format: "text"))
    }

    struct CountryCase: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: [String]
        var absent: [String] = []
        var testDescription: String { text }
    }

    @Test(arguments: [
        CountryCase(text: "Japan and Vietnam signed the agreement.", expected: ["JP", "VN"]),
        CountryCase(text: "The Vietnamese delegation met Japanese officials.", expected: ["VN", "JP"]),
        CountryCase(text: "Beijing said the patrols were lawful, and Hanoi protested.", expected: ["CN", "VN"]),
        CountryCase(text: "Officials in Washington said the talks would go on.", expected: ["US"]),
        CountryCase(text: "日本とベトナムは防衛協力で合意した。中国は反発した。", expected: ["JP", "VN", "CN"]),
        CountryCase(text: "Nhật Bản và Việt Nam ký thỏa thuận quốc phòng.", expected: ["JP", "VN"]),
        CountryCase(text: "VIETNAM AND JAPAN SIGN PACT", expected: ["VN", "JP"]),
        CountryCase(text: "La France et l'Allemagne ont salué l'accord.", expected: ["FR", "DE"]),
        CountryCase(text: "Ｊａｐａｎ and the Philippines held talks.", expected: ["JP", "PH"]),
        CountryCase(text: "Chad Jordan scored 31 points as the Hawks beat the Kings.", expected: [], absent: ["TD", "JO"]),
        CountryCase(text: "Denzel Washington won the award.", expected: [], absent: ["US"]),
        CountryCase(text: "The United States and South Korea held drills; North Korea protested.", expected: ["US", "KR", "KP"]),
        CountryCase(text: "Troops were sent to Jordan and Chad last year.", expected: ["JO", "TD"]),
        CountryCase(text: "She roasted a turkey for the holiday in Georgia Smith's kitchen.", expected: [], absent: ["TR", "GE"]),
    ])
    func countries(_ c: CountryCase) {
        let (_, a) = Self.analyse("", c.text)
        for code in c.expected { #expect(a.countries.contains(code), "\(code) in \(a.countries)") }
        for code in c.absent { #expect(!a.countries.contains(code), "\(code) not in \(a.countries)") }
    }

    @Test(arguments: [
        ("Tàu Trung Quốc lại xuất hiện ở Biển Đông.", "South China Sea"),
        ("Vietnam protested Chinese survey ships in the East Sea.", "South China Sea"),
        ("South Korea says North Korea fired missiles into the East Sea.", "Sea of Japan"),
        ("Chinese coast guard ships entered waters near the Diaoyu Islands.", "Senkaku Islands"),
        ("Japan scrambled jets as ships neared the Senkakus.", "Senkaku Islands"),
        ("尖閣諸島周辺で中国海警局の船が確認された。", "Senkaku Islands"),
        ("Tension rose on the Korean Peninsula.", "Korean Peninsula"),
        ("Manila accused Beijing of ramming a boat at Ayungin Shoal.", "Second Thomas Shoal"),
        ("Leaders discussed a free and open Indo-Pacific.", "Indo-Pacific"),
    ])
    func placesWithTheirAliases(_ text: String, _ place: String) {
        let (_, a) = Self.analyse("", text)
        #expect(a.places.contains(place), "\(place) in \(a.places)")
    }

    @Test func eastSeaAloneNamesNoSea() {
        let (_, a) = Self.analyse("", "Fishermen went out to the East Sea at dawn.")
        #expect(!a.places.contains("South China Sea"))
        #expect(!a.places.contains("Sea of Japan"))
    }

    @Test func peopleFromTitlesAndRolesAndSurnames() {
        let (_, a) = Self.analyse(
            "Ministers meet in Hanoi",
            """
            Prime Minister Fumio Kishida met his counterpart Pham Minh Chinh on Monday. Defence Minister Nobuo Kishi \
            also attended. Kishida said the talks went well, while Kishi said more drills were planned. \
            President Joko Widodo sent a message. Marta Lindqvist, the Swedish ambassador, said she welcomed the deal. \
            Ambassador Lindqvist later left.
            """)
        #expect(a.people.contains("Fumio Kishida"))
        #expect(a.people.contains("Pham Minh Chinh"))
        #expect(a.people.contains("Nobuo Kishi"))
        #expect(a.people.contains("Joko Widodo"))
        #expect(a.people.contains("Marta Lindqvist"))
        // Surname-only mentions resolve to the full names, never to a similar one.
        #expect(!a.people.contains("Kishida"))
        #expect(!a.people.contains("Kishi"))
        #expect(!a.people.contains("Lindqvist"))
        #expect(a.people.filter { $0.contains("Kishi") }.sorted() == ["Fumio Kishida", "Nobuo Kishi"])
    }

    @Test func peopleNotInAnyListAreFoundByContext() {
        let (_, a) = Self.analyse("", "Foreign Minister Arvid Tellmann told reporters the talks were over. Tellmann then left.")
        #expect(a.people == ["Arvid Tellmann"])
    }

    @Test func accentsAndCaseDoNotMatter() {
        let (_, a) = Self.analyse("", "President Vo Van Thuong welcomed the guests.")
        let (_, b) = Self.analyse("", "Chủ tịch nước Võ Văn Thưởng đón khách.")
        #expect(a.people.contains("Vo Van Thuong"))
        #expect(b.people.contains("Vo Van Thuong"))
    }

    @Test func organisationsFoldAcronymsAndLongForms() {
        let (_, a) = Self.analyse("", "The North Atlantic Treaty Organization met. NATO ministers and ASEAN envoys spoke, Kyodo reported.")
        #expect(a.organizations.filter { $0 == "NATO" }.count == 1)
        #expect(a.organizations.contains("ASEAN"))
        #expect(a.organizations.contains("Kyodo News"))
        let (_, b) = Self.analyse("", "The Japan Self-Defense Forces and the JSDF are the same body; the Ministry of Fisheries Development was not there.")
        #expect(b.organizations.contains("Japan Self-Defense Forces"))
        #expect(b.organizations.contains("Ministry of Fisheries Development"))
        #expect(b.countries.contains("JP"))
        // "us" is a word, "US" a country.
        let (_, c) = Self.analyse("", "Let us go to the meeting.")
        #expect(!c.countries.contains("US"))
    }

    @Test func boilerplateIsDropped() {
        let (article, _) = Self.analyse(
            "Talks end",
            """
            The talks ended on Friday with a joint statement.

            Share this:
            Click to share on Facebook (Opens in new window)
            Back to top
            Related Articles
            Japan boosts coast guard budget
            Vietnam hosts ASEAN meeting

            Both sides agreed to meet again next year in Tokyo.

            Source link
            Leave a Reply
            Your email address will not be published. Required fields are marked *
            Comment
            Name *
            """)
        #expect(article.body.contains("joint statement"))
        #expect(article.body.contains("meet again"))
        for chrome in ["Share this", "Back to top", "Related Articles", "Japan boosts coast guard", "Source link", "Leave a Reply", "email address", "Name *"] {
            #expect(!article.body.contains(chrome), "\(chrome) left in the body")
        }
    }

    @Test func datelineGivesAPlaceAndASource() {
        let (article, a) = Self.analyse("Typhoon nears", "TAIPEI (Taiwan News) — A typhoon is expected to make landfall on Thursday.")
        #expect(article.source == "Taiwan News")
        #expect(a.places.contains("Taipei"))
        #expect(a.countries.contains("TW"))
    }

    @Test(arguments: [
        ("en", "The government announced on Monday that it would raise spending on schools and hospitals across the country next year."),
        ("vi", "Chính phủ Việt Nam hôm thứ Hai thông báo sẽ tăng chi tiêu cho trường học và bệnh viện trên khắp cả nước vào năm tới."),
        ("ja", "日本政府は月曜日、来年度に全国の学校と病院への支出を増やすと発表した。防衛費も過去最大となる見通しだ。"),
        ("zh", "中国政府星期一宣布，明年将增加全国学校和医院的支出，并继续推进经济改革和对外开放。"),
        ("ko", "한국 정부는 월요일 내년에 전국의 학교와 병원에 대한 지출을 늘릴 것이라고 발표했다."),
        ("fr", "Le gouvernement a annoncé lundi qu'il augmenterait l'année prochaine les dépenses pour les écoles et les hôpitaux."),
        ("de", "Die Regierung kündigte am Montag an, im nächsten Jahr die Ausgaben für Schulen und Krankenhäuser zu erhöhen."),
        ("es", "El gobierno anunció el lunes que el próximo año aumentará el gasto en escuelas y hospitales de todo el país."),
        ("ru", "Правительство объявило в понедельник, что в следующем году увеличит расходы на школы и больницы по всей стране."),
        ("ar", "أعلنت الحكومة يوم الاثنين أنها ستزيد الإنفاق على المدارس والمستشفيات في جميع أنحاء البلاد العام المقبل."),
        ("id", "Presiden mengatakan pemerintah akan membangun ibu kota baru di Kalimantan Timur dan memindahkan kantor kementerian ke sana tahun depan."),
        ("th", "รัฐบาลประกาศเมื่อวันจันทร์ว่าจะเพิ่มงบประมาณสำหรับโรงเรียนและโรงพยาบาลทั่วประเทศในปีหน้า"),
        ("pt", "O governo anunciou na segunda-feira que vai aumentar no próximo ano os gastos com escolas e hospitais em todo o país."),
        ("it", "Il governo ha annunciato lunedì che il prossimo anno aumenterà la spesa per scuole e ospedali in tutto il paese."),
        ("nl", "De regering kondigde maandag aan dat zij volgend jaar de uitgaven voor scholen en ziekenhuizen in het hele land verhoogt."),
        ("tr", "Hükümet pazartesi günü gelecek yıl ülke genelinde okullar ve hastaneler için harcamaları artıracağını açıkladı."),
        ("pl", "Rząd ogłosił w poniedziałek, że w przyszłym roku zwiększy wydatki na szkoły i szpitale w całym kraju."),
        ("uk", "Уряд оголосив у понеділок, що наступного року збільшить видатки на школи та лікарні по всій країні."),
        ("hi", "सरकार ने सोमवार को घोषणा की कि वह अगले वर्ष देश भर में स्कूलों और अस्पतालों पर खर्च बढ़ाएगी।"),
        ("ms", "Kerajaan mengumumkan pada hari Isnin bahawa ia akan meningkatkan perbelanjaan untuk sekolah dan hospital di seluruh negara tahun depan."),
    ])
    func language(_ code: String, _ text: String) {
        let (_, a) = Self.analyse("", text)
        #expect(a.language == code, "\(code): got \(a.language ?? "nil")")
    }

    @Test func topicsFireWithEvidenceAndImplyTheirParents() throws {
        let (_, a) = Self.analyse(
            "Japan and Vietnam boost defence ties",
            "The defence ministers agreed to expand defence cooperation, with joint naval exercises and coast guard patrols in the South China Sea.")
        let ids = a.topics.map(\.id)
        #expect(ids.contains("defense"))
        #expect(ids.contains("conflict-war-peace"), "a child implies its parent")
        #expect(ids.contains("maritime-security"))
        let defense = try #require(a.topics.first { $0.id == "defense" })
        #expect(defense.score >= 0.5 && defense.score < 1)
        // "defence cooperation" and "defense cooperation" are one term, in either spelling.
        #expect(defense.evidence.contains("defence cooperation") || defense.evidence.contains("defense cooperation"))
        #expect(!ids.contains("sport"))
    }

    @Test func sportIsNotPolitics() {
        let (_, a) = Self.analyse("United win the cup", "The striker scored twice in the final as the club beat their rivals to win the league title in front of 60,000 fans.")
        #expect(a.topics.first?.id == "sport")
    }

    @Test func theRankingListsEveryTopLevelTopicWithItsEvidence() throws {
        let (article, _) = Self.analyse("Chip maker profits rise", "The company said sales of its software and computer chips lifted quarterly profits, and shares rose.")
        let ranking = Self.analyzer.topLevelRanking(article)
        #expect(ranking.count == 17, "every top-level topic, fired or not")
        #expect(ranking.map(\.score) == ranking.map(\.score).sorted(by: >))
        let economy = try #require(ranking.first { $0.id == "economy-business-finance" })
        #expect(economy.evidence.contains("profits") || economy.evidence.contains("profit"))
        let sport = try #require(ranking.first { $0.id == "sport" })
        #expect(sport.score == 0 && sport.evidence.isEmpty)
    }
}
