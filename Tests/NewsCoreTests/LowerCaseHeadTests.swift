@testable import NewsCore
import Testing

/// Local bodies that the Romance languages write with a head in lower case (name-context.tsv OL, OLA).
@Suite struct LowerCaseHeadTests {
    @Test(arguments: [
        ("Nave", "La capitaneria di porto di Ancona ha soccorso i passeggeri.", "capitaneria di porto di Ancona"),
        ("Indagine", "La questura di Nuoro indaga sull'incendio.", "questura di Nuoro"),
        ("Rail", "Le conseil départemental de la Lozère finance la ligne.", "conseil départemental de la Lozère"),
        ("Seca", "A junta de freguesia de Salir pediu ajuda.", "junta de freguesia de Salir"),
        ("Seca", "A câmara municipal de Faro também pediu ajuda.", "câmara municipal de Faro"),
    ])
    func aLocalBody(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    /// "conseil" only with its adjective: a board is no body of its own.
    @Test func aBoard() {
        let a = EntityContextTests.analyse("FMI", "Le conseil d'administration du Fonds a approuvé le prêt.")
        #expect(!a.organizations.contains { $0.hasPrefix("conseil") }, "\(a.organizations)")
    }
}
