import NewsCore
import Testing

/// Organisations marked by the words around them, whatever their names (twenty-seventh session): a body that speaks or
/// reports after "the" ("the Harbour Ledger reported"), a founder's, an adviser's or a lawyer's phrase before a firm's
/// name, a source named with its article ("according to the Coastal Courier"), news services by News, Korean agencies by
/// the last word of their names, and a Vietnamese committee before its chairman's name. Texts written for these tests, with look-alikes: people named without an article, titles, bodies
/// whose heads the finder by shape reads.
@Suite struct OrganizationContextCueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var notOrganizations: [String] = []
        var people: [String] = []
        var testDescription: String { text }
    }

    static let analyzer = Analyzer()

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for o in c.notOrganizations { #expect(!a.organizations.contains(o), "\(o) not in \(a.organizations)") }
        for p in c.people { #expect(a.people.contains(p), "\(p) in \(a.people)") }
    }

    @Test(arguments: [
        Case(text: "The shipyard will build two ferries for the islands, the Harbour Ledger reported. The yard employs 300 people.",
             organizations: ["Harbour Ledger"]),
        Case(text: "Fares will rise by 4% in March, the Brackenfield Trust said on Tuesday, after a year of higher costs.",
             organizations: ["Brackenfield Trust"]),
        Case(text: "The merger can go ahead, the Quillon announced on Friday after a review of the bids.",
             organizations: ["Quillon"]),
        Case(text: "The mill will close in May, the Daily Wexford reported on Monday.", organizations: ["Daily Wexford"]),
    ])
    func bodiesThatSpeakAfterTheirArticle(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A person is named without an article; a title and a head word are no bare names.
        Case(text: "The shipyard will close in March, Tom Ashcombe said on Tuesday.", notOrganizations: ["Tom Ashcombe"],
             people: ["Tom Ashcombe"]),
        Case(text: "The talks will resume next week, the Prime Minister said on Monday.", notOrganizations: ["Prime Minister"]),
        Case(text: "The plan was approved, the Health Ministry said on Monday.", notOrganizations: ["Health"]),
        Case(text: "The plan was approved, the Government said on Monday.", notOrganizations: ["Government"]),
        // Four capitalised words and more before the verb are a title's or a headline's: three are read at most.
        Case(text: "Prices fell again, the Grey Harbour Valley Weekly Ledger reported.",
             notOrganizations: ["Grey Harbour Valley Weekly Ledger", "Harbour Valley Weekly Ledger"]),
    ])
    func namesWithoutAnArticleOrWithATitle(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "The market expects a glut next year, said Lena Marsh, founder of Quarry Analytics, in London.",
             organizations: ["Quarry Analytics"]),
        Case(text: "Holworth is advised by Fenmore, and its lenders include two Irish banks.", organizations: ["Fenmore"]),
        Case(text: "The rules are not optional, said Ada Lindqvist, a lawyer at Brannock Hale in Brussels.",
             organizations: ["Brannock Hale"]),
        Case(text: "The government will publish the budget on Thursday, according to the Coastal Courier.",
             organizations: ["Coastal Courier"]),
        Case(text: "Le marché reste tendu, selon Paul Varenne, fondateur de Ternova, une jeune pousse lyonnaise.",
             organizations: ["Ternova"]),
        // A name longer than three words, or one that "and" goes on over after the article, is not cut short.
        Case(text: "Rents rose by 6%, according to the Lower Ness Valley Weather Desk, the highest rise in ten years.",
             notOrganizations: ["Lower Ness Valley"]),
        Case(text: "Visits fell by a third, according to the Harbour Fish and Seafood Council, after the storms.",
             notOrganizations: ["Harbour Fish"]),
        // A person after the phrase is no firm: "according to" without the article.
        Case(text: "The bridge will reopen in May, according to Sarah Holt, the council's engineer.",
             notOrganizations: ["Sarah Holt"]),
    ])
    func firmsAfterAFoundersOrASourcesPhrase(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "The findings were first broadcast by Northgate News on Sunday evening.", organizations: ["Northgate News"]),
    ])
    func newsServicesByTheirWord(_ c: Case) { Self.check(c) }

    @Test func koreanAgenciesByTheLastWordOfTheirNames() {
        Self.check(Case(text: "한국소비자원은 피해 사례를 조사할 계획이라고 밝혔다. 식품의약품안전처도 점검에 나선다.",
                        organizations: ["한국소비자원", "식품의약품안전처"]))
        // 원 alone ends no body's name: a civil servant, a sum of money.
        Self.check(Case(text: "공무원 노조는 3천억원 규모의 예산 삭감에 반대했다.", notOrganizations: ["공무원", "3천억원", "천억원"]))
    }

    @Test func vietnameseCommitteeBeforeItsChairmansName() {
        Self.check(Case(text: "Chủ tịch UBND tỉnh Hà Giang Đỗ Minh Khoa yêu cầu các huyện sơ tán dân trước khi bão đổ bộ.",
                        organizations: ["UBND tỉnh Hà Giang"], notOrganizations: ["UBND tỉnh Hà Giang Đỗ Minh Khoa", "UBND"]))
    }
}
