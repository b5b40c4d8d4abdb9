@testable import NewsCore
import Testing

/// (es, pt, fr, it) Natural features, reservoirs and parishes named by a word in lower case before them (place-context.tsv
/// B): salar de Uyuni, serra do Caldeirão, barragem de Odeleite, lago di Bracciano.
@Suite struct FeatureWordPlaceTests {
    @Test(arguments: [
        ("Litio", "Los manifestantes ocuparon el salar de Coipasa durante la noche.", "Coipasa"),
        ("Seca", "A água chega da barragem de Odeleite e da serra do Caldeirão.", "Odeleite"),
        ("Seca", "A água chega da barragem de Odeleite e da serra do Caldeirão.", "Caldeirão"),
        ("Siccità", "Il livello del lago di Bracciano è sceso ancora.", "Bracciano"),
    ])
    func aFeature(title: String, body: String, place: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
    }
}
