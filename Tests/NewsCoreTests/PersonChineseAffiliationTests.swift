@testable import NewsCore
import Testing

/// Chinese names listed with each person's body before 的 (清华大学的宋文澜、北京大学的邹平), and the same shape
/// where no list of people stands. Texts written for these tests; the names are invented.
@Suite struct PersonChineseAffiliationTests {
    static func people(_ title: String, _ body: String) -> [String] { EntityContextTests.analyse(title, body).people }

    @Test(arguments: [
        // Names of two and three characters after universities and an institute, parted by 、 and joined by 和,
        // the last one ending before 分别 ("respectively").
        ("论坛", "南方大学的宋文澜、东海大学的邹平和西山研究院的贾丽娟分别作了发言。", ["宋文澜", "邹平", "贾丽娟"]),
        // Two names, the second ending before a stop.
        ("会议", "会上，北方大学的韩志明和华东研究所的丁晓梅都谈到了数据安全。", ["韩志明", "丁晓梅"]),
    ])
    func namesListedWithTheirBodies(title: String, body: String, names: [String]) {
        let p = Self.people(title, body)
        #expect(names.allSatisfy(p.contains), "\(p)")
    }

    @Test(arguments: [
        // One body and a word after 的 that begins with a family name's character: no list, no name.
        ("产品", "这家公司的王牌产品今年销量大增。"),
        // A list of things after a body and 的.
        ("研究", "南方大学的高温材料和东海大学的周期研究都获了奖。"),
    ])
    func noNamesWithoutAListOfPeople(title: String, body: String) {
        let p = Self.people(title, body)
        #expect(p.isEmpty, "\(p)")
    }
}
