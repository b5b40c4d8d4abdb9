@testable import NewsCore
import Testing

/// (fr) Departments whose names are words or short, after the article the press writes before them ("dans le Var", "du
/// Cher", "l'Ain"); the word alone is none ("le lot de médicaments"). Texts written for these tests.
@Suite struct FrenchDepartmentWordTests {
    @Test func departmentsAfterTheirArticle() {
        let a = PlaceCaseTests.analysed("Incendies", "Un incendie a ravagé 300 hectares dans le Var. Les pompiers du Cher et de l'Ain sont venus en renfort.")
        #expect(a.places.contains("Var"), "\(a.places)")
        #expect(a.places.contains("Cher"), "\(a.places)")
        #expect(a.places.contains("Ain"), "\(a.places)")
    }

    @Test func theWordIsNone() {
        let a = PlaceCaseTests.analysed("Santé", "Le lot de médicaments a été rappelé. Lot 42 est concerné.")
        #expect(!a.places.contains("Lot"), "\(a.places)")
    }
}
