@testable import NewsCore
import Testing

/// (fr, es, it, pt) A national service named in sentence case: a capitalised noun and adjectives in lower case, the last
/// national, military, coastal or the nation's (la Marine nationale, la Guardia costiera, la Armada argentina). Texts
/// written for these tests.
@Suite struct RomanceServiceTests {
    @Test(arguments: [
        ("Navire", "Un remorqueur de la Marine nationale a appareillé de Papeete jeudi matin, en Polynésie française.", "Marine nationale"),
        ("Migranti", "La nave della Guardia costiera ha soccorso 430 migranti a sud di Gavdos, in Grecia, durante la notte.", "Guardia costiera"),
        ("Buque", "Un buque de la Armada argentina rescató a los tripulantes frente a Mar del Plata, informó la fuerza.", "Armada argentina"),
    ])
    func aServiceInSentenceCase(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aGivenNameBeforeAnotherWordIsNoService() {
        let a = EntityContextTests.analyse("Festival", "La cantante Marina presentó su disco en Madrid ante miles de personas, informó la organización.")
        #expect(!a.organizations.contains { $0.hasPrefix("Marina") }, "\(a.organizations)")
    }
}
