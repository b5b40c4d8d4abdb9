@testable import NewsCore
import Testing

/// A name before a title that holds its body's name: Korean glues the head's syllable to the body (우주항공청장, the head
/// of 우주항공청), Japanese writes the staff's name before 幕僚長. Texts written for these tests.
@Suite struct PersonBeforeBodyTitleTests {
    @Test(arguments: [
        ("발사", "윤영빈 우주항공청장은 발사가 성공했다고 밝혔다.", "윤영빈"),
        ("회의", "정민호 국가안보실장은 회의를 주재했다.", "정민호"),
        ("총리", "김민석 국무총리는 기자들에게 말했다.", "김민석"),
        ("会見", "森下泰臣陸上幕僚長は記者会見で述べた。", "森下泰臣"),
    ])
    func aNameBeforeATitleHoldingItsBodyIsAPerson(title: String, body: String, person: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.people.contains(person), "\(a.people)")
    }

    /// A word that ends in such syllables and is no title names no one: 주식시장 (stock market), 회의실장 is no head.
    @Test func aMarketOrARoomIsNoTitle() {
        let a = EntityContextTests.analyse("증시", "주식시장은 하락했다. 대형 회의실은 비었다.")
        #expect(a.people.isEmpty, "\(a.people)")
    }
}
