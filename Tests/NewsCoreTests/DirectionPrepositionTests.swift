@testable import NewsCore
import Testing

/// Prepositions of direction ("desde Roses", "su Zafferana Etnea", "über Kötzting") are prepositions of place for the
/// small towns of a country the article names (place-context.tsv P).
@Suite struct DirectionPrepositionTests {
    @Test func spanish() {
        let a = EntityContextTests.analyse("Sequía en Girona", "El agua llegó a Cadaqués en camiones desde Roses y Llançà, en España.")
        #expect(a.places.contains("Roses") && a.places.contains("Llançà"), "\(a.places)")
    }

    @Test func italian() {
        let a = EntityContextTests.analyse("Etna", "In Italia cade cenere su Zafferana Etnea e Giarre.")
        #expect(a.places.contains("Zafferana Etnea"), "\(a.places)")
    }

    @Test func german() {
        let a = EntityContextTests.analyse("Umleitung", "In Deutschland wird der Verkehr über Kötzting umgeleitet.")
        #expect(a.places.contains("Kötzting"), "\(a.places)")
    }

    /// A town's name that the article writes as anything else too stays none ("su Roses" and then "Roses ha detto").
    @Test func onlyAsPlace() {
        let a = EntityContextTests.analyse("Spagna", "In Spagna la pioggia cade su Roses. Roses ha detto che lascerà il club.")
        #expect(!a.places.contains("Roses"), "\(a.places)")
    }
}
