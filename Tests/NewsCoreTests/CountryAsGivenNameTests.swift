@testable import NewsCore
import Testing

/// A country's name that is a person's given name before a family name ("Israel Guerreiro", "Peter Holland, an oil
/// analyst"): no mention of the country; but a possessive, a body's head or a title's word after it keeps it. Texts
/// written for these tests.
@Suite struct CountryAsGivenNameTests {
    @Test func aGivenName() {
        let a = EntityContextTests.analyse("Festa", "Vai haver festa no sábado, disse o presidente da junta de freguesia de Salir, Israel Guerreiro.")
        #expect(!a.countries.contains("IL"), "\(a.countries)")
    }

    @Test func aSurnameBeforeAnApposition() {
        let a = EntityContextTests.analyse("Oil", "Peter Holland, an oil analyst at a London consultancy, said prices would fall.")
        #expect(!a.countries.contains("NL"), "\(a.countries)")
    }

    @Test func thePossessiveAndTheBodyStay() {
        let a = EntityContextTests.analyse("Tennis", "Davenport plays France's Dechy in the second round, and Israel Defense Forces said the road was closed.")
        #expect(a.countries.contains("FR"), "\(a.countries)")
        #expect(a.countries.contains("IL"), "\(a.countries)")
    }
}
