@testable import NewsCore
import Testing

/// Places named together: a small town listed with a town the gazetteer knows (PlaceFinder.coordinated), a town
/// after "between" (place-context.tsv P), two Russian regions sharing their noun in the plural
/// (Gazetteer.declinedRegion), and the generator's regions named as a small town abroad (Andalucía, not the
/// Colombian town; Santa Catarina, Brazil's state, as the Mexican city's alternative). Texts written for these tests.
@Suite struct PlaceCoordinationTests {
    @Test(arguments: [
        ("Floods", "Shops in Leeds and Todmorden were flooded on Sunday, the Environment Agency said. England had its wettest month.",
         "Todmorden", "GB"),
        ("Hochwasser", "Auch in Linz und Schärding stiegen die Pegel. Österreich bittet um Hilfe.", "Schärding", "AT"),
        ("Hochwasser", "Die Bahn sperrte die Strecke zwischen Plattling und Regensburg. In Deutschland regnet es weiter.",
         "Plattling", "DE"),
        ("Monsoon", "Idukki, Kozhikode and Malappuram were put on red alert across India.", "Idukki", "IN"),
        ("Incendie", "Des campings ont été évacués à Roquebrune-sur-Argens, dans le sud de la France.", "Roquebrune-sur-Argens",
         "FR"),
    ])
    func aSmallTownListedWithAKnownTownIsAPlace(title: String, body: String, place: String, country: String) {
        let a = PlaceCaseTests.analysed(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries.contains(country), "\(a.countries)")
    }

    /// The small town counts only where the article names its country, and a name that is no town stays out.
    @Test func aListedNameThatIsNoTownOfANamedCountryStaysOut() {
        let a = PlaceCaseTests.analysed("Floods", "Shops in Leeds and Todmorden were flooded on Sunday.")
        #expect(a.places.contains("Leeds"), "\(a.places)")
        let b = PlaceCaseTests.analysed("Talks", "Officials from Leeds and Harwood Plastics met in England on Sunday.")
        #expect(!b.places.contains("Harwood Plastics") && !b.places.contains("Harwood"), "\(b.places)")
    }

    @Test func twoRussianRegionsShareTheirNounInThePlural() {
        let a = PlaceCaseTests.analysed(
            "Паводок", "Уровень воды растёт в Курганской и Тюменской областях, сообщили спасатели.")
        for place in ["Курганская область", "Тюменская область"] {
            #expect(a.places.contains(place), "\(place): \(a.places)")
        }
        let b = PlaceCaseTests.analysed("Паводок", "Спасатели работают в Краснодарском и Ставропольском краях.")
        #expect(b.places.contains("Краснодарский край") && b.places.contains("Ставропольский край"), "\(b.places)")
        #expect(a.countries == ["RU"] && b.countries == ["RU"], "\(a.countries) \(b.countries)")
    }

    @Test func aRegionTakesItsNameFromASmallTownAbroad() {
        let a = PlaceCaseTests.analysed("Sequía", "La falta de lluvia preocupa a los agricultores de Andalucía.")
        #expect(a.countries == ["ES"], "\(a.countries)")
        let b = PlaceCaseTests.analysed("Chuvas", "A chuva atingiu Florianópolis e outras cidades de Santa Catarina, no Brasil.")
        #expect(b.countries == ["BR"], "\(b.countries)")
    }

    /// "der Freistaat" is any German state that calls itself one (Bavaria, Saxony), not South Africa's Free State.
    @Test func freistaatIsNoPlace() {
        let a = PlaceCaseTests.analysed("Hilfen", "Der Ministerpräsident versprach Soforthilfen des Freistaats für Passau.")
        #expect(!a.countries.contains("ZA") && !a.places.contains("Freistaat"), "\(a.countries) \(a.places)")
    }
}
