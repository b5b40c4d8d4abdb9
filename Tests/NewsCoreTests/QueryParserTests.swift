import NewsCore
import Testing

@Suite struct QueryParserTests {
    static func t(_ w: String...) -> Query { .text(TextTerm(words: w, prefix: false), scope: .all) }

    @Test func everyConstruct() throws {
        #expect(try QueryParser.parse("senkaku") == Self.t("senkaku"))
        #expect(try QueryParser.parse("\"Coast Guard\"") == Self.t("coast", "guard"))
        #expect(try QueryParser.parse("cyber*") == .text(TextTerm(words: ["cyber"], prefix: true), scope: .all))
        #expect(try QueryParser.parse("Biển") == Self.t("bien"))
        #expect(try QueryParser.parse("country:JP") == .field(.country, "JP", minimumScore: nil))
        #expect(try QueryParser.parse("topic:defense>=0.5") == .field(.topic, "defense", minimumScore: 0.5))
        #expect(try QueryParser.parse("place:\"Senkaku Islands\"") == .field(.place, "Senkaku Islands", minimumScore: nil))
        #expect(try QueryParser.parse("title:drill") == .text(TextTerm(words: ["drill"], prefix: false), scope: .title))
        #expect(try QueryParser.parse("a NEAR/5 b") == .near(Self.t("a"), Self.t("b"), distance: 5))
        #expect(try QueryParser.parse("-a b") == .and([.not(Self.t("a")), Self.t("b")]))
        #expect(try QueryParser.parse("NOT a") == .not(Self.t("a")))
        #expect(try QueryParser.parse("a && b || c") == .or([.and([Self.t("a"), Self.t("b")]), Self.t("c")]))
        #expect(try QueryParser.parse("country:(JP OR VN)") ==
                .or([.field(.country, "JP", minimumScore: nil), .field(.country, "VN", minimumScore: nil)]))
        #expect(try QueryParser.parse("self-defense") == Self.t("self", "defense"))
    }

    @Test func precedenceIsLucenes() throws {
        // NOT binds tightest, then AND, then OR; side by side means AND.
        #expect(try QueryParser.parse("a OR b AND c") == .or([Self.t("a"), .and([Self.t("b"), Self.t("c")])]))
        #expect(try QueryParser.parse("a AND b OR c AND d") == .or([.and([Self.t("a"), Self.t("b")]), .and([Self.t("c"), Self.t("d")])]))
        #expect(try QueryParser.parse("NOT a AND b") == .and([.not(Self.t("a")), Self.t("b")]))
        #expect(try QueryParser.parse("(a OR b) c") == .and([.or([Self.t("a"), Self.t("b")]), Self.t("c")]))
        #expect(try QueryParser.parse("\"coast guard\" NEAR/5 (senkaku OR diaoyu)") ==
                .near(Self.t("coast", "guard"), .or([Self.t("senkaku"), Self.t("diaoyu")]), distance: 5))
    }

    @Test(arguments: [
        ("", 1, 1, "empty"),
        ("country:JP AND (topic:defense", 1, 30, "closing parenthesis"),
        ("a )", 1, 3, "without an opening"),
        ("\"coast guard", 1, 1, "not closed"),
        ("colour:red", 1, 1, "unknown field"),
        ("topic:defense>=2", 1, 14, "from 0 to 1"),
        ("country:JP>=0.5", 1, 11, "only topic"),
        ("a NEAR/x b", 1, 3, "distance"),
        ("country:JP NEAR/3 b", 1, 12, "NEAR joins"),
        ("a AND", 1, 6, "expected a word"),
        ("a\nAND OR b", 2, 5, "expected a word"),
        ("x*", 1, 1, "two letters"),
    ])
    func errorsSayWhereAndWhat(_ text: String, _ line: Int, _ column: Int, _ what: String) {
        do {
            _ = try QueryParser.parse(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.line == line, "\(text): line \(error.line)")
            #expect(error.column == column, "\(text): column \(error.column)")
            #expect(error.message.contains(what), "\(text): \(error.message)")
        }
    }
}

