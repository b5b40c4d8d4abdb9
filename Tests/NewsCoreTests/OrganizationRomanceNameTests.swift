@testable import NewsCore
import Testing

/// Bodies' names in French, Spanish, Italian and Portuguese that run on over words in lower case, elided
/// prepositions and qualifiers after their head, and the look-alikes that must stay apart. Texts written for these
/// tests; the bodies named are of the kinds news names, their words chosen here.
@Suite struct OrganizationRomanceNameTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Recours", "Le rapport a été rendu public mardi. Le Conseil d'État a rejeté le recours des riverains.", "Conseil d'État"),
        ("Transports", "La grève a été annoncée lundi. L'Autorité de régulation des transports a été saisie par les élus.",
         "Autorité de régulation des transports"),
        ("Assurance", "Les primes vont augmenter l'an prochain. La Fédération française de l'assurance a publié ses chiffres jeudi.",
         "Fédération française de l'assurance"),
        ("Tariffe", "Le tariffe sono salite a marzo. L'Autorità garante della tutela e del risparmio ha aperto un'istruttoria.",
         "Autorità garante della tutela e del risparmio"),
        ("Pilotos", "A greve foi marcada para sexta-feira. O Sindicato Nacional dos Pilotos de Linha da Aviação Regional exigiu garantias.",
         "Sindicato Nacional dos Pilotos de Linha da Aviação Regional"),
    ])
    func aNameRunsOnOverItsComplements(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Sismo", "Un temblor sacudió el sur el martes, informó el Servicio Meteorológico Regional.", "Servicio Meteorológico Regional"),
        ("Incêndio", "O fogo destruiu três casas no domingo, informou a Polícia Ferroviária Estadual.", "Polícia Ferroviária Estadual"),
        ("Incendio", "El fuego consumió 200 hectáreas el lunes. La Corporación Nacional Minera informó de los daños.",
         "Corporación Nacional Minera"),
    ])
    func twoQualifiersAfterARomanceHeadAreItsName(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aGivenNameAfterARomanceHeadIsAPersons() {
        // "Partido Popular Alberto ...": the party and a person, not one name.
        let a = Self.analyse("Congreso", "Ayer habló el portavoz del Partido Verde Alberto Ruiz Toledo sobre el presupuesto.")
        #expect(!a.organizations.contains { $0.contains("Alberto") }, "\(a.organizations)")
    }

    @Test func andAnArticleBeforeAHeadBeginASecondBody() {
        let a = Self.analyse("Assurance", "Le texte a été publié lundi. La Fédération française de l'assurance et la Caisse des dépôts ont été consultées.")
        #expect(a.organizations.contains("Fédération française de l'assurance"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0.contains(" et la ") }, "\(a.organizations)")
    }

    @Test func andThenAPrepositionAndAnArticleJoinsNoLongNameToTheNext() {
        // Ten words run on over prepositions, not over "y de la": two bodies.
        let a = Self.analyse("Fraude", "El informe de la Comisión Nacional del Mercado de Valores y de la Fiscalía Anticorrupción llegó ayer al juzgado.")
        #expect(!a.organizations.contains { $0.contains(" y de la ") }, "\(a.organizations)")
    }

    @Test func theLongNamesBoundStaysTenWords() {
        // (Eleven words of a name: the finder reads ten at most.)
        let a = Self.analyse("Pilotos", "Ontem o Sindicato Nacional dos Pilotos de Linha da Aviação Civil do Norte Brasileiro pediu garantias.")
        #expect(!a.organizations.contains { $0.hasSuffix("Brasileiro") }, "\(a.organizations)")
    }

    @Test func aBodysConnectorKeepsNoPlaceOutOfAList() {
        // ("de" of the body's name is no word of the place's: both are found.)
        let a = Self.analyse("Incendio", "El fuego obligó a desalojar a 300 vecinos de los municipios de Fuente del Pino y Casas de Almoguera, "
            + "en la provincia de Cuenca. El alcalde pidió ayuda a la Unidad Militar de Rescate.")
        #expect(a.organizations.contains("Unidad Militar de Rescate"), "\(a.organizations)")
        #expect(a.places.contains("Casas de Almoguera"), "\(a.places)")
    }
}
