@testable import NewsCore
import Testing

/// Organisations that general rules find, in several languages, and the look-alikes that they
/// must leave alone. Texts written for these tests; the firms, bodies and people are invented.
@Suite struct OrganizationContextRuleTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test func twoFirmsJoinedByAndAreTwo() {
        let a = Self.analyse("Merger", "Corrimore Textiles and Baxendale Brands agreed on Monday to merge, the two firms said in a statement.")
        #expect(a.organizations.contains("Corrimore Textiles"), "\(a.organizations)")
        #expect(a.organizations.contains("Baxendale Brands"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0.contains(" and ") }, "\(a.organizations)")
        #expect(!a.people.contains { $0.contains("Baxendale") }, "\(a.people)")
    }

    @Test(arguments: [
        "The Securities and Exchange Commission said it would look into the trades.",
        "The Competition and Markets Authority said it would look into the deal.",
        "Shares of Kendal Mining and Manufacturing Co rose after the results on Tuesday.",
        "Deposits at Far East Bank and Trust Company rose last year, the lender said on Tuesday.",
    ])
    func oneNameWithAndInsideStaysOne(body: String) {
        let a = Self.analyse("Regulator", body)
        #expect(a.organizations.contains { $0.contains(" and ") }, "\(a.organizations)")
        #expect(!a.organizations.contains { $0.hasPrefix("Exchange") || $0.hasPrefix("Manufacturing") || $0.hasPrefix("Trust") }, "\(a.organizations)")
    }

    @Test func aNameThatAFirmsWordMadeAFirmIsNoPersonAtItsOtherMentions() {
        let a = Self.analyse("Fine", "The lender Morgan Pryce was fined on Thursday. Morgan Pryce said it had repaid most customers.")
        #expect(a.organizations.contains("Morgan Pryce"), "\(a.organizations)")
        #expect(!a.people.contains("Morgan Pryce"), "\(a.people)")
    }

    @Test func aHeadFirstTakesAPlaceOrAPeoplesNameAndGoesOn() {
        let a = Self.analyse("Anleihe", "Die Universität Wien und die Banque Française du Commerce Extérieur legten am Montag eine Studie vor.")
        #expect(a.organizations.contains("Universität Wien"), "\(a.organizations)")
        #expect(a.organizations.contains("Banque Française du Commerce Extérieur"), "\(a.organizations)")
    }

    @Test func initialsAloneAreNoFirm() {
        let a = Self.analyse("Stocks", "The index rose 2 percent, said an analyst at E.F. Hutton, who expects more gains this week.")
        #expect(!a.organizations.contains { $0.unicodeScalars.count == 1 }, "\(a.organizations)")
    }

    @Test func aSpokespersonsPhraseLeavesAPersonsOtherMentionsAlone() {
        // A person's spokesman is as common as a firm's.
        let a = Self.analyse("Vote", "A spokesman for Alan Crewe declined to comment. Alan Crewe will stand again in May, his party said.")
        #expect(a.people.contains("Alan Crewe"), "\(a.people)")
    }

    @Test func analystsAtAFirmNameIt() {
        let a = Self.analyse("Markets", "Shares fell 3 percent, said analysts at Kelbrook Partners, who expect weaker sales this year.")
        #expect(a.organizations.contains("Kelbrook Partners"), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Concurrence", "L'Autorité de la concurrence a ouvert une enquête sur les prix du lait, a-t-on appris mardi.", "Autorité de la concurrence"),
        ("Faillite", "Le tribunal de commerce de Rennes a placé le fabricant en redressement judiciaire mardi.", "tribunal de commerce de Rennes"),
        ("Sécurité", "Le ministère de l'Intérieur a annoncé mardi de nouvelles mesures pour les gares.", "ministère de l'Intérieur"),
        ("Fragatas", "El ministerio de Defensa confirmó el lunes que el Gobierno comprará dos fragatas nuevas para la Armada española.",
         "ministerio de Defensa"),
    ])
    func aRomanceHeadTakesItsComplement(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Permis", "Le ministère des Mines et de la Géologie a suspendu le permis de la société.", "ministère des Mines et de la Géologie"),
        ("Ambasciatore", "Il ministero degli Esteri e della Cooperazione internazionale ha convocato l'ambasciatore.",
         "ministero degli Esteri e della Cooperazione internazionale"),
        ("Avion", "Le ministère des Transports et de la Mobilité durable a promis un service temporaire.",
         "ministère des Transports et de la Mobilité durable"),
    ])
    func aRomanceHeadInLowerCaseTakesASecondFieldAfterAnd(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Ciclone", "Segundo o Instituto Nacional de Gestão e Redução do Risco de Desastres, há 18 mortos.",
         "Instituto Nacional de Gestão e Redução do Risco de Desastres"),
        ("Cheias", "O Serviço Regional de Proteção Civil e Bombeiros dos Açores registou 230 ocorrências.",
         "Serviço Regional de Proteção Civil e Bombeiros dos Açores"),
    ])
    func aRomanceNameOfTwoFieldsJoinedByAndRunsToTenWords(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Migrantes", "La presidenta del Cabildo de El Hierro, Rosa Quintana, reclamó más medios.", "Cabildo de El Hierro"),
        ("Obras", "El Ayuntamiento de Los Realejos aprobó las obras del paseo.", "Ayuntamiento de Los Realejos"),
    ])
    func anIslandsCouncilAndAPlaceWithItsArticle(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aVerbAfterTheSecondFieldIsNoPartOfTheName() {
        let a = Self.analyse("Permis", "Le ministère des Mines et de la Géologie suspend le permis de la société.")
        #expect(a.organizations.contains("ministère des Mines et de la Géologie"), "\(a.organizations)")
    }

    @Test func aSitesOwnWordBeforeDeNamesATown() {
        // "l'usine Renault" is the firm's; "l'usine de Vierzon" is the town's.
        let a = Self.analyse("Emploi", "Les salariés de l'usine de Vierzon ont voté la grève jeudi, selon les syndicats.")
        #expect(!a.organizations.contains("Vierzon"), "\(a.organizations)")
    }

    @Test func aGermanCompoundForABodyHeadsItsName() {
        let a = Self.analyse("Preise", "Die Stadtwerke Karlsfeld erhöhen die Preise. Die Bundesnetzagentur prüft die Netzentgelte, sagte ein Sprecher.")
        #expect(a.organizations.contains("Stadtwerke Karlsfeld"), "\(a.organizations)")
        #expect(a.organizations.contains("Bundesnetzagentur"), "\(a.organizations)")
        #expect(!a.people.contains { $0.contains("Stadtwerke") }, "\(a.people)")
    }

    @Test func aGermanCompoundAfterAnotherNounOrOutsideGermanIsNoHead() {
        // "the largest lender of the Stadtwerke"; a federal ministry whose name goes on.
        let a = Self.analyse("Kredite", "Die Bank ist größter Kreditgeber der Stadtwerke und des Bundesministeriums für Verkehr, hieß es am Montag.")
        #expect(!a.organizations.contains { $0.hasPrefix("Kreditgeber") }, "\(a.organizations)")
        #expect(!a.organizations.contains("Bundesministeriums"), "\(a.organizations)")
        let b = Self.analyse("Loans", "The deal was backed by the Eximbank and Credit Lyonnais, the two lenders said on Monday.")
        #expect(!b.organizations.contains { $0.hasPrefix("Eximbank and") }, "\(b.organizations)")
    }

    @Test func aNameThatBeginsWithAHeadIsNoPersons() {
        let a = Self.analyse("Kritik", "Die Verbraucherzentrale Thüringen kritisierte die Erhöhung am Dienstag als zu hoch.")
        #expect(!a.people.contains { $0.contains("Verbraucherzentrale") }, "\(a.people)")
    }

    @Test func aChineseBodyGoesOnOverTheCityOrCountryBeforeIt() {
        let a = Self.analyse("审理专利案", "杭州3月20日电 杭州市中级人民法院当天审理了一起专利纠纷案。中国汽车工业协会表示关注。")
        #expect(a.organizations.contains("杭州市中级人民法院"), "\(a.organizations)")
        #expect(a.organizations.contains("中国汽车工业协会"), "\(a.organizations)")
        #expect(!a.organizations.contains("市中级人民法院"), "\(a.organizations)")
        #expect(!a.organizations.contains("中国汽车"), "\(a.organizations)")
    }

    @Test func aChineseVerbEndingInASuffixIsNoName() {
        // 签署 "sign" ends in 署 "office".
        let a = Self.analyse("签署协议", "北京3月20日电 两家企业20日在北京签署合作协议，双方将共同研发电池。")
        #expect(!a.organizations.contains { $0.hasSuffix("签署") }, "\(a.organizations)")
    }

    @Test(arguments: [
        ("Ставка", "МОСКВА, 18 марта — Центральный банк в пятницу сохранил ключевую ставку на прежнем уровне.", "Центральный банк"),
        ("Иск", "Иск рассмотрит Арбитражный суд Тверской области, сообщила компания в понедельник.", "Арбитражный суд Тверской области"),
        ("Штраф", "Вчера Российский футбольный союз оштрафовал клуб на 300 тысяч рублей.", "Российский футбольный союз"),
    ])
    func aRussianAdjectiveAndANounForABodyAreAName(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Ставка", "Центральный банк России в пятницу повысил ключевую ставку.", "Центральный банк России"),
        ("Иск", "Иск отклонил Арбитражный суд Москвы, сообщила компания.", "Арбитражный суд Москвы"),
        ("Иск", "Дело рассмотрит Кировский районный суд Самары в понедельник.", "Кировский районный суд Самары"),
        ("Ставка", "Центральный банк Китая сохранил ставку.", "Центральный банк Китая"),
    ])
    func aRussianBodysNameGoesOnOverItsPlaceInTheGenitive(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aRussianBodysNameStopsBeforeAPersonsName() {
        let a = Self.analyse("Ставка", "Центральный банк Эльвира Набиуллина назвала решение взвешенным.")
        #expect(!a.organizations.contains { $0.hasPrefix("Центральный банк Э") }, "\(a.organizations)")
    }

    @Test func aRussianCountrysAdjectiveAndACourtAtASentencesStartAreAnyCourt() {
        let a = Self.analyse("Приговор", "Российский суд приговорил бывшего чиновника к пяти годам заключения.")
        #expect(!a.organizations.contains("Российский суд"), "\(a.organizations)")
    }

    @Test func anArabicNameGoesOnOverWhatItIsForAndWhomItIsNamedAfter() {
        let a = Self.analyse("كرة القدم", "أكد الاتحاد المصري لكرة القدم يوم الخميس تسجيل العقد. وقالت جامعة الملك فهد إنها ستستضيف المعسكر.")
        // (Listed since the thirty-third session, known34-clubs: the entry's name.)
        #expect(a.organizations.contains("Egyptian Football Association"), "\(a.organizations)")
        #expect(a.organizations.contains("جامعة الملك فهد"), "\(a.organizations)")
        #expect(!a.people.contains { $0.contains("فهد") }, "\(a.people)")
    }

    @Test(arguments: ["компании «Финам» Ольга", "الاتصالات السعودية، الراعي", "積体電路製造（TSMC）"])
    func quotesTheArabicCommaAndFullWidthBracketsPartPhrases(text: String) {
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.last?.flags.contains(.afterPunctuation) == true, "\(tokens.map(\.text))")
    }
}
