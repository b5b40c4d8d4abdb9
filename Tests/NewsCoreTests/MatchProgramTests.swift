import Testing

@testable import NewsCore

/// The index verifies candidates with ``MatchProgram`` over interned term ids, from the
/// analysis' tokens or from a ``MatchDocument``; ``CompiledQuery/matches(_:)`` (the tree of
/// enums, which `newsd rules test` still explains with) is the reference. They must agree on
/// every query and every article.
@Suite struct MatchProgramTests {
    static let analyzer = Analyzer()

    static let articles: [Article] = PipelineMatchDocumentTests.articles + [
        Article(title: "Japan and Vietnam agree to boost defence ties",
                body: """
                    HANOI (Kyodo) — Japanese Prime Minister Fumio Kishida and his counterpart Pham Minh Chinh agreed to deepen \
                    defence cooperation. The Japan Coast Guard will send patrol ships near the Senkaku Islands, and the \
                    coast guard of Vietnam will patrol the South China Sea. Cyberattacks on ports were also discussed.
                    """, url: "https://english.kyodonews.net/news/1", format: "text"),
        Article(title: "Arsenal beat Chelsea in the cup final", body: "The striker scored twice as Arsenal beat Chelsea at the stadium in London.", format: "text"),
        Article(title: "Hackers hit Vietnamese ports", body: "Vietnam said hackers attacked port systems in Haiphong; the cyber attack disrupted shipping.", format: "text"),
        Article(title: "China protests Japanese patrols", body: "Beijing said Japan Coast Guard ships entered waters near the Diaoyu islands, which China claims. Coast guard coast guard.", format: "text"),
        Article(title: "Markets rally as oil prices fall", body: "Shares rose in Tokyo and Seoul as oil prices fell and investors bet on lower inflation. NATO met in Brussels.",
                source: "Reuters", format: "text"),
    ]

    static let analysed = articles.map { analyzer.analyzeKeepingTokens($0) }

    /// Queries of every construct, nested, from the articles' own words, names and values.
    static func generatedQueries(count: Int, seed: UInt64) -> [String] {
        var words = Set<String>()
        var names: [String] = []
        var countries: Set<String> = ["JP", "VN", "CN", "GB", "KR", "Japan", "\"Southeast Asia\""]
        var topics: Set<String> = ["defense", "sport", "cybersecurity"]
        for r in analysed {
            words.formUnion(r.tokens.map(\.text))
            names += r.analysis.people + r.analysis.organizations + r.analysis.places
            countries.formUnion(r.analysis.countries + r.analysis.mainCountries)
            topics.formUnion(r.analysis.topics.map(\.id))
        }
        let vocabulary = words.filter { !$0.contains("\"") && !$0.contains("\\") }.sorted() + ["nowhere", "absent"]
        let long = vocabulary.filter { $0.count >= 2 }
        let nameList = names.filter { !$0.contains("\"") }.sorted() + ["Nobody Known"]
        let countryList = countries.sorted()
        let topicList = topics.sorted()
        var rng = SplitMix64(seed: seed)
        func pick(_ a: [String]) -> String { a[Int(rng.next() % UInt64(a.count))] }
        /// A word, a phrase or a prefix: what NEAR joins (the parser refuses fields there, title: too).
        func plain() -> String {
            switch rng.next() % 4 {
            case 0: "\"\(pick(vocabulary)) \(pick(vocabulary))\""
            case 1: String(pick(long).prefix(Int(2 + rng.next() % 3))) + "*"
            case 2: "\"\(pick(vocabulary)) \(String(pick(long).prefix(Int(2 + rng.next() % 2))))*\""
            default: pick(vocabulary)
            }
        }
        func text() -> String {
            switch rng.next() % 6 {
            case 0: "\"\(pick(vocabulary)) \(pick(vocabulary))\""
            case 1: String(pick(long).prefix(Int(2 + rng.next() % 3))) + "*"
            case 2: "\"\(pick(vocabulary)) \(String(pick(long).prefix(Int(2 + rng.next() % 2))))*\""
            case 3: "title:" + pick(vocabulary)
            case 4: "title:\"\(pick(vocabulary)) \(pick(vocabulary))\""
            default: pick(vocabulary)
            }
        }
        func atom() -> String {
            switch rng.next() % 16 {
            case 0: "country:" + pick(countryList)
            case 1: "main_country:" + pick(countryList)
            case 2: "topic:" + pick(topicList)
            case 3: "topic:\(pick(topicList))>=0.\(rng.next() % 10)"
            case 4: "person:\"\(pick(nameList))\""
            case 5: "org:\"\(pick(nameList))\""
            case 6: "place:\"\(pick(nameList))\""
            case 7: "source:" + pick(["reuters", "kyodo", "kyodonews", "dpa", "example", "nowhere"])
            case 8: "lang:" + pick(["en", "ja", "de", "pt", "vi"])
            case 9: "\(plain()) NEAR/\(rng.next() % 6) \(plain())"
            case 10: "(\(plain()) OR \(plain())) NEAR/\(rng.next() % 6) \(plain())"
            case 11: "-" + text()
            default: text()
            }
        }
        func query(_ depth: Int) -> String {
            guard depth > 0, rng.next() % 3 != 0 else { return atom() }
            let parts = (0..<Int(1 + rng.next() % 3)).map { _ in query(depth - 1) }
            let joined = "(" + parts.joined(separator: rng.next() % 2 == 0 ? " AND " : " OR ") + ")"
            return rng.next() % 5 == 0 ? "NOT " + joined : joined
        }
        return (0..<count).map { _ in query(3) }
    }

