@testable import NewsCore
import Testing

/// Large cities by their names in the other Latin-script news languages (scripts/generate-country-names.py, exonyms:
/// Venedig, Mailand, Ginevra, Spalato, Anvers) and by a longer name GeoNames lists (Palma de Mallorca, which read as a
/// person's name before), not the words and names the generator leaves out (Kork, German for cork; Mosel, the river,
/// which GeoNames lists as a name of Mosul). Texts written for these tests.
@Suite struct PlaceExonymTests {
    @Test(arguments: [
        ("Streik", "Flüge von Venedig nach Mailand und Breslau fielen am Montag aus.", ["Venedig", "Mailand", "Breslau"],
         ["IT", "PL"]),
        ("Sciopero", "Voli cancellati tra Ginevra, Siviglia e Spalato per lo sciopero.", ["Ginevra", "Siviglia", "Spalato"],
         ["CH", "ES", "HR"]),
        ("Grève", "Le port d'Anvers et la gare de Louvain étaient fermés mardi.", ["Anvers", "Louvain"], ["BE"]),
    ])
    func aCityByItsNameInAnotherLanguageIsAPlace(title: String, body: String, places: [String], countries: [String]) {
        let a = PlaceCaseTests.analysed(title, body)
        for place in places { #expect(a.places.contains(place), "\(place): \(a.places)") }
        for country in countries { #expect(a.countries.contains(country), "\(country): \(a.countries)") }
    }

    @Test func aCitysLongerNameIsNoPerson() {
        let a = PlaceCaseTests.analysed("Strike", "The operator warned of long queues at Palma de Mallorca on Friday.")
        #expect(a.places == ["Palma de Mallorca"], "\(a.places)")
        #expect(a.countries == ["ES"], "\(a.countries)")
    }

    @Test func wordsAndOtherPlacesNamesStayUnread() {
        let a = PlaceCaseTests.analysed("Hochwasser", "Die Mosel trat über die Ufer. Kork und Holz trieben im Wasser.")
        #expect(!a.countries.contains("IQ") && !a.countries.contains("IE"), "\(a.countries)")
    }
}
