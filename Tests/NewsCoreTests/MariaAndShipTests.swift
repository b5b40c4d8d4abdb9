@testable import NewsCore
import Testing

/// Maria is a given name (name-shapes.tsv G: "disse Maria Bettencourt"), and a ship's word in lower case before a person's
/// name makes it the ship's ("o graneleiro Maria Aragão", which the given name would otherwise make a person). Texts
/// written for these tests.
@Suite struct MariaAndShipTests {
    @Test func mariaBeginsAName() {
        let people = EntityContextTests.analyse("Sismo", "A casa tremeu, disse Maria Bettencourt, moradora das Velas.").people
        #expect(people.contains("Maria Bettencourt"), "\(people)")
    }

    @Test func aShipNamedAfterAPerson() {
        let people = EntityContextTests.analyse("Soja", "Na quinta-feira, o graneleiro Maria Aragão zarpou para a China com 80 mil toneladas.").people
        #expect(!people.contains("Maria Aragão"), "\(people)")
    }
}
