@testable import NewsCore
import Testing

/// Domestic news names no country: a small town of the country whose press writes the article's language counts after a
/// preposition of place all the same ("un incendie près de Fréjus", "in Ruhpolding"), and gives that country. Not in
/// English, written in many countries, and not without the preposition. Texts written for these tests.
@Suite struct HomeCountryTownTests {
    @Test(arguments: [
        ("Incendie", "Un incendie a éclaté près de Fréjus, selon les autorités.", "Fréjus", "FR"),
        ("Incendie", "L'autoroute a été coupée près de Puget-sur-Argens dans la nuit.", "Puget-sur-Argens", "FR"),
        ("Biathlon", "Der Weltcup wird in Ruhpolding ausgetragen.", "Ruhpolding", "DE"),
    ])
    func aHomeTownNeedsNoCountry(title: String, body: String, place: String, country: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries.contains(country), "\(a.countries)")
    }

    @Test func notInEnglish() {
        let a = EntityContextTests.analyse("Fire", "A fire broke out near Fréjus on Monday.")
        #expect(!a.places.contains("Fréjus"), "\(a.places)")
        #expect(a.countries.isEmpty, "\(a.countries)")
    }

    @Test func homeCountriesAreData() {
        #expect(PlaceContext.shared.homeCountries(for: "fr") == ["FR"])
        #expect(PlaceContext.shared.homeCountries(for: "de") == ["DE", "AT", "CH"])
        #expect(PlaceContext.shared.homeCountries(for: "en").isEmpty)
        // (None for an article in no known language, nor in one with no lists.)
        #expect(PlaceContext.shared.homeCountries(for: nil).isEmpty)
        #expect(PlaceContext.shared.homeCountries(for: "nl").isEmpty)
    }
}
