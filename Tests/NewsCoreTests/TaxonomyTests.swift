import NewsCore
import Testing

@Suite struct TaxonomyTests {
    @Test func theDefaultHasEveryRequiredTopicWithItsParents() throws {
        let t = Taxonomy.default
        let top = ["arts-culture", "conflict-war-peace", "crime-law-justice", "disaster-accident", "economy-business-finance",
                   "education", "environment", "health", "human-interest", "labour", "lifestyle-leisure", "politics", "religion",
                   "science-technology", "society", "sport", "weather"]
        for id in top {
            let topic = try #require(t.topic(id), "\(id)")
            #expect(topic.parent == nil)
            #expect(topic.iptc?.hasPrefix("medtop:") == true)
        }
        for id in ["diplomacy", "defense", "arms-transfer", "military-exercise", "maritime-security", "territorial-dispute",
                   "missile-nuclear", "cybersecurity", "terrorism", "trade", "energy", "public-health", "elections", "sanctions"] {
            #expect(t.topic(id)?.parent != nil, "\(id) has a parent")
        }
        try t.validate(file: "default")
    }

    @Test func aUserFileAddsAndOverridesTopics() throws {
        let user = try Taxonomy.parse(yaml: """
            topics:
              - id: fisheries
                parent: economy-business-finance
                threshold: 3
                terms:
                  fishermen: 2
                  "fishing boats": 3
                excluded: [recipe]
              - id: sport
                threshold: 1000
                terms:
                  football: 1
            """, file: "mine.yaml")
        let merged = Taxonomy.default.merging(user)
        try merged.validate(file: "mine.yaml")
        let analyzer = Analyzer(taxonomy: merged)
        let (_, a) = analyzer.analyze(Article(title: "Fishermen protest", body: "Hundreds of fishing boats blocked the port as fishermen protested the quota.", format: "text"))
        #expect(a.topics.contains { $0.id == "fisheries" })
        #expect(a.topics.contains { $0.id == "economy-business-finance" })
        let (_, b) = analyzer.analyze(Article(title: "Fish recipe", body: "Fishermen share a recipe: fishing boats bring the catch.", format: "text"))
        #expect(!b.topics.contains { $0.id == "fisheries" }, "an excluded term vetoes the topic")
        let (_, c) = analyzer.analyze(Article(title: "Cup final", body: "The football final: the striker scored and the club won the league.", format: "text"))
        #expect(!c.topics.contains { $0.id == "sport" }, "the user's sport replaced the default one")
    }

    /// Required and excluded terms in the article's language: English ones say nothing of a
    /// Spanish article, which is judged by `required_in` and `excluded_in`.
    @Test func requiredAndExcludedTermsInOtherLanguages() throws {
        let user = try Taxonomy.parse(yaml: """
            topics:
              - id: fish-quota
                threshold: 2
                terms: {fishermen: 2, quota: 2}
                languages:
                  es: {pescadores: 2, cuota: 2}
                required: [ministry]
                required_in: {es: [ministerio]}
                excluded_in: {es: [receta]}
            """, file: "mine.yaml")
        let analyzer = Analyzer(taxonomy: Taxonomy.default.merging(user))
        func fired(_ title: String, _ body: String) -> Bool {
            analyzer.analyze(Article(title: title, body: body, format: "text")).analysis.topics.contains { $0.id == "fish-quota" }
        }
        #expect(fired("Pescadores contra la cuota", "Los pescadores protestaron ante el ministerio por la nueva cuota de pesca en el puerto."))
        #expect(!fired("Pescadores contra la cuota", "Los pescadores protestaron en el puerto por la nueva cuota de pesca del año."),
                "a required term of its own language is missing")
        #expect(!fired("Pescadores y una receta", "Los pescadores del ministerio comparten una receta con la cuota del día."),
                "an excluded term of its own language vetoes it")
        #expect(fired("Fishermen and the quota", "Fishermen protested at the ministry against the new quota for the port."))
    }

    @Test(arguments: [
        ("topics:\n  - id: x\n    required_in: [a]\n", "language code"),
        ("topics:\n  - id: x\n    threshold: 0\n", "threshold"),
        ("topics:\n  - id: x\n    thresold: 3\n", "unknown key"),
        ("topics:\n  - id: x\n    terms:\n      war: lots\n", "numeric weight"),
        ("topics:\n  - name: no id\n", "id"),
        ("nothing: here\n", "topics:"),
    ])
    func badFilesAreRefusedWithTheReason(_ yaml: String, _ reason: String) {
        #expect {
            _ = try Taxonomy.parse(yaml: yaml, file: "t.yaml")
        } throws: { ($0 as? TaxonomyError)?.description.contains(reason) == true }
    }

    @Test func anUnknownParentIsRefused() throws {
        let t = Taxonomy.default.merging(try Taxonomy.parse(yaml: "topics:\n  - id: x\n    parent: nowhere\n", file: "t.yaml"))
        #expect(throws: TaxonomyError.self) { try t.validate(file: "t.yaml") }
    }
}
