@testable import NewsCore
import Testing

/// Reservoirs, dams and valleys by the word before their name (l'invaso del Camastra, la diga del Pertusillo, la Val
/// d'Agri); a city's name after a capitalised word and an elided d' is part of that longer name (d'Agri is no Ağrı in
/// Turkey), and "la Val" no body's acronym.
@Suite struct RomanceFeatureNameTests {
    @Test func reservoirsAndDams() {
        let a = EntityContextTests.analyse("Crisi idrica", "L'invaso del Camastra è sceso e serve un collegamento con la diga del Pertusillo.")
        #expect(a.places.contains("Camastra"), "\(a.places)")
        #expect(a.places.contains("Pertusillo"), "\(a.places)")
    }

    @Test func aValleyNamedWithAnElision() {
        let a = EntityContextTests.analyse("Crisi idrica", "Coldiretti teme danni per gli allevatori della Val d'Agri.")
        #expect(a.places.contains("Val d'Agri"), "\(a.places)")
        #expect(!a.countries.contains("TR"), "\(a.countries)")
        #expect(!a.organizations.contains("Val"), "\(a.organizations)")
    }
}
