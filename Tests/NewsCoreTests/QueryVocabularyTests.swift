import Testing

@testable import NewsCore

/// Dead rules: a query field no article can ever have is an error at its place, with a guess.
@Suite struct QueryVocabularyTests {
    let vocabulary = QueryVocabulary(topicIDs: Taxonomy.default.topics.map(\.id))

    func check(_ text: String) throws -> QueryVocabulary.Checked {
        let (query, fields) = try QueryParser.parseWithFields(text)
        return vocabulary.check(query, fields: fields)
    }

    @Test func aBritishSpellingOfATopicIsReadAsTheTopicWithANote() throws {
        let checked = try check("country:JP AND topic:defence")
        #expect(checked.errors.isEmpty)
        #expect(checked.findings.map(\.severity) == [.note])
        #expect(checked.query == .and([.field(.country, "JP", minimumScore: nil), .field(.topic, "defense", minimumScore: nil)]))
    }

    @Test func anUnknownTopicIsAnErrorAtItsColumnWithASuggestion() throws {
        let checked = try check("country:VN AND topic:cyber")
        let error = try #require(checked.errors.first)
        #expect(error.line == 1 && error.column == 22)
        #expect(error.message.contains("did you mean topic:cybersecurity?"), "\(error.message)")
        #expect(try check("topic:elecshuns").errors.first?.message.contains("did you mean topic:elections?") == true)
    }

    @Test func aLanguageMustBeAnISOCodeAndANameIsTurnedIntoOne() throws {
        #expect(try check("lang:vi").errors.isEmpty)
        let german = try #require(try check("lang:german").errors.first)
        #expect(german.message.contains("did you mean lang:de (German)?"), "\(german.message)")
        #expect(!(try check("lang:xx").errors.isEmpty))
    }

    @Test func anUnknownCountryOrCodeIsAnErrorAndRegionsAndNamesAreFine() throws {
        #expect(try check("country:JP OR country:Japan OR country:\"Southeast Asia\" OR country:Vietnamese").errors.isEmpty)
        #expect(try check("country:XX").errors.count == 1)
        #expect(try check("country:Atlantis").errors.count == 1)
    }

    @Test func anUnknownNameIsAWarningNotAnError() throws {
        let checked = try check("person:\"Nobody Atall\" OR place:\"Senkaku Islands\"")
        #expect(checked.errors.isEmpty)
        #expect(checked.findings.map(\.severity) == [.warning])
        #expect(checked.findings.first?.column == 8)
    }

    @Test func anUnknownFieldGetsASuggestion() {
        #expect(throws: QueryError.self) { try QueryParser.parse("topc:defense") }
        do {
            _ = try QueryParser.parse("topc:defense")
        } catch {
            #expect(error.message.contains("did you mean topic:?"), "\(error.message)")
        }
        #expect((try? QueryParser.parse("language:en")) == .field(.lang, "en", minimumScore: nil))
    }

    @Test func suggestionsStayWithinADistanceThatGrowsWithTheWord() {
        #expect(Suggestion.closest(to: "defence", among: ["defense", "diplomacy"]) == "defense")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["defense", "diplomacy"]) == nil)
        #expect(Suggestion.distance(Array("kitten"), Array("sitting")) == 3)
    }
}
