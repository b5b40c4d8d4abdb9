@testable import NewsCore
import Testing

/// Towns by the name people write where GeoNames' main name is an official long one (Marburg an der Lahn, Hansestadt
/// Stade, Kempten (Allgäu): scripts/generate-country-names.py, short_forms), regions whose English name is made of
/// English words (New South Wales, Isle of Wight: written_as_name), and a country's part that names its team before a
/// word of the team's people ("Wales coach": place-context.tsv M) and is a place before an office ("Scotland's
/// transport secretary"). Texts written for these tests.
@Suite struct PlaceShortNameTests {
    /// Marburg, Greifswald, Hanau, Kempten and Ludwigshafen, whose GeoNames names are Marburg an der Lahn,
    /// Universitäts- und Hansestadt Greifswald, Hanau am Main, Kempten (Allgäu) and Ludwigshafen am Rhein.
    @Test func aTownByTheShortFormOfItsOfficialNameIsAPlace() {
        let a = PlaceCaseTests.analysed(
            "Kliniken testen neues Verfahren",
            "Ärzte in Ludwigshafen und Hanau erproben seit Montag ein neues Verfahren. Auch die Kliniken in Marburg, "
                + "Kempten und Greifswald wollen es im Frühjahr einführen, sagte eine Sprecherin.")
        for place in ["Ludwigshafen", "Hanau", "Marburg", "Kempten", "Greifswald"] {
            #expect(a.places.contains(place), "\(place): \(a.places)")
        }
        #expect(a.countries == ["DE"], "\(a.countries)")
    }

    /// Ciudad Juárez is Juárez in Mexican news; Santiago stays Chile's (Santiago de Compostela, a smaller city, does
    /// not take it).
    @Test func aTitleBeforeTheNameAndALargerCityOfTheNameElsewhere() {
        let mx = PlaceCaseTests.analysed("Frontera", "La policía de Juárez detuvo a dos hombres el martes, informó la fiscalía.")
        #expect(mx.countries == ["MX"], "\(mx.countries)")
        let cl = PlaceCaseTests.analysed("Protesta", "Miles de personas marcharon el jueves por el centro de Santiago.")
        #expect(cl.countries == ["CL"], "\(cl.countries)")
    }

    @Test(arguments: [
        ("Bushfires", "Firefighters battled three bushfires across New South Wales on Sunday.", "New South Wales", "AU"),
        ("Mine", "The company will open a manganese mine in the Northern Cape next year.", "Northern Cape", "ZA"),
        ("Migrants", "Rescuers brought 80 people ashore in the Canary Islands on Friday.", "Canary Islands", "ES"),
        ("Ferry", "The ferry to the Isle of Wight was cancelled because of high winds.", "Isle of Wight", "GB"),
        ("Floods", "Rivers burst their banks across Fife after two days of rain.", "Fife", "GB"),
    ])
    func aRegionNamedByEnglishWordsIsAPlace(title: String, body: String, place: String, country: String) {
        let a = PlaceCaseTests.analysed(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries == [country], "\(a.countries)")
    }

    /// Regions whose names are only common words stay out: Cameroon's Far North, South Africa's Free State (a word
    /// rarer than the rest is what makes a name of English words one).
    @Test func aRegionNamedByCommonWordsOnlyStaysOut() {
        for body in ["The Far North of the country had its coldest night in years.",
                     "The Free State of Bavaria is one of Germany's sixteen states."] {
            let a = PlaceCaseTests.analysed("Weather", body)
            #expect(!a.countries.contains("CM") && !a.countries.contains("ZA"), "\(body): \(a.countries)")
        }
    }

    /// A territory that ISO 3166-1 lists as a country too is not its sovereign's region by an English name of English
    /// words: "the Virgin Islands" is no place of the United States.
    @Test func aTerritoryListedAsACountryIsNoRegionOfItsSovereign() {
        let a = PlaceCaseTests.analysed("Shell firms", "The two firms were registered in the Virgin Islands in 2019.")
        #expect(!a.places.contains("Virgin Islands") && !a.countries.contains("US"), "\(a.places) \(a.countries)")
    }

    /// "from Wales coach Warren Gatland": the team's, as "beat Wales" is; "in Wales" before another word stays a place.
    @Test func aCountrysPartBeforeAWordOfItsTeamIsTheTeams() {
        for body in ["The praise came from Wales coach Warren Gatland on Tuesday.",
                     "The call went to England manager Tom Reed on Tuesday.",
                     "The armband passed in Scotland captain Andy Moray's absence."] {
            let a = PlaceCaseTests.analysed("Squad", body)
            #expect(!a.places.contains { ["Wales", "England", "Scotland"].contains($0) }, "\(body): \(a.places)")
            #expect(a.countries == ["GB"], "\(body): \(a.countries)")
        }
        let place = PlaceCaseTests.analysed("Weather", "Storms in Wales closed two roads, and in England coaches were cancelled.")
        #expect(place.places.contains("Wales"), "\(place.places)")
    }

    /// A possessive before an office of the part names the part ("Scotland's transport secretary"); before a word of the
    /// team's people it stays the team's, title or not ("England's head coach").
    @Test func aCountrysPartBeforeAnOfficeIsAPlace() {
        for (body, part) in [("The order was welcomed by Scotland's transport secretary on Tuesday.", "Scotland"),
                             ("The yard, Wales's first minister said, will hire 200 people.", "Wales")] {
            let a = PlaceCaseTests.analysed("Ferries", body)
            #expect(a.places.contains(part), "\(body): \(a.places)")
        }
        let team = PlaceCaseTests.analysed("Squad", "The squad was named by England's head coach on Tuesday.")
        #expect(!team.places.contains("England"), "\(team.places)")
    }
}
