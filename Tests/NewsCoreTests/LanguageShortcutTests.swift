import Testing

@testable import NewsCore

/// Languages decided without CLD2 (``LanguageIdentifier/isPlainlyEnglish(_:)``,
/// ``LanguageIdentifier/decidedByScript(_:)``): each text they decide, CLD2 decides the same; the look-alikes
/// are left to CLD2.
@Suite struct LanguageShortcutTests {
    static let english = [
        """
        Harbour workers vote to end strike\nDock workers at the port of Felixstowe have voted to accept a new pay offer, \
        ending a walkout that had held up thousands of containers for more than a week. The union said that its \
        members would return to work on Monday, and the port's operator said it expected the backlog to be cleared \
        within days. Retailers had warned that shelves could run short of some goods before the holidays.
        """,
        """
        Council approves plan for riverside homes\nA plan to build 400 homes on the site of a former paper mill has \
        been approved by councillors, who said the scheme would bring much-needed housing to the town. Residents \
        had objected to the height of two of the blocks, and the developer agreed to lower them by a storey. Work \
        is expected to begin next spring, with the first families moving in during 2028.
        """,
        """
        Striker's late goal earns draw\nSubstitute Tomás Ferreira scored in the 89th minute to rescue a point for \
        the visitors, who had trailed since the first half. Their manager said afterwards that he was proud of the \
        way his side had kept going, while the home captain admitted they should have put the game beyond reach \
        long before the equaliser. The result leaves both clubs in the bottom half of the table.
        """,
    ]

    /// Texts in Latin letters that must go to CLD2: other languages, English mixed with another, too short.
    static let notPlainlyEnglish = [
        // Dutch: "is", "was", "in" are Dutch words too.
        """
        Havenstaking voorbij\nDe havenarbeiders in Rotterdam hebben ingestemd met een nieuw loonbod. Het was de \
        langste staking in jaren, en de vakbond zei dat de leden maandag weer aan het werk gaan. De directie is \
        tevreden en verwacht dat de achterstand binnen enkele dagen is weggewerkt, maar winkels waarschuwen voor \
        lege schappen rond de feestdagen en de kosten voor de vervoerders.
        """,
        // German.
        """
        Einigung im Tarifstreit\nDie Gewerkschaft und die Arbeitgeber haben sich nach langen Verhandlungen auf \
        einen neuen Tarifvertrag geeinigt. Das Ergebnis sieht eine Erhöhung der Löhne in zwei Stufen vor, und die \
        Streiks an den Häfen sind damit beendet. Der Verband sprach von einem fairen Kompromiss, der die \
        Wettbewerbsfähigkeit der Betriebe nicht gefährde, und die Mitglieder stimmen nächste Woche ab.
        """,
        // Half French, half English: CLD2 weighs the two.
        """
        Accord trouvé au port\nLes dockers du port du Havre ont accepté la nouvelle offre de la direction, et le \
        travail reprendra lundi selon le syndicat. Les commerçants craignaient des rayons vides avant les fêtes. \
        The union said that its members would return to work on Monday, and the operator said it expected the \
        backlog to be cleared within days.
        """,
        // Swahili in ASCII letters, naming an English paper: too few words of English.
        """
        Serikali yatangaza mpango wa barabara\nSerikali imetangaza mpango mpya wa kujenga barabara katika mikoa \
        ya kusini, kwa mujibu wa gazeti la The Citizen. Waziri wa ujenzi alisema kazi itaanza mwezi ujao, \
        wakandarasi watatu wamepewa zabuni, wakazi wa vijiji vya pwani wataanza kusafiri kwa urahisi zaidi \
        baada ya miaka mingi ya kusubiri. Wabunge wa upinzani walihoji gharama ya mradi huo mkubwa.
        """,
        // English, but too short to leave no doubt.
        "Port strike ends\nThe union said that its members would return to work on Monday.",
    ]

