import Testing

@testable import NewsCore

/// How queries are filed: a conjunction under its rarest set, with its rarest other single key
/// tested on the postings, and no program run for a query its sets and check decide. Matching
/// must stay what the query tree says, whatever the costs rank first.
@Suite struct PresearchPlanTests {
    static func plan(_ query: String, _ costs: PresearchCosts = PresearchCosts()) throws -> PresearchPlan? {
        try Subscription(id: "q", query: query).compiled.presearchPlan(costs)
    }

    @Test func aConjunctionIsWalkedFromItsRarestWordAndTestsTheOther() throws {
        // "government" is in many news articles, "zyzzyva" in none the table knows.
        let plan = try #require(try Self.plan("government AND zyzzyva"))
        #expect(plan.sets == [[.word("zyzzyva")]])
        #expect(plan.check?.key == .word("government"))
        #expect(plan.exact)
        let swapped = try #require(try Self.plan("zyzzyva AND government"))
        #expect(swapped == plan, "the order of the parts does not choose the anchor")
    }

    @Test func aPhraseIsFiledUnderItsRarestWord() throws {
        let plan = try #require(try Self.plan("\"government zyzzyva\""))
        #expect(plan.sets == [[.word("zyzzyva")]])
        #expect(plan.check?.key == .word("government"))
        #expect(plan.check?.offset == -1, "a phrase of two tests the other word next to the walked one")
        #expect(plan.exact)
        let longer = try #require(try Self.plan("\"government zyzzyva quagga\""))
        #expect(longer.check?.offset == 0)
        #expect(!longer.exact, "word order is the program's to check")
    }

    @Test func aCommonConditionIsTestedNotWalked() throws {
        // Before, the topic of "person AND topic" was left to the program: every article naming
        // the person was a candidate.
        let person = try #require(try Self.plan("person:\"Fumio Kishida\" AND topic:defense"))
        #expect(person.sets == [[.single(.personWord, "kishida")]])
        #expect(person.check == PresearchCheck(.topic("defense")))
        #expect(person.nameBefore == "fumio")
        #expect(person.exact, "the name's word before its last is tested in the walk, the topic on the posting")
        // A common last name ("blair" is in many articles) is still walked: a topic walked with
        // the name tested on each posting would walk far more.
        let common = try #require(try Self.plan("person:\"Tony Blair\" AND topic:defense"))
        #expect(common.sets == [[.single(.personWord, "blair")]] && common.nameBefore == "tony" && common.exact)
        // A country pair is walked, the topic tested: both sides and the topic decide it.
        let pair = try #require(try Self.plan("country:JP AND country:VN AND topic:defense"))
        #expect(pair.sets.count == 1)
        #expect(pair.check?.key == .topic("defense"))
        #expect(pair.exact)
        let minimum = try #require(try Self.plan("topic:defense>=0.7 AND (zyzzyva OR quagga)"))
        #expect(minimum.sets == [[.word("zyzzyva"), .word("quagga")]])
        #expect(minimum.check?.minimum == 0.7)
        #expect(minimum.exact, "the check compares the score with the minimum as the program does")
    }

