import NewsCore
import Testing

/// Organisations named by what the article says of them, whatever their words (twenty-second session): a name that
/// speaks of itself as "it" ("Tollcraig Marine said on Monday it had won"), a source named with its article in the
/// Romance languages ("selon l'Ifrec"), a German statement's "teilte die ... mit", an apposition's union, party or fund,
/// a newspaper's name before the word. Texts written for these tests, with look-alikes: people, who say "it" of other
/// things, a source named without an article.
@Suite struct OrganizationStatementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var notOrganizations: [String] = []
        var people: [String] = []
        var testDescription: String { text }
    }

    static let analyzer = Analyzer()

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for o in c.notOrganizations { #expect(!a.organizations.contains(o), "\(o) not in \(a.organizations)") }
        for p in c.people { #expect(a.people.contains(p), "\(p) in \(a.people)") }
    }

    @Test(arguments: [
        Case(text: "GLASGOW, Dec 9 - Tollcraig Marine said on Monday it had won a contract to build two ferries for the islands. "
             + "The yard employs 300 people.", organizations: ["Tollcraig Marine"]),
        Case(text: "A federal judge ruled on Tuesday that Brightstage must let rival sellers compete for arena contracts. "
             + "Brightstage, which owns Ticketbay, said it would appeal the ruling.", organizations: ["Brightstage"]),
        Case(text: "Floods cut roads across the coast on Friday. Kestrel Power said it had cut electricity to parts of the coast "
             + "as a precaution.", organizations: ["Kestrel Power"]),
        Case(text: "Smoke reached the valley over the weekend. Wexby Paper, which runs a mill in the area, said its plant was not "
             + "damaged.", organizations: ["Wexby Paper"]),
    ])
    func namesThatSpeakOfThemselves(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A person named in full elsewhere, a given name, "it was", an honorific: people, not organisations.
        Case(text: "Joanne Pike, a member of the council, visited the site on Monday. Pike said it would take months to repair "
             + "the damage.", notOrganizations: ["Pike"], people: ["Joanne Pike"]),
        Case(text: "The singer Tom Reddy said it had been a hard year for the band.", notOrganizations: ["Tom Reddy"]),
        Case(text: "Harwick said it was a difficult season for the club and its supporters.", notOrganizations: ["Harwick"]),
        Case(text: "Speaking in Leeds, Mr Dalby said it would take a decade to rebuild trust.", notOrganizations: ["Dalby", "Mr Dalby"]),
        // One word that a sentence's start capitalises and the article writes nowhere else so.
        Case(text: "Officials said it would reopen the bridge next week after repairs.", notOrganizations: ["Officials"]),
    ])
    func peopleWhoSayIt(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "Selon l'Ifrec, le chômage a reculé de 0,3 point au troisième trimestre, une baisse plus forte que prévu par "
             + "les économistes.", organizations: ["Ifrec"]),
        Case(text: "Segundo a Parvest, a decisão sobre a venda da companhia será tomada até março, depois de ouvidos os "
             + "sindicatos.", organizations: ["Parvest"]),
        Case(text: "Secondo l'Istrel, gli sbarchi sono calati del 40 per cento rispetto all'anno scorso nelle regioni del sud.",
             organizations: ["Istrel"]),
        // A person named without an article; a name that goes on after "della".
        Case(text: "Selon Véronique Morlaix, présidente de la coopérative, les mesures restent insuffisantes pour les éleveurs.",
             notOrganizations: ["Véronique Morlaix"]),
        Case(text: "Secondo il Corriere della Sera, il governo prepara un decreto sulle concessioni balneari per l'estate.",
             notOrganizations: ["Corriere"]),
    ])
    func sourcesWithTheirArticle(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "Wegen eines Unwetters blieb die Strecke bis zum Abend gesperrt, teilte die Weserland Bahn mit.",
             organizations: ["Weserland Bahn"]),
        Case(text: "Nach Angaben des Betreibers Flugwerk fielen am Montag mehr als 600 Flüge aus, auch in München.",
             organizations: ["Flugwerk"]),
        // One word after the article is as often a common noun.
        Case(text: "Die Brücke bleibt bis Freitag gesperrt, teilte die Stadt mit.", notOrganizations: ["Stadt"]),
    ])
    func germanStatements(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "Traxley, the train drivers' union, is still balloting members over rostering at two operators.",
             organizations: ["Traxley"]),
        Case(text: "The minister spoke to reporters, the Evening Clarion newspaper reported on Friday.", organizations: ["Evening Clarion"]),
        // A person in the same apposition with the union's possessive.
        Case(text: "Bob Marrin, the union's general secretary, said members would vote next week.", notOrganizations: ["Bob Marrin"]),
    ])
    func appositionsAndNewspapers(_ c: Case) { Self.check(c) }

    /// The finder reads sixteen statements an article at most (each costs a pass over the tokens).
    @Test func boundedStatements() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var names: [String] = []
        for k in 0..<30 { names.append("Qorvane Zul" + String(letters[k % 26]) + String(letters[k / 26])) }
        var body = ""
        for name in names { body += name + " said on Monday it would cut prices. " }
        let a = Self.analyzer.analyze(Article(title: "", body: body, format: "text")).analysis
        let found = names.filter { a.organizations.contains($0) }
        #expect(found.count == 16, "\(found.count): \(a.organizations)")
        #expect(found == Array(names.prefix(16)))
    }
}
