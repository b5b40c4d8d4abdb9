@testable import NewsCore
import Testing

/// Natural features and regions by their names in the news languages (lexicon.tsv, forty-third session): a river, a sea
/// or a historical region named as its language's press names it. Texts written for these tests.
@Suite struct FeatureNamesTests {
    @Test func aRegionAndARiverInGerman() {
        let a = PlaceCaseTests.analysed("Hochwasser", "Der Wetterdienst erwartet für Niederbayern weiteren Regen, auch an der Daugava in Lettland steigen die Pegel.")
        #expect(a.places.contains("Lower Bavaria"), "\(a.places)")
        #expect(a.places.contains("Daugava"), "\(a.places)")
    }

    @Test func aRiverInChinese() {
        let a = PlaceCaseTests.analysed("航运", "额尔齐斯河沿岸的货运码头本月恢复运营。")
        #expect(a.places.contains("Irtysh"), "\(a.places)")
    }

    @Test func anOperaIsNoRegion() {
        let a = PlaceCaseTests.analysed("Obituary", "His debut at the Met came with La Boheme and La Traviata.")
        #expect(!a.places.contains("Bohemia"), "\(a.places)")
    }
}
