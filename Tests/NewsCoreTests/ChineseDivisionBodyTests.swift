@testable import NewsCore
import Testing

/// (zh) A body's name after a division that the gazetteer does not know, by the division's suffix: a league, an
/// autonomous prefecture, a county (锡林郭勒盟应急管理局, 黔东南州文体广电旅游局); not a word of one character before the
/// suffix (该县, "the county").
@Suite struct ChineseDivisionBodyTests {
    @Test func bodiesAfterDivisions() {
        let a = EntityContextTests.analyse("预警", "记者从锡林郭勒盟应急管理局获悉，黔东南州文体广电旅游局也发布了通知。")
        #expect(a.organizations.contains("锡林郭勒盟应急管理局"), "\(a.organizations)")
        #expect(a.organizations.contains("黔东南州文体广电旅游局"), "\(a.organizations)")
        // (The division is a place of the article's too.)
        #expect(a.places.contains("锡林郭勒盟") && a.places.contains("黔东南州"), "\(a.places)")
    }

    @Test func notAWordOfOneCharacter() {
        let a = EntityContextTests.analyse("预警", "记者获悉，该县应急管理局发布了通知。")
        #expect(!a.organizations.contains { $0.hasPrefix("该县") }, "\(a.organizations)")
    }

    /// (A body's name of one token at the text's end reads no division past it.)
    @Test func aShortNameAtTheEnd() {
        #expect(OrganizationFinder.chineseDivision(startingAt: 2, in: Tokenizer.tokenize("据新华")) == nil)
        #expect(OrganizationFinder.chineseDivision(startingAt: 0, in: Tokenizer.tokenize("泸定县应急管理局")) == 0..<3)
    }
}
