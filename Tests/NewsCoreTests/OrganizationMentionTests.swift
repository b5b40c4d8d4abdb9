import NewsCore
import Testing

/// Organisations that the article marks as such by its own words, whatever their names: an acronym
/// defined in parentheses, a spokesperson's phrase, a site's or a stock's word. Texts written for
/// these tests.
@Suite struct OrganizationMentionTests {
    /// (The shared Analyzer of ``EntityContextTests``.)
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Growth", "Growth will slow to 1.8 percent next year, the Korea Development Institute (KDI) said. KDI cut its forecast in May.",
         "Korea Development Institute", "KDI"),
        // (known35: the CGIL is a listed name now, so a union the lexicon does not list.)
        ("Sciopero", "La Federazione Autonoma Bancari Italiani (FABI) ha proclamato uno sciopero. La FABI chiede salari più alti.",
         "Federazione Autonoma Bancari Italiani", "FABI"),
        ("Rappel", "L'Agence nationale de sécurité du médicament (ANSM) a rappelé un lot de sirop. Selon l'ANSM, aucun cas n'est signalé.",
         "Agence nationale de sécurité du médicament", "ANSM"),
        ("Report", "The Western Freight Co-operation and Logistics Council (WFCLC) said rates rose. WFCLC expects a slower year.",
         "Western Freight Co-operation and Logistics Council", "WFCLC"),
        ("Заявление", "Министерство иностранных дел (МИД) Казахстана выступило с заявлением. В МИД не ответили на вопросы.",
         "Министерство иностранных дел", "МИД"),
    ])
    func anAcronymDefinedInParenthesesNamesTheWordsBeforeIt(title: String, body: String, name: String, acronym: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        // The acronym is the long name's alias, here and later in the text.
        #expect(!a.organizations.contains(acronym), "\(a.organizations)")
    }

    @Test func aTermsAcronymNamesNoOrganisation() {
        // No head word: the acronym is a term's as often as a body's.
        let a = Self.analyse("Music", "Sales of songs protected by Digital Rights Management (DRM) fell, the British Phonographic Industry said.")
        #expect(!a.organizations.contains("Digital Rights Management"), "\(a.organizations)")
        // A site after "the" may be a town's: only after "a" is it one of a firm's many.
        let b = Self.analyse("Cars", "Output at the Cowley factory rose, and a Kessler plant in Wales will close in May.")
        #expect(!b.organizations.contains("Cowley") && b.organizations.contains("Kessler"), "\(b.organizations)")
    }

    @Test func lettersThatDoNotSpellTheAcronymDefineNothing() {
        let a = Self.analyse("Talks", "Officials from Seoul and Tokyo met Kim Jae-won (KDI) and the trade minister on Monday.")
        #expect(!a.organizations.contains { $0.contains("Jae") || $0.contains("Tokyo") }, "\(a.organizations)")
        // A comma is no parenthesis: "Fenton, Morley, Priet" with an acronym after it is a list.
        let b = Self.analyse("Line-up", "The side named Fenton, Morley, Priet, FMP and Ryan for Saturday's game against Leeds.")
        #expect(!a.organizations.contains { $0.contains("Priet") } && !b.organizations.contains { $0.contains("Priet") })
    }

    @Test(arguments: [
        ("Jets", "Shares rose after a spokeswoman for Leonardo said the order was worth 3 billion euros.", "Leonardo"),
        ("Contratto", "Un portavoce della Fiom ha detto che i lavoratori voteranno il contratto la prossima settimana.", "Fiom"),
        ("Huelga", "Un portavoz de Mercadona dijo que las tiendas abrirán el domingo con normalidad.", "Mercadona"),
        ("Grève", "Les salariés de l'usine Renault ont voté la grève, a indiqué la direction jeudi.", "Renault"),
        ("Prices", "Shoppers at a FreshWay store in Newark said they would buy smaller birds this year.", "FreshWay"),
        ("Markets", "In New York, Tesla shares fell 4 percent after the company cut its delivery forecast.", "Tesla"),
        ("Werk", "Im Kessler-Werk in Bremen ruht seit Montag die Arbeit, teilte die Gewerkschaft mit.", "Kessler"),
    ])
    func theArticlesOwnWordsMarkAnOrganisation(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.people.contains(name))
    }

    @Test func aPersonsSpokesmanMakesNoOrganisation() {
        let a = Self.analyse("Visit", "A spokesman for President Joe Biden said the trip would go ahead as planned.")
        // The name of a place before the office that speaks: "the Mercer County fire marshal" is no body of its own.
        let d = Self.analyse("Fire", "No one was hurt, a spokesman for the Mercer County fire marshal said on Monday.")
        #expect(!d.organizations.contains("Mercer County"), "\(d.organizations)")
        #expect(!a.organizations.contains { $0.contains("Biden") || $0.contains("President") }, "\(a.organizations)")
        let b = Self.analyse("Visit", "A Biden spokesman said the trip would go ahead. Oil shares rose on the news.")
        #expect(!b.organizations.contains { $0.contains("Biden") || $0 == "Oil" }, "\(b.organizations)")
        let c = Self.analyse("Stores", "Smith's store closed in March, and a Christmas shop opened in its place.")
        #expect(c.organizations.isEmpty, "\(c.organizations)")
    }
}
