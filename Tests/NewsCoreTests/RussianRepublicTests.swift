@testable import NewsCore
import Testing

/// Russia's republics by their names without "Республика", as the press writes them ("в Карелии", "в Северной Осетии"):
/// scripts/generate-country-names.py, REGION_PREFIXES. Texts written for these tests.
@Suite struct RussianRepublicTests {
    @Test func aRepublicWithoutItsWordIsAPlace() {
        let a = PlaceCaseTests.analysed("Навигация", "Навигация закрыта в Карелии, а в Северной Осетии выпал снег.")
        #expect(a.places.contains("Карелия") && a.places.contains("Северная Осетия"), "\(a.places)")
        #expect(a.countries == ["RU"], "\(a.countries)")
    }
}
