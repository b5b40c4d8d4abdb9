@testable import NewsCore
import Testing

/// Towns named like a common word of a Romance language or German, small and little known abroad (Universidad in Madrid,
/// Republica in Brazil), count only in a dateline or after a preposition of place; a listed firm at a sentence's start
/// stands alone after the last sentence's capitalised word ("in Borsa. Pirelli ha firmato").
@Suite struct WordTownTests {
    @Test func notAUniversitysWords() {
        let a = EntityContextTests.analyse("Rocha", "Las muestras analizadas por el Centro Universitario de la Universidad de la República superan los niveles.")
        #expect(!a.places.contains("Universidad"), "\(a.places)")
        #expect(!a.countries.contains("ES") && !a.countries.contains("BR"), "\(a.countries)")
    }

    @Test func aFirmAfterASentencesEnd() {
        let a = EntityContextTests.analyse("Borsa", "Il titolo è salito dell'1% in Borsa. Pirelli ha firmato un contratto.")
        #expect(a.organizations.contains("Pirelli"), "\(a.organizations)")
    }
}
