@testable import NewsCore
import Testing

/// (ja) A ministry's section glued after the ministry's name, whose word ends a firm's name elsewhere (鉄道, 自動車): the
/// name found is the ministry's. Texts written for these tests.
@Suite struct OrganizationSectionTests {
    @Test func aSectionAfterAMinistryLeavesTheMinistrysName() {
        let a = EntityContextTests.analyse("ニュース", "国土交通省鉄道課の山田太郎課長は、新線の計画を説明した。")
        #expect(a.organizations.contains("国土交通省"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0.hasSuffix("鉄道") }, "\(a.organizations)")
    }

    @Test func aFirmWhoseNameEndsInTheSameWordKeepsIt() {
        let a = EntityContextTests.analyse("ニュース", "東日本旅客鉄道は新線の計画を説明した。同社の広報課は取材に応じた。")
        #expect(a.organizations.contains("東日本旅客鉄道"), "\(a.organizations)")
    }
}
