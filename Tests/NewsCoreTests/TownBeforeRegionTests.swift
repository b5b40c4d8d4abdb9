@testable import NewsCore
import Testing

/// (Not English) A town named with its region in brackets ("Almoradí (Alicante)") is a place; a person's name
/// before a department or a country in brackets is not ("Jean Dupont (Hérault)", "Tadej Pogacar (Slovénie)"). Texts
/// written for these tests.
@Suite struct TownBeforeRegionTests {
    @Test func aTownBeforeItsRegion() {
        let a = PlaceCaseTests.analysed("Lluvias", "Las lluvias inundaron calles en Almoradí (Alicante) durante la noche.")
        #expect(a.places.contains("Almoradí"), "\(a.places)")
    }

    @Test func aPersonIsNoTown() {
        let a = PlaceCaseTests.analysed("Vote", "Le député Jean Dupont (Hérault) a voté contre, et Tadej Pogacar (Slovénie) a gagné l'étape.")
        #expect(!a.places.contains("Jean Dupont") && !a.places.contains("Tadej Pogacar"), "\(a.places)")
    }
}
