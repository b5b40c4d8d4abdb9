@testable import NewsCore
import Testing

/// (zh) The two ends of a route, "A至B" (乐山至西昌高速公路, 卡杜纳至卡诺铁路, 马边至昭觉段), and a place's characters inside a
/// transcribed name with a middle dot (阿尔卡利 holds 卡利, Cali). Texts written for these tests; the people are invented.
@Suite struct ChineseRouteTests {
    @Test func aRoutesEndsArePlaces() {
        let a = PlaceCaseTests.analysed("高速公路通车", "记者6日获悉，乐山至西昌高速公路马边至昭觉段当天建成通车，沿线群众出行更加便捷。")
        for p in ["乐山", "西昌", "马边", "昭觉"] { #expect(a.places.contains(p), "\(a.places)") }
    }

    @Test func anEndNoListHoldsBeforeARoutesWord() {
        let a = PlaceCaseTests.analysed("铁路试运行", "尼日利亚卡杜纳至卡诺标准轨铁路5日开始试运行，这条铁路将方便北部农产品运往首都阿布贾。")
        #expect(a.places.contains("卡诺"), "\(a.places)")
    }

    @Test func noRouteWithoutAKnownEndOrASection() {
        // ("上午至下午": times, no places.)
        let a = PlaceCaseTests.analysed("天气", "明天上午至下午有小雨，气温在十度左右，市民出行请注意安全。")
        #expect(a.places.isEmpty, "\(a.places)")
    }

    @Test func aPlaceInsideADottedNameIsNone() {
        let a = PlaceCaseTests.analysed("铁路试运行", "尼日利亚交通部长赛义德·阿尔卡利在扎里亚市出席仪式时表示，这条铁路将与首都相连。")
        #expect(!a.countries.contains("CO"), "\(a.countries)")
        #expect(!a.places.contains("卡利"), "\(a.places)")
    }
}