    @Test func theProgramMatchesWhatTheQueryTreeMatches() throws {
        let texts = Self.generatedQueries(count: 4000, seed: 7)
        var subs: [Subscription] = []
        var refused: [String] = []
        for (i, text) in texts.enumerated() {
            do { subs.append(try Subscription(id: "s\(i)", query: text)) } catch { refused.append("\(text): \(error)") }
        }
        #expect(subs.count > 3600, "most generated queries parse: \(subs.count); \(refused.prefix(3))")
        let index = SubscriptionIndex(subs)
        var matched = 0
        for r in Self.analysed {
            let doc = MatchDocument(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
            let reference = subs.indices.filter { subs[$0].matches(doc) }.map(Int32.init)
            let fromDocument = index.matchingIndices(doc)
            let fromTokens = index.matchingIndices(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis)
            let missed = reference.filter { !fromTokens.contains($0) }.prefix(5).map { subs[Int($0)].queryText }
            let extra = fromTokens.filter { !reference.contains($0) }.prefix(5).map { subs[Int($0)].queryText }
            let sameFromTokens = fromTokens == reference
            let sameFromDocument = fromDocument == reference
            #expect(sameFromTokens, "\(r.article.title): \(reference.count) matches; missed \(missed), extra \(extra)")
            #expect(sameFromDocument, "\(r.article.title)")
            matched += reference.count
        }
        #expect(matched > 1000, "the generated queries match something: \(matched)")
        #expect(matched < subs.count * Self.analysed.count * 3 / 4, "and not everything: \(matched)")
    }

    @Test func aTokensTermIsFoundFromItsKeyAsFromItsWord() throws {
        let text = """
            Überraschung: the Internationalisierungsstrategie of café owners in São Paulo, 日本の海上保安庁 and \
            Straßenbahnhaltestellen; coast guards guard the coast, a coastguard, Cos, co, c, 1234567890123456 and \
            abcdefghijklmnopq. Antidisestablishmentarianism is a long word; so is Überraschungsangriff.
            """
        let tokens = Tokenizer.tokenize(text)
        let words = Set(tokens.map(\.text))
        #expect(words.contains { $0.utf8.count > 15 } && words.contains { $0.utf8.first! >= 0x80 })
        // Terms of every length, some the article's words, some of the same first byte and length.
        var queries = words.sorted().enumerated().filter { $0.offset % 2 == 0 }.map { "\"\($0.element)\"" }
        queries += ["coasu", "internationalisierungsstrategiX", "caff", "日本の", "straßenbahnhaltestellex", "cot"]
        let index = SubscriptionIndex(try queries.enumerated().map { try Subscription(id: "q\($0.offset)", query: $0.element) })
        var found = 0
        for token in tokens {
            let fromKey = index.term(of: token)
            #expect(fromKey == index.term(of: token.text), "\(token.text)")
            if fromKey >= 0 { found += 1 }
        }
        #expect(found > 10 && found < tokens.count)
    }

    @Test(arguments: [
        ("ja*", true), ("jap*", true), ("japa*", true), ("title:ja*", true), ("title:ch*", false), ("\"coast gu*\"", true),
        ("\"guard co*\"", false), ("cy*", true), ("zz*", false), ("\"south chin*\" NEAR/2 patrol", true),
    ])
    func prefixesOfTwoLettersOrMoreAreFound(_ query: String, _ expected: Bool) throws {
        let r = Self.analysed[4]
        let sub = try Subscription(id: "q", query: query)
        let doc = MatchDocument(article: r.article, analysis: r.analysis)
        #expect(sub.matches(doc) == expected, "the reference")
        let index = SubscriptionIndex([sub])
        #expect(index.matchingIndices(doc) == (expected ? [0] : []))
        #expect(index.matchingIndices(tokens: r.tokens, titleCount: r.titleCount, article: r.article, analysis: r.analysis) == (expected ? [0] : []))
    }

    @Test func anAndOrOrStopsAtTheFirstPartThatDecidesIt() throws {
        var terms = WordTable<Int32>()
        var program = MatchProgram()
        let sub = try Subscription(id: "q", query: "(a OR b OR c) AND d")
        program.append(sub.compiled, terms: &terms)
        let ops = program.code.map(\.op)
        #expect(ops == [.word, .jumpIfTrue, .word, .jumpIfTrue, .word, .jumpIfFalse, .word, .ret])
        // The ORs jump past c to the AND's test; the AND's jump goes to the end.
        #expect(program.code[1].a == 5 && program.code[3].a == 5 && program.code[5].a == 7)
        #expect(terms.count == 4, "each word interned once")
    }

    @Test func aStateOutlivesTheGenerationCounter() {
        var state = MatchState(terms: 4, prefixes: 0, queries: 1)
        state.generation = UInt32.max - 1
        state.begin(words: 1, titleCount: 0)
        let first = state.record(term: 2, at: 0)
        #expect(first)
        #expect(state.has(2))
        state.begin(words: 1, titleCount: 0)
        #expect(state.generation == 1, "the counter wrapped")
        #expect(!state.has(2), "a term of an article before the wrap is not in the next one")
        let again = state.record(term: 2, at: 0)
        #expect(again)
    }

    @Test func thePoolKeepsABoundedNumberOfStates() {
        let pool = MatchStatePool(terms: 10, prefixes: 0, queries: 10)
        // As many callers at once as there are threads: each gets a state of its own.
        func nest(_ depth: Int) -> Int {
            pool.withState { _ in depth == 0 ? 0 : 1 + nest(depth - 1) }
        }
        #expect(nest(MatchStatePool.maximumKept * 2) == MatchStatePool.maximumKept * 2)
        #expect(pool.kept == MatchStatePool.maximumKept)
        _ = nest(3)
        #expect(pool.kept == MatchStatePool.maximumKept, "states are reused, not added")
    }

    @Test func theHitBitsAreClearedForTheNextArticle() throws {
        // "a AND b" is a candidate only with both words: after an article holding only a, one
        // holding only b must not inherit a's bit.
        let sub = try Subscription(id: "q", query: "senkaku AND haiphong")
        let index = SubscriptionIndex([sub])
        let onlyA = Self.analysed[4]
        let onlyB = Self.analysed[6]
        for r in [onlyA, onlyB, onlyA] {
            #expect(index.candidates(MatchDocument(article: r.article, analysis: r.analysis)).isEmpty, "\(r.article.title)")
        }
    }
}