    @Test(arguments: [
        ("zyzzyva", true),
        ("zyzzyva OR quagga", true),
        ("zyzzyva AND quagga AND okapi", false),
        ("country:JP AND topic:defense", true),
        ("country:JP AND lang:en", true),
        ("zyzzyva AND lang:en", true),
        ("\"coast guard\"", true),
        ("title:\"coast guard\"", false),
        ("\"coast guard ship\"", false),
        ("\"zyzzyva of\"", true),
        ("title:zyzzyva AND quagga", false),
        ("zyzzyva AND -quagga", false),
        ("zyzzyva AND topic:defense>=0.5", true),
        ("zyzzyva AND topic:defense>=0.5 AND topic:defense>=0.25", true),
        ("topic:defense>=0.5", false),
        ("topic:defense AND topic:defense>=0.5", false),
        ("main_country:JP AND zyzzyva", false),
        ("zyz* AND quagga", false),
        ("zyzzyva NEAR/3 quagga", false),
        ("person:\"Fumio Kishida\"", true),
        ("person:Kishida", true),
        ("org:\"Okapi Quagga\"", true),
        ("place:\"Okapi Quagga\" AND lang:en", true),
        ("person:\"Fumio Kishida Jr\"", false),
        ("person:\"Fumio Kishida\" AND zyzzyva", true),
        ("person:\"Fumio Kishida Jr\" AND zyzzyva", false),
        ("person:\"Fumio Kishida\" OR person:\"Yoko Kishida\"", false),
    ])
    func exactPlansAreTheQueriesTheirSetsAndCheckDecide(_ query: String, _ exact: Bool) throws {
        let plan = try #require(try Self.plan(query))
        #expect(plan.exact == exact, "\(query): \(plan)")
        // At most one set is walked beside a check; at most three in all (a byte of hit bits).
        if plan.check != nil { #expect(plan.sets.count == 1) }
        #expect(plan.sets.count + (plan.check == nil ? 0 : 1) <= 3)
    }

    @Test func anAndOverAnOrIsFiledAsItsBranches() throws {
        let place = try Subscription(id: "p", query: "place:Dorset AND (topic:sport OR zyzzyva)").compiled.presearchPlans(PresearchCosts())
        let plans = try #require(place)
        #expect(plans.count == 2)
        #expect(plans[0].sets == [[.single(.placeWord, "dorset")]] && plans[0].check?.key == .topic("sport"))
        #expect(plans[1].sets == [[.word("zyzzyva")]] || plans[1].check?.key == .word("zyzzyva"))
        let phrase = try Subscription(id: "p", query: "\"government zyzzyva okapi\" OR quagga").compiled.presearchPlans(PresearchCosts())
        #expect(phrase?.map(\.exact) == [false, true], "a branch that is one word decides a match")
        #expect(phrase?.last?.sets == [[.word("quagga")]])
        // A branch walks one set (its others are dropped); too many branches are not split.
        let names = try Subscription(id: "n", query: "(person:\"Fumio Kishida\" AND org:\"Okapi Quagga\") OR zyzzyva").compiled
        #expect(names.presearchPlans(PresearchCosts())?.map(\.sets.count) == [1, 1])
        let many = try Subscription(id: "m", query: "(a1 OR a2 OR a3) AND (b1 OR b2 OR b3)").compiled
        #expect(many.branches.count == 1 && many.presearchPlans(PresearchCosts())?.count == 1, "9 branches are too many")
    }

    /// ANDs and ORs of the parts plans test and decide (words, countries, topics with and
    /// without minimums, languages), with some that they do not (title:, phrases, names, NOT),
    /// over the articles' own words and values.
    static func conjunctions(count: Int, seed: UInt64) -> [String] {
        var words = Set<String>()
        var countries: Set<String> = ["JP", "VN", "CN", "GB"]
        var topics: Set<String> = ["defense", "sport"]
        var names: [String] = []
        var scores: [String] = []
        var bigrams: [String] = []
        for r in TermFilterTests.analysed {
            let folded = r.tokens.map(\.text).filter { !$0.contains("\"") && !$0.contains("\\") }
            for i in stride(from: 0, to: folded.count - 1, by: 7) { bigrams.append(folded[i] + " " + folded[i + 1]) }
            words.formUnion(r.tokens.map(\.text).filter { !$0.contains("\"") && !$0.contains("\\") })
            countries.formUnion(r.analysis.countries)
            topics.formUnion(r.analysis.topics.map(\.id))
            names += r.analysis.people
            scores += r.analysis.topics.map { "topic:\($0.id)>=\($0.score)" }
        }
        // Parts of names too: a query name is matched inside longer names.
        var parts: [String] = []
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            parts += words
            if words.count > 2 { parts += (0..<words.count - 1).map { words[$0] + " " + words[$0 + 1] } }
        }
        let vocabulary = words.sorted()
        let countryList = countries.sorted()
        let topicList = topics.sorted()
        let nameList = names.filter { !$0.contains("\"") }.sorted() + ["Nobody Known"]
        let partList = parts.filter { !$0.contains("\"") }.sorted() + ["Known"]
        let scoreList = scores.sorted()
        var rng = SplitMix64(seed: seed)
        func pick(_ a: [String]) -> String { a[Int(rng.next() % UInt64(a.count))] }
        func part() -> String {
            switch rng.next() % 15 {
            case 0: "country:" + pick(countryList)
            case 1: "topic:" + pick(topicList)
            case 2: "topic:\(pick(topicList))>=0.\(rng.next() % 10)"
            case 3: "lang:" + pick(["en", "de"])
            case 4: "(\(pick(vocabulary)) OR \(pick(vocabulary)))"
            case 9: "\"\(pick(bigrams))\""
            case 10: "(\(pick(vocabulary)) OR topic:\(pick(topicList)) OR country:\(pick(countryList)))"
            case 11: "title:\"\(pick(bigrams))\""
            case 5: "title:" + pick(vocabulary)
            case 6: "\"\(pick(vocabulary)) \(pick(vocabulary))\""
            case 7: "person:\"\(pick(nameList))\""
            case 8: "-" + pick(vocabulary)
            case 12: "person:\"\(pick(partList))\""
            case 13: scoreList.isEmpty ? pick(vocabulary) : pick(scoreList)
            default: pick(vocabulary)
            }
        }
        func conjunction() -> String {
            let n = Int(1 + rng.next() % 3)
            return (0..<n).map { _ in part() }.joined(separator: " AND ")
        }
        // A third are ORs of conjunctions: filed as branches.
        return (0..<count).map { _ in rng.next() % 3 == 0 ? "(\(conjunction())) OR (\(conjunction()))" : conjunction() }
    }

