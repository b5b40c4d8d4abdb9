@testable import NewsCore
import Testing

/// Names found by their shape (Resources/name-shapes.tsv): a given name first, a Vietnamese family
/// name first, a firm's legal form; and the look-alikes that must stay out (a cup, a street, a club,
/// an article before the name, a wire headline in capitals). Texts written for these tests; the
/// names are invented.
@Suite struct NameShapeTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Match", "The goals came from Harriet Quellmalz and Tobias Wendringer in the second half.",
         ["Harriet Quellmalz", "Tobias Wendringer"]),
        ("Tor", "Am Samstag trafen Jonas Pfeilsticker und Lukas Brandhuber für die Gäste.", ["Jonas Pfeilsticker", "Lukas Brandhuber"]),
        ("Partita", "Il club ha contattato Roberto Ferlazzi prima della partita con la Lazio.", ["Roberto Ferlazzi"]),
        ("Elecciones", "La lista incluye a Lucía Berrondo y a Tomás Ibargüengoitia como candidatos.", ["Lucía Berrondo", "Tomás Ibargüengoitia"]),
        ("Report", "The panel, whose members include Mark Tellwright, will report in June.", ["Mark Tellwright"]),
    ])
    func aGivenNameFirstMakesAPerson(title: String, body: String, names: [String]) {
        let a = Self.analyse(title, body)
        for name in names { #expect(a.people.contains(name), "\(a.people)") }
    }

    @Test(arguments: [
        ("Hockey", "Fans gathered before the Stanley Cup final in the city.", "Stanley Cup"),
        ("Music", "The concert at Grace Church was sold out on Sunday night.", "Grace Church"),
        ("Traffic", "A lorry blocked Victoria Street and Albert Bridge for an hour.", "Albert Bridge"),
        ("Football", "The supporters of Hamilton Academical marched through the town.", "Hamilton Academical"),
        ("Bank", "Analysts at the Morgan Grenfell office expect a cut.", "Morgan Grenfell"),
        ("Mark", "Mark Twelvetrees shares rose as the index fell.", "Mark Twelvetrees"),
        ("Ferry", "The worst loss came when the German liner Otto Brenninger sank in 1945.", "Otto Brenninger"),
        ("Gig", "Fans queued for hours to see the band Lena Marwick in Leeds.", "Lena Marwick"),
        ("MARTIN BRODERICK OUTLOOK WEAK", "The company expects a weak year.", "MARTIN BRODERICK"),
    ])
    func aThingOrAHeadlineWithAGivenNameIsNoPerson(title: String, body: String, notName: String) {
        let a = Self.analyse(title, body)
        #expect(!a.people.contains(notName), "\(a.people)")
    }

    @Test func aVietnameseFamilyNameFirstMakesAPersonButNotAStreet() {
        let a = Self.analyse("Bóng đá", "Bàn thắng do Nguyễn Văn Khải ghi ở phút 80, sau đường chuyền của Trần Minh Tú.")
        #expect(a.people.contains("Nguyễn Văn Khải"), "\(a.people)")
        #expect(a.people.contains("Trần Minh Tú"), "\(a.people)")
        let b = Self.analyse("Giao thông", "Xe tải bị hỏng trên đường Lê Văn Sỹ vào sáng nay.")
        #expect(!b.people.contains("Lê Văn Sỹ"), "\(b.people)")
    }

    @Test(arguments: [
        ("Sopimus", "The supplier Korvenmaa Oyj signed the contract in Tampere.", "Korvenmaa Oyj"),
        ("Contrato", "A Transportes Valdrigo Ltda venceu a licitação.", "Transportes Valdrigo Ltda"),
        ("Deal", "The buyer, Pellworth Holdings Sarl, paid in cash.", "Pellworth Holdings Sarl"),
    ])
    func aLegalFormMakesAnOrganisation(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.people.contains(name), "\(a.people)")
    }

    @Test func theShippedListsHoldGivenNamesAndFormsButNoMonthsOrCommonWordsAmongThem() {
        let shapes = NameShapes.shared
        for name in ["james", "jurgen", "francois", "giulia", "joao", "mehmet", "hiroshi"] {
            #expect(shapes.given.contains(name), "\(name)")
        }
        for word in ["may", "june", "santa", "christian", "victoria"] {
            #expect(!shapes.given.contains(word) && !shapes.givenWords.contains(word), "\(word)")
        }
        #expect(shapes.givenWords.contains("mark") && !shapes.given.contains("mark"))
        #expect(shapes.legalForms.contains("gmbh") && shapes.legalForms.contains("oyj") && !shapes.legalForms.contains("eu"))
    }

    @Test func aChineseFamilyNameBeforeAVerbOfSpeechMakesAPersonButNotABodyOrAWord() {
        let a = Self.analyse("会议", "会议结束后，王建林表示，双方将继续合作。据悉，李秀珍说这项计划明年开始。")
        #expect(a.people.contains("王建林"), "\(a.people)")
        #expect(a.people.contains("李秀珍"), "\(a.people)")
        // A bureau, a province and two-character words before a verb are no people.
        let b = Self.analyse("天气", "林业局表示，今年降雨偏少。江苏省表示将加强管理。高层表示支持，方面表示欢迎。")
        #expect(b.people.isEmpty, "\(b.people)")
    }

    @Test func aJapaneseOrKoreanHonorificForAnyoneMakesAPerson() {
        let a = Self.analyse("事故", "現場にいた山本浩二さんは「大きな音がした」と話した。")
        #expect(a.people.contains("山本浩二"), "\(a.people)")
        let b = Self.analyse("사고", "목격자 김민준 씨는 \"큰 소리가 났다\"고 말했다.")
        #expect(b.people.contains("김민준"), "\(b.people)")
    }
}
