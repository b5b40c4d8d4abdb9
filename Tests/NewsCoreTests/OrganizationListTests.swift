import NewsCore
import Testing

/// Firms named bare, from the tuning classes of the nineteenth session: listed firms that the generated gazetteer holds,
/// members of a list beside an organisation, and a Vietnamese body's name over "Hàng không"; with look-alikes that
/// must stay as they were. Texts written for these tests.
@Suite struct OrganizationListTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        // A list's other members beside a known body, after "and", "und", "y".
        Case(text: "Deutsche Bank and Brevik advised the sellers on the deal.", organizations: ["Deutsche Bank", "Brevik"]),
        Case(text: "Die Deutsche Bank und Kestrova berieten den Käufer.", organizations: ["Kestrova"]),
        // A known body's name of one word counts when the article names it twice.
        Case(text: "Embraer dijo que entregará 30 aviones. Embraer y Velmora firmaron un acuerdo de suministro.",
             organizations: ["Embraer", "Velmora"]),
        // After a word for a kind of body, commas and the closing "e": every member.
        Case(text: "I sindacati Sinalp, Trevas e Ombrel hanno firmato l'accordo con l'azienda.",
             organizations: ["Sinalp", "Trevas", "Ombrel"]),
        // Before it too.
        Case(text: "The loan came from Orvanta and Deutsche Bank last week.", organizations: ["Orvanta"]),
    ])
    func membersOfAList(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // "and" after a comma joins two clauses.
        Case(text: "The agency cut the rating to BB, and Deutsche Bank said it would review its loans.", absent: ["BB"]),
        // Towns in a list after a one-word firm's name that the article names once.
        Case(text: "Buses stop in Goodland, Colby and Hays every day.", absent: ["Colby", "Hays"]),
        // A rating in capitals is no member; nor a name before a firm found by its shape ("Standard and Poor's Corp").
        Case(text: "Fitch rated the bonds AA and Deutsche Bank bought most of them.", absent: ["AA"]),
        Case(text: "Brenlow and Tasker Holdings said the merger would close in May.", absent: ["Brenlow"]),
        // A comma alone makes no list: an apposition.
        Case(text: "Deutsche Bank, Frankfurt's largest lender, Brevik said nothing.", absent: ["Brevik"]),
    ])
    func notMembers(_ c: Case) { Self.check(c) }

    /// A person beside a body is no member of one list with it.
    @Test func personBesideABody() {
        let text = "Deutsche Bank and Martin Kessel signed the agreement on Monday."
        let a = OrganizationRecallTests.analyzer.analyze(Article(title: "", body: text, format: "text")).analysis
        #expect(!a.organizations.contains("Martin Kessel"), "\(a.organizations)")
        #expect(a.people.contains("Martin Kessel"), "\(a.people)")
    }

    @Test(arguments: [
        // Listed firms with no head word nor legal form (investpy's listings).
        Case(text: "A Embraer entregou 20 jatos no trimestre.", organizations: ["Embraer"]),
        Case(text: "Pirelli ha chiuso il trimestre con ricavi in crescita.", organizations: ["Pirelli"]),
        // "Banco Bradesco" is named Bradesco.
        Case(text: "As ações do Bradesco subiram 2% nesta terça-feira.", organizations: ["Bradesco"]),
    ])
    func listedFirms(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // Words of a language, months and a policy rate are no firm, though a listed firm abroad has the name.
        Case(text: "Vale a pena esperar, disse o ministro.", absent: ["Vale"]),
        Case(text: "In April the shop sold more bread.", absent: ["April"]),
        Case(text: "O Banco Central elevou a Selic para 15%.", absent: ["Selic"]),
        // A Vietnamese firm's name without its tone marks would be two syllables of a phrase.
        Case(text: "Bão số 9 đổ bộ vào miền Nam Việt Nam hôm qua.", absent: ["Nam Viet"]),
    ])
    func listedLookAlikes(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // "Hàng không" capitalised inside a body's name: "không" alone would end it.
        Case(text: "Cục Hàng không Việt Nam cho biết số chuyến bay tăng.", organizations: ["Cục Hàng không Việt Nam"],
             absent: ["Cục Hàng"]),
        Case(text: "Tổng công ty Hàng không Việt Nam báo lãi quý III.", organizations: ["Tổng công ty Hàng không Việt Nam"]),
        // "không" ("not") after a body's name still ends it.
        Case(text: "Bộ Tài chính không đồng ý với đề xuất này.", organizations: ["Bộ Tài chính"], absent: ["Bộ Tài chính không"]),
    ])
    func vietnameseAirBodies(_ c: Case) { Self.check(c) }
}
