@testable import NewsCore
import Testing

/// Villages of 500 to 1,000 people (small-towns.tsv, their country in lower case) count after a preposition of place only
/// where the article names their country, never as the home country of the article's language.
@Suite struct VillageTests {
    @Test func whereTheCountryIsNamed() {
        let a = EntityContextTests.analyse("Traversier", "Au Canada, les camionneurs devront faire le détour par Tadoussac.")
        #expect(a.places.contains("Tadoussac"), "\(a.places)")
    }

    /// "depuis Martigny" in a story that names Switzerland: the French village of the name is none.
    @Test func notAsTheHomeCountrys() {
        let a = EntityContextTests.analyse("Valais", "En Suisse, l'accès depuis Martigny est interrompu.")
        #expect(!a.countries.contains("FR"), "\(a.countries)")
        #expect(!a.places.contains("Martigny"), "\(a.places)")
    }

    @Test func theFileMarksVillages() {
        #expect(SmallTowns.countries(named: Array("tadoussac".utf8)) == ["ca"])
        #expect(SmallTowns.isVillage("ca") && !SmallTowns.isVillage("CA"))
    }
}
