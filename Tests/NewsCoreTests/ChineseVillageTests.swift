@testable import NewsCore
import Testing

/// (zh) Villages and townships by their suffix (北极村, 北红村), a name of two characters after a word that ends before
/// one (以来北极镇, 开通塔河县), prefectures and islands (海西州, 坎顿岛), and the words ending in those suffixes that name
/// none (农村, 乡村, 返乡, 部分村, 乡镇, 各州, 半岛).
@Suite struct ChineseVillageTests {
    @Test func villagesAndTownships() {
        let a = EntityContextTests.analyse("测试", "11月以来北极镇北极村接待游客12.6万人次，同比增长35%。游客可在北红村远眺对岸。大兴安岭地区还计划开通塔河县至呼玛县的冰雪观光公路。")
        for p in ["北极镇", "北极村", "北红村", "塔河"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
    }

    @Test func wordsEndingInTheSuffixes() {
        let a = EntityContextTests.analyse("测试", "要推进农村改革，发展乡村旅游，帮助返乡农民工。部分村已经通路。各乡镇要做好准备。")
        #expect(a.places.isEmpty, "\(a.places)")
    }

    /// Autonomous prefectures by their short name and 州 (海西州, 甘孜州) and islands with 岛, which the name keeps (坎顿岛);
    /// not 各州 ("each state"), 半岛 or 岛屿.
    @Test func prefecturesAndIslands() {
        let a = EntityContextTests.analyse("测试", "青海省海西州的盐湖产量创新高。甘孜州泸定县发生地震。工人抵达坎顿岛修建跑道。")
        for p in ["海西", "甘孜", "坎顿岛"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
        let b = EntityContextTests.analyse("测试", "美国各州的州长和半岛上的岛屿居民都表示关注。")
        #expect(b.places.isEmpty, "\(b.places)")
    }
}
