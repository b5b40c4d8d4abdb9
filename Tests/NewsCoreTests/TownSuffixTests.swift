@testable import NewsCore
import Testing

/// (zh, ja) A town's or a village's name keeps its suffix (四万十町 is no 四万十市, 洛阳镇 no 洛阳), and a person's name before
/// a title that begins with the suffix is no town (坂本浩町長).
@Suite struct TownSuffixTests {
    @Test func japaneseTowns() {
        let a = EntityContextTests.analyse("予土線", "高知県の四万十町と愛媛県の松野町が協議会を設けた。")
        #expect(a.places.contains("四万十町") && a.places.contains("松野町"), "\(a.places)")
        #expect(!a.places.contains("四万十"), "\(a.places)")
    }

    @Test func aChineseTown() {
        let a = EntityContextTests.analyse("暴雨", "暴雨导致广西河池市川山镇多个村庄受灾。")
        #expect(a.places.contains("川山镇"), "\(a.places)")
    }

    @Test func aMayorIsNoTown() {
        let a = EntityContextTests.analyse("予土線", "松野町の坂本浩町長は存続を求めた。")
        #expect(a.people.contains("坂本浩"), "\(a.people)")
        #expect(!a.places.contains { $0.hasPrefix("坂本浩") }, "\(a.places)")
    }

    /// (ja) A port's name glued before 港 is a place (七類港, 西郷港); an airport (空港) and words for ports are not.
    @Test func japanesePorts() {
        let a = EntityContextTests.analyse("フェリー", "七類港と西郷港を結ぶフェリーが就航した。羽田空港も混雑し、船は漁港に寄港した。")
        #expect(Set(a.places) == ["七類", "西郷"], "\(a.places)")
    }
}
