@testable import NewsCore
import Testing

/// (en) Places no list holds, named by a feature's word: in lower case after the name ("the Bia West district", "the
/// Kuyambana forest reserve"), in the plural after a list ("Erie, Niagara and Chautauqua counties"), or capitalised before
/// it (Lake Albert, Mount Elgon); not a people's adjective, a direction alone, a sentence's first word alone or a body's
/// name (place-context.tsv E, EP, I). Texts written for these tests.
@Suite struct PlaceFeatureWordTests {
    @Test func aFeaturesWordInLowerCaseNamesThePlaceBeforeIt() {
        let a = PlaceCaseTests.analysed("Cocoa", "Farmers in the Bia West district said prices fell near the Kuyambana forest reserve.")
        #expect(a.places.contains("Bia West") && a.places.contains("Kuyambana"), "\(a.places)")
    }

    @Test func aPluralNamesTheListBeforeIt() {
        let a = PlaceCaseTests.analysed("Snow", "The governor declared an emergency for Marlow, Tensing and Caddo counties on Friday.")
        for place in ["Marlow", "Tensing", "Caddo"] { #expect(a.places.contains(place), "\(place): \(a.places)") }
    }

    @Test func aPluralAfterAndOtherNamesTheListBeforeIt() {
        let a = PlaceCaseTests.analysed("Drought", "Drought left residents of Tarova, Ulimet and other northern atolls short of water.")
        #expect(a.places.contains("Tarova") && a.places.contains("Ulimet"), "\(a.places)")
        let b = PlaceCaseTests.analysed("Talks", "Mark Tolley and other officials met on Monday.")
        #expect(b.places.isEmpty, "\(b.places)")
    }

    @Test func aCapitalisedFeatureWordBeginsTheName() {
        let a = PlaceCaseTests.analysed("Oil", "Drilling began near Lake Albert, and climbers returned from Mount Elgon.")
        #expect(a.places.contains("Lake Albert") && a.places.contains("Mount Elgon"), "\(a.places)")
    }

    @Test func adjectivesDirectionsAndBodiesAreNoPlaces() {
        let a = PlaceCaseTests.analysed("Talks", "Officials in the Kurdish region and the Western region met. Several states agreed, "
            + "said doctors at Mount Carmel Hospital.")
        #expect(!a.places.contains { ["Kurdish", "Western", "Several", "Mount Carmel"].contains($0) }, "\(a.places)")
    }
}