    @Test(arguments: [true, false])
    func thePlansMatchWhatTheQueryTreeMatches(frequencies: Bool) throws {
        let texts = Self.conjunctions(count: 3000, seed: frequencies ? 21 : 22)
        let subs = texts.enumerated().compactMap { try? Subscription(id: "s\($0.offset)", query: $0.element) }
        #expect(subs.count > 2900)
        let costs = PresearchCosts(weights: frequencies ? .shared : nil)
        let index = SubscriptionIndex(subs, prefilter: true, costs: costs)
        let plans = subs.map { $0.compiled.presearchPlan(costs) }
        #expect(plans.filter { $0?.exact == true }.count > 300, "many plans are exact")
        #expect(plans.filter { $0?.check != nil }.count > 1000, "many plans test a second key")
        var matched = 0
        var exactMatched = 0
        for r in TermFilterTests.analysed {
            let doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
            let reference = subs.indices.filter { subs[$0].matches(doc) }.map(Int32.init)
            let fromTokens = index.matchingIndices(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
            let missed = reference.filter { !fromTokens.contains($0) }.prefix(3).map { subs[Int($0)].queryText }
            let extra = fromTokens.filter { !reference.contains($0) }.prefix(3).map { subs[Int($0)].queryText }
            let sameFromTokens = fromTokens == reference
            let sameFromDocument = index.matchingIndices(doc) == reference
            #expect(sameFromTokens, "\(r.article.title): missed \(missed), extra \(extra)")
            #expect(sameFromDocument, "\(r.article.title)")
            let candidates = Set(index.candidates(doc))
            let held = reference.allSatisfy { candidates.contains($0) }
            #expect(held, "the candidates hold every match")
            matched += reference.count
            exactMatched += reference.filter { plans[Int($0)]?.exact == true }.count
        }
        #expect(matched > 2000, "the queries match something: \(matched)")
        #expect(exactMatched > 500, "and exact plans match: \(exactMatched)")
    }

    @Test func aTopicScoredBelowZeroIsVerified() throws {
        // A walked topic key stands for "topic:x" only for scores of 0 and more; a document read
        // back from a store may say otherwise, and then exact plans are verified.
        let subs = try ["country:JP AND topic:defense", "topic:defense AND lang:en", "topic:defense"].enumerated().map {
            try Subscription(id: "s\($0.offset)", query: $0.element)
        }
        let index = SubscriptionIndex(subs)
        let r = MatchProgramTests.analysed[MatchProgramTests.articles.count - 5]
        var doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
        doc.countries.insert("JP")
        doc.language = "en"
        doc.topics["defense"] = 0.4
        #expect(index.matchingIndices(doc) == [0, 1, 2])
        doc.topics["defense"] = -0.25
        #expect(index.matchingIndices(doc) == subs.indices.filter { subs[$0].matches(doc) }.map(Int32.init))
        #expect(index.matchingIndices(doc).isEmpty)
    }

    /// A document of `MatchProgramTests`' first article with the given people and topics.
    static func document(people: [[String]], topics: [String: Double] = [:]) -> MatchDocument {
        let r = MatchProgramTests.analysed[0]
        var doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
        doc.people = people
        doc.topics = topics
        return doc
    }

    @Test func aNameIsWalkedFromItsLastWordWithTheWordBefore() throws {
        let queries = [
            "person:\"Julian Smith\"", "person:Smith", "person:Julian", "person:\"Anna Smith\"", "person:\"Smith Julian\"",
            "person:\"Mary Julian Smith\"", "person:\"Julian Smith Jr\"", "person:\"Julian Smith\" AND topic:defense",
        ]
        let subs = try queries.enumerated().map { try Subscription(id: "s\($0.offset)", query: $0.element) }
        let plans = subs.map { $0.compiled.presearchPlan(PresearchCosts()) }
        #expect(plans.map { $0?.exact } == [true, true, true, true, true, false, false, true])
        let index = SubscriptionIndex(subs)
        let cases: [(people: [[String]], expected: [Int32])] = [
            ([["julian", "smith"]], [0, 1, 2]),
            // Both words, in two names: not the name.
            ([["anna", "smith"], ["julian", "brown"]], [1, 2, 3]),
            // Inside a longer name, which a query of three words may name.
            ([["mary", "julian", "smith", "jr"]], [0, 1, 2, 5, 6]),
            ([["smith", "julian"]], [1, 2, 4]),
            // The same name twice, and the last word twice in one name: each match once.
            ([["julian", "smith"], ["julian", "smith"]], [0, 1, 2]),
            ([["smith", "julian", "smith"]], [0, 1, 2, 4]),
            ([["julian"], ["smith"]], [1, 2]),
        ]
        for c in cases {
            let doc = Self.document(people: c.people)
            #expect(index.matchingIndices(doc) == c.expected, "\(c.people)")
            #expect(subs.indices.filter { subs[$0].matches(doc) }.map(Int32.init) == c.expected, "the query tree agrees: \(c.people)")
        }
        let defence = Self.document(people: [["julian", "smith"]], topics: ["defense": 0.1])
        #expect(index.matchingIndices(defence) == [0, 1, 2, 7])
    }

    @Test func aNameIsTestedOnTheWalkedWordsPostings() throws {
        // "london" is in many news articles, "quillmarsh" in none the table knows: the word is
        // walked and the place's last word tested on its postings. Before, a branch walked from
        // the word dropped the place, and every article with the word was a candidate.
        let branched = try Subscription(id: "p", query: "place:\"East London\" AND (topic:sport OR quillmarsh)").compiled
        let plans = try #require(branched.presearchPlans(PresearchCosts()))
        #expect(plans.count == 2)
        #expect(plans[1].sets == [[.word("quillmarsh")]])
        #expect(plans[1].check == PresearchCheck(.single(.placeWord, "london")))
        #expect(!plans[1].exact, "a name of two words is verified")
        let one = try #require(try Self.plan("place:London AND quillmarsh"))
        #expect(one.sets == [[.word("quillmarsh")]] && one.check == PresearchCheck(.single(.placeWord, "london")))
        #expect(one.exact, "a name of one word is its word")
        let queries = ["place:\"East London\" AND (topic:sport OR quillmarsh)", "place:London AND quillmarsh", "person:London AND quillmarsh"]
        let subs = try queries.enumerated().map { try Subscription(id: "s\($0.offset)", query: $0.element) }
        let index = SubscriptionIndex(subs)
        let base = MatchProgramTests.analysed[0]
        let plain = MatchDocument(tokens: base.tokens, titleCount: base.titleCount, article: base.article, analysis: base.analysis)
        let tokens = Tokenizer.tokenize("Quillmarsh") + base.tokens
        let withWord = MatchDocument(tokens: tokens, titleCount: base.titleCount + 1, article: base.article, analysis: base.analysis)
        let cases: [(doc: MatchDocument, places: [[String]], people: [[String]], expected: [Int32], candidates: [Int32])] = [
            (withWord, [["east", "london"]], [], [0, 1], [0, 1]),
            // The word without the place: no candidate (before, the first query was one).
            (withWord, [], [], [], []),
            // "London" as a person's name, not a place's: only the person query.
            (withWord, [], [["jack", "london"]], [2], [2]),
            // Another London: a candidate of the first, verified; the second matches.
            (withWord, [["london", "bridge"]], [], [1], [0, 1]),
            // The place without the word.
            (plain, [["east", "london"]], [], [], []),
        ]
        for c in cases {
            var doc = c.doc
            doc.places = c.places
            doc.people = c.people
            doc.topics = [:]
            #expect(index.matchingIndices(doc) == c.expected, "\(c.places) \(c.people)")
            #expect(subs.indices.filter { subs[$0].matches(doc) }.map(Int32.init) == c.expected, "the query tree agrees")
            #expect(index.candidates(doc).sorted() == c.candidates, "\(c.places) \(c.people)")
        }
    }

    @Test func aTopicMinimumIsComparedAsTheProgramDoes() throws {
        let subs = try ["okapi AND topic:defense>=0.7", "okapi AND topic:defense>=0.7 AND topic:defense>=0.35", "okapi AND topic:defense"]
            .enumerated().map { try Subscription(id: "s\($0.offset)", query: $0.element) }
        #expect(subs.allSatisfy { $0.compiled.presearchPlan(PresearchCosts())?.exact == true })
        let index = SubscriptionIndex(subs)
        let r = MatchProgramTests.analyzer.analyzeKeepingTokens(
            Article(title: "An okapi at the zoo", body: "The okapi, seen on Monday, is shy.", format: "text"))
        // A score just under the minimum (which rounding it to thousandths would let through),
        // the minimum itself, one over the lesser minimum only, 0, below 0.
        for (score, expected) in [(0.6995, [2]), (0.7, [0, 1, 2]), (0.36, [2]), (0.0, [2]), (-0.5, [])] as [(Double, [Int32])] {
            var doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
            doc.topics = ["defense": score]
            #expect(index.matchingIndices(doc) == expected, "\(score)")
            #expect(subs.indices.filter { subs[$0].matches(doc) }.map(Int32.init) == expected, "the query tree agrees: \(score)")
        }
    }
}
