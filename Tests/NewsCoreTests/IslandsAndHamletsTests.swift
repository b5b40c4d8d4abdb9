@testable import NewsCore
import Testing

/// Japan's large islands whose names hold a town's (奄美大島 is no Amami alone) and Vietnamese hamlets by their word (ấp
/// Kênh Mới). Texts written for these tests.
@Suite struct IslandsAndHamletsTests {
    @Test func anIslandHoldingATownsName() {
        let a = PlaceCaseTests.analysed("交通事故", "アマミノクロウサギの交通事故が今年、奄美大島と徳之島で計152件確認され、過去最多になった。")
        #expect(a.places.contains("Amami Ōshima"), "\(a.places)")
        #expect(!a.places.contains("奄美"), "\(a.places)")
    }

    @Test func aHamletByItsWord() {
        let a = PlaceCaseTests.analysed("Sạt lở", "Tỉnh Cà Mau ban bố tình huống khẩn cấp vì sạt lở bờ biển tại ấp Kênh Mới, nhiều hộ dân phải di dời.")
        #expect(a.places.contains("Kênh Mới"), "\(a.places)")
    }
}
