import Testing

@testable import NewsCore

/// Single wire stories as a feed drops them: the headline often starts with a company tag in
/// angle brackets, which is text, not markup.
@Suite struct WireStoryTests {
    static let cinram = """
        <CINRAM LTD> 4TH QTR NET
            Scarborough, Ontario, Feb 26 -
            Shr 45 cts vs 58 cts
            Net 1.1 mln vs 829,000
            Sales 7.9 mln vs 9.4 mln
         Reuter

        """

    static let tagAlone = """
        <COMINCO LTD>
            VANCOUVER, March 3 - <Cominco Ltd> said it agreed to sell its stake in the Pine Point mine
        to <Pine Point Mines Ltd> for 40 mln dlrs, subject to regulatory approval.
         Reuter

        """

    @Test(arguments: [(cinram, "<CINRAM LTD> 4TH QTR NET", "Shr 45 cts"), (tagAlone, "<COMINCO LTD>", "Pine Point")])
    func aStoryStartingWithACompanyTagIsText(story: String, title: String, bodyWords: String) throws {
        let articles = try ArticleDecoder().decode(Array(story.utf8), fileName: "0851.txt")
        let article = try #require(articles.first)
        #expect(article.format == "text")
        #expect(article.title == title)
        #expect(article.body.contains(bodyWords))
    }

    @Test(arguments: ["<note><to>x</to></note>", "<?xml version=\"1.0\"?><note>x</note>", "<!-- c --><x/>", "<item a=\"1\"/>"])
    func markupIsStillRefused(text: String) {
        #expect(throws: IntakeError.self) { try ArticleDecoder().decode(Array(text.utf8), fileName: "n.txt") }
    }
}
