@testable import NewsCore
import Testing

/// (fr) A word for a place before an elided d' (les communes d'Adjohoun, l'arrondissement de Kodé), and a list whose names
/// each take the preposition again ("d'Adjohoun, de Dangbo et de Bonou"); (de) a small town named like a common German
/// noun counts only in a dateline or after a preposition of place (Boden in Sweden: "der Boden").
@Suite struct PlaceListPrepositionTests {
    @Test func communesWithTheirPrepositions() {
        let a = EntityContextTests.analyse(
            "Crue", "La crue a inondé une vingtaine de villages des communes d'Adjohoun, de Dangbo et de Bonou, dans le sud-est du Bénin. Une commerçante de l'arrondissement de Kodé a témoigné.")
        for p in ["Adjohoun", "Dangbo", "Bonou", "Kodé"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
    }

    @Test func aGermanNounIsNoTown() {
        let a = EntityContextTests.analyse(
            "Kiruna", "Im schwedischen Kiruna ist die hölzerne Kirche um fünf Kilometer versetzt worden, weil der Erzabbau den Boden absacken lässt.")
        #expect(!a.places.contains("Boden"), "\(a.places)")
        #expect(a.countries.contains("SE"), "\(a.countries)")
    }
}