    @Test(arguments: english)
    func englishIsDecidedAsCLD2Would(_ text: String) {
        #expect(LanguageIdentifier.isPlainlyEnglish(Tokenizer.tokenize(text)))
        #expect(LanguageIdentifier.cld2(Array(text.utf8)) == "en")
    }

    @Test(arguments: notPlainlyEnglish)
    func latinLookAlikesAreLeftToCLD2(_ text: String) {
        #expect(!LanguageIdentifier.isPlainlyEnglish(Tokenizer.tokenize(text)))
    }

    @Test func analysisTakesTheShortcutsAnswer() {
        // The language the feed declared gives way, as it does to CLD2's answer.
        let body = String(Self.english[0].drop { $0 != "\n" }.dropFirst())
        let article = Article(title: "Harbour workers vote to end strike", body: body, language: "fr", format: "text")
        #expect(Analyzer().analyze(article).analysis.language == "en")
    }

    static let korean = """
        서울시, 한강 공원에 야간 산책로 조성\n서울시는 내년 봄까지 한강 공원 세 곳에 조명을 갖춘 야간 산책로를 만들겠다고 \
        밝혔다. 시는 시민들이 퇴근 후에도 안전하게 걸을 수 있도록 보행로를 넓히고 쉼터와 화장실을 늘릴 계획이다. \
        사업비는 모두 이백억 원으로, 공사는 다음 달 시작된다. 인근 주민들은 소음과 주차 문제를 걱정하면서도 대체로 \
        환영하는 분위기다.
        """
    static let japanese = """
        北海道で記録的な大雪、交通に乱れ\n北海道では二十日から雪が降り続き、札幌市では一日で六十センチを超える積雪を \
        記録した。ＪＲ北海道は多くの列車の運転を見合わせ、空港では百便以上が欠航した。気象台は、あすにかけても大雪が \
        続くおそれがあるとして、不要不急の外出を控えるよう呼びかけている。
        """
    static let chinese = """
        长江流域今年夏季降雨偏多\n水利部门表示，今年夏季长江中下游地区降雨量比常年同期偏多三成，多个水文站 \
        水位超过警戒线。各地已经加强堤防巡查，并提前转移低洼地区的群众。专家认为，未来一周降雨仍将持续，防汛形势 \
        依然严峻，有关部门需要做好应急准备。
        """

    @Test(arguments: [(korean, "ko"), (japanese, "ja"), (chinese, "zh")])
    func scriptDecidesAsCLD2Would(_ text: String, _ language: String) {
        let bytes = Array(text.utf8)
        #expect(LanguageIdentifier.decidedByScript(bytes) == language)
        #expect(LanguageIdentifier.cld2(bytes) == language)
        #expect(LanguageIdentifier.identify(text) == language)
    }

    /// Texts in those scripts, or like them, that the script alone does not decide.
    static let scriptLookAlikes = [
        // Korean with much English: under nine in ten letters Hangul.
        "삼성전자 Samsung Electronics announced new Galaxy smartphones and foldable devices for global markets 오늘 \(korean)",
        // Chinese with kana: not Chinese alone, and too little kana to be Japanese.
        chinese + "の",
        // Japanese beside Cyrillic letters.
        japanese + " Москва",
        // Too few letters.
        "서울시, 한강 공원에 야간 산책로 조성",
        // Thai, Greek and accented Latin are CLD2's.
        "กรุงเทพมหานครประกาศแผนสร้างสวนสาธารณะริมแม่น้ำเจ้าพระยาเพิ่มอีกสามแห่งภายในปีหน้าเพื่อให้ประชาชนมีพื้นที่พักผ่อนมากขึ้น"
            + "และช่วยลดความร้อนในเมือง",
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά που πλήττονται από την άνοδο των τιμών ενέργειας.",
        "El gobierno anunció nuevas ayudas para las familias afectadas por la subida de los precios de la energía, según el ministerio.",
    ]

    @Test(arguments: scriptLookAlikes)
    func scriptLookAlikesAreLeftToCLD2(_ text: String) {
        #expect(LanguageIdentifier.decidedByScript(Array(text.utf8)) == nil)
    }
}
