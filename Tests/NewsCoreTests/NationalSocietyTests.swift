@testable import NewsCore
import Testing

/// (fr, es, it, pt) A body the lexicon names with no country of its own, then "du", "de la" or "de l'" and a country, or a
/// demonym in lower case, is that country's national society: "la Croix-Rouge du Tchad" is no French Red Cross. Texts
/// written for these tests.
@Suite struct NationalSocietyTests {
    @Test func aSocietyByItsCountry() {
        let orgs = EntityContextTests.analyse("Inondations", "La Croix-Rouge du Tchad distribue des bâches, avec la Croix-Rouge de l'Ouganda.").organizations
        #expect(orgs.contains("Croix-Rouge du Tchad"), "\(orgs)")
        #expect(orgs.contains("Croix-Rouge de l'Ouganda"), "\(orgs)")
        #expect(!orgs.contains("Croix-Rouge française"), "\(orgs)")
    }

    @Test func aSocietyByItsDemonym() {
        let orgs = EntityContextTests.analyse("Inundaciones", "La Cruz Roja boliviana distribuyó carpas en Trinidad.").organizations
        #expect(orgs.contains("Cruz Roja boliviana"), "\(orgs)")
    }

    @Test func theFrenchSocietyStays() {
        let orgs = EntityContextTests.analyse("Inondations", "La Croix-Rouge française distribue des bâches à Calais.").organizations
        #expect(orgs.contains("Croix-Rouge française"), "\(orgs)")
    }
}