@Suite struct MatcherTests {
    static let analyzer = Analyzer()
    static let article = analyzer.analyze(Article(
        title: "Japan and Vietnam agree to boost defence ties",
        body: """
            HANOI (Kyodo) — Japanese Prime Minister Fumio Kishida and his counterpart Pham Minh Chinh agreed to deepen \
            defence cooperation. The Japan Coast Guard will send patrol ships near the Senkaku Islands, and the \
            coast guard of Vietnam will patrol the South China Sea. Cyberattacks on ports were also discussed.
            """, url: "https://english.kyodonews.net/news/1", format: "text"))
    static let doc = MatchDocument(article: article.article, analysis: article.analysis)

    @Test(arguments: [
        ("country:JP AND country:VN AND (topic:defense OR topic:maritime-security)", true),
        ("country:Japan AND country:Vietnam", true),
        ("country:JP AND country:KR", false),
        ("place:\"Senkaku Islands\"", true),
        ("place:Diaoyu", true),
        ("place:\"South China Sea\" AND NOT place:\"Sea of Japan\"", true),
        ("\"coast guard\" NEAR/5 (Senkaku OR Diaoyu)", true),
        ("\"coast guard\" NEAR/1 Senkaku", false),
        ("cyber*", true),
        ("cyberwar*", false),
        ("person:Kishida", true),
        ("person:\"Fumio Kishida\"", true),
        ("person:Kishi", false),
        ("org:\"Japan Coast Guard\"", true),
        ("lang:en", true),
        ("lang:vi", false),
        ("source:kyodo", true),
        ("source:kyodonews", true),
        ("title:defence", true),
        ("title:senkaku", false),
        ("topic:defense>=0.99", false),
        ("senkaku -sport", true),
        ("senkaku AND -japan", false),
        ("VIỆT OR nowhere", false),
        ("vietnam", true),
        ("\"defence ties\"", true),
        ("\"ties defence\"", false),
    ])
    func matches(_ query: String, _ expected: Bool) throws {
        let s = try Subscription(id: "q", query: query)
        #expect(s.matches(Self.doc) == expected, "\(query)")
    }

    @Test func aRegionNamesItsCountries() throws {
        let vietnam = MatchDocument(article: Article(title: "Hackers hit Vietnamese ports", body: "Vietnam said hackers hit ports.", format: "text"),
                                    analysis: Self.analyzer.analyze(Article(title: "Hackers hit Vietnamese ports", body: "Vietnam said hackers hit ports.", format: "text")).analysis)
        #expect(try Subscription(id: "q", query: "country:\"Southeast Asia\"").matches(vietnam))
        #expect(try Subscription(id: "q", query: "country:ASEAN AND topic:cybersecurity").matches(vietnam))
        #expect(try !Subscription(id: "q", query: "country:\"Middle East\"").matches(vietnam))
        #expect(try Subscription(id: "q", query: "country:\"Southeast Asia\"").matches(Self.doc), "Vietnam is in the article")
    }

    @Test func unknownCountryNamesAreRefused() {
        #expect(throws: QueryError.self) { _ = try Subscription(id: "q", query: "country:Atlantis") }
    }

    @Test func thePresearcherFindsWhatMatchingEveryQueryFinds() throws {
        let queries = [
            "country:JP AND topic:defense", "senkaku", "cyber*", "NOT sport", "person:Kishida OR person:Biden", "lang:en AND title:ties",
            "country:KR", "\"coast guard\" NEAR/5 senkaku", "arsenal AND chelsea", "org:NATO", "place:\"Taiwan Strait\"",
            "(japan OR korea) AND -football", "topic:sport",
        ]
        let subs = try queries.enumerated().map { try Subscription(id: "s\($0.offset)", query: $0.element) }
        let index = SubscriptionIndex(subs)
        let brute = subs.filter { $0.matches(Self.doc) }.map(\.id)
        #expect(index.matches(Self.doc).map(\.id) == brute)
        #expect(brute.count >= 7)
    }

