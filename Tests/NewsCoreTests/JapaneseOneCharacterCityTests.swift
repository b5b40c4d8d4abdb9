@testable import NewsCore
import Testing

/// (ja) A city whose name is one Han character, with its suffix (堺市, 柏市, 燕市); not 光市 inside 観光市場, and 大津市 stays
/// whole.
@Suite struct JapaneseOneCharacterCityTests {
    @Test func oneCharacterCities() {
        let a = EntityContextTests.analyse("観光", "観光市場の拡大について大津市の担当者が説明した。堺市と柏市でも同様の取り組みが進む。")
        for p in ["大津市", "堺市", "柏市"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
        #expect(!a.places.contains("光市") && !a.places.contains("津市"), "\(a.places)")
    }

    /// A city's name glued after a direction's character that begins a longer name is that town's (秋田県北秋田市: 北秋田,
    /// not 秋田市); the city named alone stays (秋田市では).
    @Test func aDirectionBeginsALongerName() {
        let a = EntityContextTests.analyse("クマ", "秋田県北秋田市の阿仁地区でクマが出た。")
        #expect(a.places.contains("北秋田") && !a.places.contains("秋田市"), "\(a.places)")
        let b = EntityContextTests.analyse("クマ", "秋田市では平年並みだった。")
        #expect(b.places.contains("秋田市"), "\(b.places)")
    }

    /// (ja) An island by its suffix 島, which its name keeps (福江島); not the words that end so (半島, 列島, 島民), nor an
    /// island's name before a town's suffix (西ノ島町 is the town).
    @Test func anIslandKeepsItsSuffix() {
        let a = EntityContextTests.analyse("風力", "長崎県の福江島沖で発電が始まった。朝鮮半島と日本列島、島民の声。")
        #expect(a.places.contains("福江島"), "\(a.places)")
        #expect(!a.places.contains { $0.hasSuffix("半") || $0 == "日本列" || $0 == "日本列島" }, "\(a.places)")
        let b = EntityContextTests.analyse("フェリー", "島根県の西ノ島町で欠航が続いた。")
        #expect(!b.places.contains("西ノ島") && !b.places.contains("西ノ"), "\(b.places)")
    }
}
