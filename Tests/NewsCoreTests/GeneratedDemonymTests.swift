@testable import NewsCore
import Testing

/// The demonyms and adjectives scripts/generate-demonyms.py writes from scripts/demonyms.tsv: every country's, in its
/// languages' genders, numbers and cases, and the combining forms of compound adjectives.
@Suite struct GeneratedDemonymTests {
    @Test(arguments: [
        ("Talks", "Jordanian and Omani officials met Bahraini envoys in Amman.", ["JO", "OM", "BH"]),
        ("Coup", "Ghanaian troops and Malian soldiers were deployed.", ["GH", "ML"]),
        ("Eleições", "O presidente uruguaio falou com o ministro albanês.", ["UY", "AL"]),
        ("Visite", "Des diplomates ghanéens et une délégation uruguayenne sont arrivés.", ["GH", "UY"]),
        ("Gipfel", "Die kirgisische Regierung und kroatischen Behörden einigten sich.", ["KG", "HR"]),
        ("Встреча", "Делегация армянских и азербайджанскими дипломатами провела переговоры.", ["AM", "AZ"]),
        ("Futbol", "Los jugadores paraguayos vencieron a la selección hondureña.", ["PY", "HN"]),
        ("Skispringen", "Wellinger gewann vor dem Norweger Marius Lindvik, die Französin Marie Dupont stürzte.", ["NO", "FR"]),
    ])
    func demonymsGiveTheirCountry(title: String, body: String, countries: [String]) {
        let a = EntityContextTests.analyse(title, body)
        for c in countries { #expect(a.countries.contains(c), "\(c) not in \(a.countries) for \(body)") }
    }

    /// franco-néerlandaise, deutsch-französischen, российско-китайских: both countries.
    @Test(arguments: [
        ("Accord", "La relation franco-néerlandaise reste solide.", ["FR", "NL"]),
        ("Gipfel", "Die deutsch-französischen Beziehungen sind eng.", ["DE", "FR"]),
        ("Gipfel", "Ein französisch-italienischen Abkommen wurde unterzeichnet.", ["FR", "IT"]),
        ("Саммит", "Лидеры обсудили развитие российско-китайских отношений.", ["RU", "CN"]),
        ("Summit", "The Franco-German proposal was welcomed.", ["FR", "DE"]),
    ])
    func combiningFormsBeforeAnotherCountry(title: String, body: String, countries: [String]) {
        let a = EntityContextTests.analyse(title, body)
        for c in countries { #expect(a.countries.contains(c), "\(c) not in \(a.countries) for \(body)") }
    }

    /// (de) A nationality noun before a name: the country, and the person after it.
    @Test func aGermanNationalityNoun() {
        let a = EntityContextTests.analyse("Skispringen", "Skispringer Andreas Wellinger gewann, der Österreicher Jan Hörl wurde Dritter.")
        #expect(a.countries == ["AT"], "\(a.countries)")
        #expect(a.people.contains("Jan Hörl"), "\(a.people)")
    }

    /// A combining form with no country's adjective after it is no country: "Franco-era laws", and it leaves a name
    /// alone ("Lynn Franco, director").
    @Test func aCombiningFormAlone() {
        let a = EntityContextTests.analyse("Laws", "The Franco-era laws were repealed in Madrid.")
        #expect(a.countries == ["ES"], "\(a.countries)")
        let b = EntityContextTests.analyse("Confidence", "\"Consumers are upbeat,\" said Lynn Franco, director of the board's centre.")
        #expect(b.countries.isEmpty, "\(b.countries)")
        #expect(b.people.contains("Lynn Franco"), "\(b.people)")
    }

    /// A form that is a place's name stays the place's: Italian "indiana" (of indiano) is not written, so Indiana is no India.
    @Test func aFormThatIsAPlaceName() {
        let a = EntityContextTests.analyse("Films", "The studio re-released Finding Nemo and Indiana Jones.")
        #expect(!a.countries.contains("IN"), "\(a.countries)")
    }

    /// (de) A country's adjective capitalised inside a sentence before a capitalised word begins a name; the country counts.
    @Test func aGermanNameThatStartsWithAnAdjective() {
        let a = EntityContextTests.analyse("Wahl", "In Tiflis hat die Partei Georgischer Traum die Wahl gewonnen.")
        #expect(a.organizations.contains("Georgischer Traum"), "\(a.organizations)")
        #expect(a.countries == ["GE"], "\(a.countries)")
    }
}