    static let others: [MatchDocument] = [
        ("Arsenal beat Chelsea in the cup final", "The striker scored twice as Arsenal beat Chelsea at the stadium in London."),
        ("Hackers hit Vietnamese ports", "Vietnam said hackers attacked port systems in Haiphong; the cyber attack disrupted shipping."),
        ("China protests Japanese patrols", "Beijing said Japan Coast Guard ships entered waters near the Diaoyu islands, which China claims."),
        ("Markets rally as oil prices fall", "Shares rose in Tokyo and Seoul as oil prices fell and investors bet on lower inflation."),
    ].map { title, body in
        let a = analyzer.analyze(Article(title: title, body: body, format: "text"))
        return MatchDocument(article: a.article, analysis: a.analysis)
    }

    /// Queries built at random from the documents' own words, entities and topics, in every
    /// construct: the presearcher must let through every query that matches (it may let more).
    @Test func thePresearcherNeverMissesAMatchOfRandomQueries() throws {
        let docs = [Self.doc] + Self.others
        var words = Set<String>()
        for d in docs { words.formUnion(d.distinctWords.filter { $0.count >= 3 }) }
        let vocabulary = words.sorted() + ["nowhere", "absent"]
        let countries = ["JP", "VN", "CN", "GB", "KR", "Japan", "\"Southeast Asia\""]
        let topics = ["defense", "sport", "cybersecurity", "maritime-security", "economy-business-finance", "politics"]
        var rng = SplitMix64(seed: 42)
        func pick(_ a: [String]) -> String { a[Int(rng.next() % UInt64(a.count))] }
        func atom() -> String {
            switch rng.next() % 9 {
            case 0: "country:" + pick(countries)
            case 1: "topic:" + pick(topics)
            case 2: "\"\(pick(vocabulary)) \(pick(vocabulary))\""
            case 3: String(pick(vocabulary).prefix(4)) + "*"
            case 4: "\(pick(vocabulary)) NEAR/3 \(pick(vocabulary))"
            case 5: "title:" + pick(vocabulary)
            case 6: "-" + pick(vocabulary)
            default: pick(vocabulary)
            }
        }
        func query(_ depth: Int) -> String {
            guard depth > 0, rng.next() % 3 != 0 else { return atom() }
            let parts = (0..<Int(2 + rng.next() % 2)).map { _ in query(depth - 1) }
            return "(" + parts.joined(separator: rng.next() % 2 == 0 ? " AND " : " OR ") + ")"
        }
        let subs = try (0..<3000).map { try Subscription(id: "s\($0)", query: query(2)) }
        let index = SubscriptionIndex(subs)
        var matched = 0
        for d in docs {
            let brute = subs.filter { $0.matches(d) }
            let found = Set(index.matches(d).map(\.id))
            let missed = brute.filter { !found.contains($0.id) }.map(\.queryText)
            #expect(missed.isEmpty, "the presearcher dropped \(missed.count): \(missed.prefix(5))")
            #expect(found.count == brute.count)
            matched += brute.count
        }
        #expect(matched > 100, "the random queries match something")
    }

    @Test func aConjunctionOfRareWordsIsACandidateOnlyWhenBothAreThere() throws {
        let subs = try ["senkaku AND haiphong", "\"coast guard\"", "striker NEAR/5 arsenal", "country:JP AND topic:sport"]
            .enumerated().map { try Subscription(id: "s\($0.offset)", query: $0.element) }
        let index = SubscriptionIndex(subs)
        // The Kyodo article holds "senkaku", "coast" and "guard", and JP without sport.
        #expect(index.candidates(Self.doc) == [1])
        // The football one holds "striker" and "arsenal" but not "senkaku".
        #expect(index.candidates(Self.others[0]) == [2])
    }
}

