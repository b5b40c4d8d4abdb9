@testable import NewsCore
import Testing

/// A foreign name in katakana is whole with all its parts, joined by ・ or ＝ (a token of its own), before a title.
/// Texts written for these tests.
@Suite struct KatakanaNameTests {
    @Test(arguments: [
        ("会談", "ブラジルのリカルド・アウバン外相は3日、記者団に述べた。", "リカルド・アウバン"),
        ("会見", "マリア・タ・クラッサ・ヨシムラ氏は会見で述べた。", "マリア・タ・クラッサ・ヨシムラ"),
        ("訪日", "フランスのジャン＝ノエル・バロ外相が来日した。", "ジャン＝ノエル・バロ"),
    ])
    func aKatakanaNameWithAllItsParts(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
    }

    /// Countries joined by ・ before a word for a meeting are no person.
    @Test func countriesJoinedByADotAreNoPerson() {
        let a = EntityContextTests.analyse("首脳会談", "アメリカ・ブラジル首脳会談が3日に開かれた。")
        #expect(a.people.isEmpty, "\(a.people)")
    }
}
