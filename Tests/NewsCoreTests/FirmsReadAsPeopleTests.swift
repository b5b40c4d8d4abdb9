@testable import NewsCore
import Testing

/// Firms and clubs that the finders of people read after a word of role: a trade's word last (Chemical, Commodities), a
/// family firm's (Hermanos), a club's word first (Stade, Virtus). Texts written for these tests; the firms and clubs are
/// invented.
@Suite struct FirmsReadAsPeopleTests {
    @Test(arguments: [
        ("Fire", "A fire halted production on Monday, the plant's owner Corvane Chemical said.", "Corvane Chemical"),
        ("Trade", "The trader Halbrook Commodities said shipments would resume.", "Halbrook Commodities"),
        ("Leche", "La láctea Castellani Hermanos anunció despidos en su planta.", "Castellani Hermanos"),
        ("Rugby", "L'entraîneur du Stade Montalbanais a salué la victoire.", "Stade Montalbanais"),
        ("Calcio", "Il tecnico della Virtus Ardenza ha parlato dopo la gara.", "Virtus Ardenza"),
    ])
    func aFirmsOrAClubsNameIsNoPersons(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(!a.people.contains(name), "\(a.people)")
    }

    @Test func aTradeThatIsASurnameStaysAPersons() {
        let a = EntityContextTests.analyse("Envoy", "The former ambassador Samantha Power said the talks had failed.")
        #expect(a.people.contains("Samantha Power"), "\(a.people)")
    }
}
