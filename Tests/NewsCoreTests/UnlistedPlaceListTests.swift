@testable import NewsCore
import Testing

/// A list of three names or more after a preposition of place, none of them in a list, where the article names a country
/// ("à Fakarava, Toau et Anaa"); not without a country, nor titles of works. Texts written for these tests.
@Suite struct UnlistedPlaceListTests {
    @Test func threeNamesAfterAPrepositionOfPlaceArePlaces() {
        let a = PlaceCaseTests.analysed("Polynésie", "Le navire a livré des vivres à Fakarava, Toau et Anaa, en Polynésie française, jeudi.")
        for p in ["Fakarava", "Toau", "Anaa"] { #expect(a.places.contains(p), "\(a.places)") }
    }

    @Test func notWithoutACountry() {
        let a = PlaceCaseTests.analysed("Films", "He starred in Catwalk, Tinsel and Moonrise before he turned twenty.")
        #expect(a.places.isEmpty, "\(a.places)")
    }

    @Test func notTitlesOfWorks() {
        let a = PlaceCaseTests.analysed("Films", "The American actor starred in The Basketball Diaries, Romeo and Juliet before he turned twenty.")
        #expect(!a.places.contains("Romeo") && !a.places.contains("Juliet"), "\(a.places)")
    }
}
