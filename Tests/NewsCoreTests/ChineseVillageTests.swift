@testable import NewsCore
import Testing

/// (zh) Villages and townships by their suffix (北极村, 北红村), a name of two characters after a word that ends before
/// one (以来北极镇, 开通塔河县), and the words ending in those suffixes that name none (农村, 乡村, 返乡, 部分村, 乡镇).
@Suite struct ChineseVillageTests {
    @Test func villagesAndTownships() {
        let a = EntityContextTests.analyse("测试", "11月以来北极镇北极村接待游客12.6万人次，同比增长35%。游客可在北红村远眺对岸。大兴安岭地区还计划开通塔河县至呼玛县的冰雪观光公路。")
        for p in ["北极镇", "北极村", "北红村", "塔河"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
    }

    @Test func wordsEndingInTheSuffixes() {
        let a = EntityContextTests.analyse("测试", "要推进农村改革，发展乡村旅游，帮助返乡农民工。部分村已经通路。各乡镇要做好准备。")
        #expect(a.places.isEmpty, "\(a.places)")
    }
}
