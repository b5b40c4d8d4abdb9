@testable import NewsCore
import Testing

/// (zh, ja) Rivers, lakes, bays and passes by a suffix glued to a name of two characters (沙坪河, 抚仙湖, 伊勢湾), which the
/// name keeps; not the words that end in one (母亲河, 堰塞湖, 港湾) nor a conjunction before a name of one (与漠河). Texts
/// written for these tests.
@Suite struct FeatureSuffixTests {
    @Test func aLakeAndABay() {
        let zh = PlaceCaseTests.analysed("湖泊", "科研人员在抚仙湖开展水质监测，并在松山湖召开会议。")
        #expect(zh.places.contains("抚仙湖"), "\(zh.places)")
        let ja = PlaceCaseTests.analysed("漁業", "伊勢湾で養殖されたノリの出荷が始まった。")
        #expect(ja.places.contains("伊勢湾"), "\(ja.places)")
    }

    @Test func wordsThatEndInTheSuffix() {
        let zh = PlaceCaseTests.analysed("险情", "当地排查堰塞湖险情，保护母亲河，列车往返哈尔滨与漠河。")
        #expect(!zh.places.contains { $0.hasSuffix("堰塞湖") || $0.hasSuffix("母亲河") || $0.hasPrefix("与") }, "\(zh.places)")
        let ja = PlaceCaseTests.analysed("物流", "港湾の整備が進む。")
        #expect(!ja.places.contains { $0.hasSuffix("港湾") }, "\(ja.places)")
    }
}
