import NewsCore
import Testing

/// Organisations in each language by the shape of their names, the generated gazetteer of firms,
/// and the misreadings of places and countries found on hand-labelled articles; texts written for
/// these tests.
@Suite struct OrganizationTaggingTests {
    static let analyzer = Analyzer()

    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis {
        analyzer.analyze(Article(title: title, body: body, format: "text")).analysis
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var absent: [String] = []
        var testDescription: String { text }
    }

    @Test(arguments: [
        // Glued before a word that ends one (ja, zh), a word ending in one (ko); not 北部, 정부.
        Case(text: "三井住友銀行は経済産業省に報告書を提出した。", organizations: ["三井住友銀行", "経済産業省"]),
        Case(text: "蔚来公司表示，商务部将于下周公布新规。北部地区气温下降。", organizations: ["蔚来公司", "商务部"], absent: ["北部"]),
        Case(text: "대한항공은 국토교통부와 협의했다고 정부는 밝혔다.", organizations: ["Korean Air", "국토교통부"], absent: ["정부"]),
        // A head word and its genitives, a firm's name after the word for a firm, an acronym (ru).
        Case(text: "Министерство обороны России сообщило, что акции компании «Норникель» выросли, а ЦСКА проиграл.",
             organizations: ["Ministry of Defence of Russia", "Nornickel", "CSKA Moscow"]),
        // A head word and the words with the article after it (ar).
        Case(text: "قالت وزارة الخارجية القطرية إن الاجتماع سيعقد الأسبوع المقبل.", organizations: ["Ministry of Foreign Affairs of Qatar"]),
        // A head with "and" glued to it (وبنك): the name without it.
        Case(text: "ورحب الوزير بقرار البنك المركزي الأردني وبنك الإسكان.", organizations: ["Central Bank of Jordan", "بنك الإسكان"]),
        // Vietnamese heads, syllables in lower case inside the name, "và" between its parts.
        Case(text: "Tập đoàn Hòa Phát cho biết Bộ Kế hoạch và Đầu tư đã phê duyệt dự án.",
             organizations: ["Hoa Phat Group", "Bộ Kế hoạch và Đầu tư"]),
        // Words in lower case after a head word, connectors in a row, an elided article (fr).
        Case(text: "La Communauté économique des États de l'Afrique centrale a tenu un sommet.",
             organizations: ["Communauté économique des États de l'Afrique"]),
        // An acronym alone is a body; a dateline, a Roman numeral and GDP are not.
        Case(text: "BERN, 3. März - Die SBB kündigte am Montag an, dass Karl III. das GDP-Ziel lobte.",
             organizations: ["SBB"], absent: ["BERN", "III", "GDP"]),
        // A city beside a club's word is the club (Borussia Dortmund), and no place.
        Case(text: "Borussia Dortmund won 2-0 at home on Saturday.", organizations: ["Borussia Dortmund"]),
        // The generated index firms, their legal form left out.
        Case(text: "Shares of Rheinmetall rose after Siemens Energy said it would cut jobs.",
             organizations: ["Rheinmetall", "Siemens Energy"]),
    ])
    func organizationsByTheShapeOfTheirNames(_ c: Case) {
        let a = Self.analyse("", c.text)
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for o in c.absent { #expect(!a.organizations.contains(o), "\(o) not in \(a.organizations)") }
    }

    /// Aliases fold to one canonical name in every language.
    @Test func aliasesFoldToOneName() {
        let a = Self.analyse("Fuel", "وقال البنك المركزي المصري إن صندوق النقد الدولي وافق على القرض.")
        #expect(a.organizations.contains("Central Bank of Egypt"), "\(a.organizations)")
        #expect(a.organizations.contains("International Monetary Fund"), "\(a.organizations)")
        // A known name is not read again by its shape, nor run on into the sentence's words after it ("the next tranche").
        let tranche = Self.analyse("قرض", "بحث الوزير مع صندوق النقد الدولي الشريحة المقبلة من القرض.")
        #expect(tranche.organizations == ["International Monetary Fund"], "\(tranche.organizations)")
        let j = Self.analyse("決算", "トヨタ自動車は日銀の決定を歓迎した。")
        #expect(j.organizations.contains("Toyota") && j.organizations.contains("Bank of Japan"), "\(j.organizations)")
    }

    /// Valencia in a Spanish text is the Spanish city: of two cities of one name, the one known in
    /// many more languages (GeoNames' names) before the larger.
    @Test func valenciaInSpain() {
        let a = Self.analyse("Lluvias en Valencia",
                             "Las lluvias torrenciales inundaron ayer varios barrios de Valencia, y el Ayuntamiento pidió calma.")
        #expect(a.places.contains("Valencia"), "\(a.places)")
        #expect(a.countries == ["ES"], "\(a.countries)")
    }

    /// A surname that is a country's name is a person beside a first name, the country alone.
    @Test func montenegroAsSurname() {
        let a = Self.analyse("Proyecto de ley", "La senadora Carolina Montenegro presentó el lunes un proyecto de ley en Bogotá.")
        #expect(!a.countries.contains("ME"), "\(a.countries)")
        #expect(a.people.contains("Carolina Montenegro"), "\(a.people)")
        #expect(Self.analyse("", "Montenegro joined NATO in 2017.").countries == ["ME"])
    }

    /// 米 is the United States in Japanese compounds (日米, 米軍, 訪米), rice elsewhere (新米, 米農家).
    @Test func japaneseAbbreviationOfTheUnitedStates() {
        let a = Self.analyse("日米首脳会談", "日米首脳会談で米軍の駐留経費が議題となり、議員団は来月訪米する。")
        #expect(a.countries.contains("US") && a.countries.contains("JP"), "\(a.countries)")
        let rice = Self.analyse("新米", "新米の価格が上がり、米農家は喜んでいる。")
        #expect(rice.countries.isEmpty, "\(rice.countries)")
    }

    /// Lào Cai is a Vietnamese province, not Laos.
    @Test func laoCaiIsInVietnam() {
        let a = Self.analyse("Lũ quét", "Mưa lớn gây lũ quét tại tỉnh Lào Cai hôm thứ Hai, nhiều nhà bị cuốn trôi.")
        #expect(!a.countries.contains("LA"), "\(a.countries)")
        #expect(a.countries.contains("VN") && a.places.contains("Lào Cai"), "\(a.countries) \(a.places)")
        #expect(Self.analyse("", "Thủ tướng Lào thăm Hà Nội.").countries.contains("LA"))
    }

    /// 北京 inside a club's name (北京国安) is no place.
    @Test func cityInsideAChineseClubName() {
        let a = Self.analyse("中超", "北京国安队在主场以2比1战胜上海申花。")
        #expect(!a.places.contains("北京") && !a.places.contains("Beijing"), "\(a.places)")
        #expect(a.organizations.contains("Beijing Guoan"), "\(a.organizations)")  // (listed since known34-clubs)
    }

    /// Provinces and states from ISO 3166-2 in their own languages.
    @Test func provincesAndStates() {
        let a = Self.analyse("台风", "台风登陆海南，广东省和广西也有强降雨。")
        #expect(a.places.contains("海南") && a.places.contains("广东省") && a.places.contains("广西"), "\(a.places)")
        let b = Self.analyse("Werk", "Das neue Werk entsteht in Niedersachsen.")
        #expect(b.places == ["Niedersachsen"] && b.countries == ["DE"], "\(b.places) \(b.countries)")
    }

    /// A Russian surname alone before a verb of speech, and a name before an age set off by commas (a name the lexicon
    /// holds, in any script, is reported under its canonical name: Dmitry Peskov).
    @Test func peopleBySurnameAndAge() {
        let a = Self.analyse("Заявление", "Дмитрий Песков сказал журналистам, что Кремль ждёт ответа. Песков заявил, что встреча возможна.")
        #expect(a.people == ["Dmitry Peskov"], "\(a.people)")
        let b = Self.analyse("Заявление", "Лавров заявил в понедельник, что переговоры продолжатся.")
        #expect(b.people == ["Sergei Lavrov"], "\(b.people)")
        let d = Self.analyse("Встреча", "В Анкаре прошли переговоры с Сергеем Лавровым и Еленой Смирновой в среду.")
        #expect(d.people == ["Сергеем Лавровым", "Еленой Смирновой"], "\(d.people)")
        let c = Self.analyse("New coach", "The club named Dana Whitfield, 41, as its new head coach on Friday.")
        #expect(c.people == ["Dana Whitfield"], "\(c.people)")
    }

    /// The finders look at a bounded window per word: a text of many heads in a row costs time in
    /// proportion to its length (each name at most twelve words).
    @Test func namesAreBoundedInLength() {
        let body = String(repeating: "Bộ Kế hoạch Đầu tư Tài chính Ngân sách Nhà nước Trung ương ", count: 200)
        let a = Self.analyse("", body)
        #expect(a.organizations.allSatisfy { $0.split(separator: " ").count <= 12 }, "\(a.organizations.prefix(3))")
    }
}
