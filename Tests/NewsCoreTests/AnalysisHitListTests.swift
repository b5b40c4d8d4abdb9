import Foundation
import Testing

@testable import NewsCore

/// The analysis' paths without per-article tables give what the tables gave: the topic scorer's
/// hits read from a sorted list, the gazetteer's small table for words written in lower case.
@Suite struct AnalysisHitListTests {
    static let fishing = """
        topics:
          - id: fishing
            threshold: 1
            terms:
              trawler: 1
              quota: 1
              harbour: 2
              net: 1
          - id: boats
            threshold: 1
            terms:
              trawler: 3
            required: [harbour]
          - id: nets
            threshold: 1
            terms:
              net: 3
            excluded: [quota]
        """

    /// A term said several times counts by its weighted count (a title word twice); the evidence
    /// is strongest first and, among equals, in the taxonomy's order of terms, not the text's.
    @Test func scoresTermsByTheirCountsAndNamesEvidenceInTaxonomyOrder() throws {
        let taxonomy = try Taxonomy.parse(yaml: Self.fishing, file: "fishing.yaml")
        let scorer = TopicScorer(taxonomy: taxonomy, model: nil)
        let title = Tokenizer.tokenize("Quota talks")
        let body = Tokenizer.tokenize("the net and the trawler left the harbour with a quota and a quota")
        let s = scorer.score(stems: Stemmer.stems(title + body, language: nil), titleCount: title.count, language: nil)
        // quota: 2 (title) + 1 + 1 = 4; harbour once at weight 2; trawler and net once.
        let raw = 1.0 + (1 + log(4.0)) + 2 + 1
        let scale = pow(30.0 / 150, 0.35)
        #expect(abs(s.ratio[0] - raw / scale) < 1e-9)
        #expect(s.evidence[0] == ["quota", "harbour", "trawler", "net"])
        #expect(s.fired[0])
        // A required term present: fires; an excluded one present: does not.
        #expect(s.fired[1])
        #expect(!s.fired[2])
        #expect(s.ratio[2] > 1)
    }

    /// Topics hit by no term score 0 and name no evidence; a topic whose required term is absent
    /// does not fire however strong its terms.
    @Test func leavesTopicsWithoutHitsAtZero() throws {
        let taxonomy = try Taxonomy.parse(yaml: Self.fishing, file: "fishing.yaml")
        let scorer = TopicScorer(taxonomy: taxonomy, model: nil)
        let tokens = Tokenizer.tokenize("A trawler and a trawler and a trawler")
        let s = scorer.score(stems: Stemmer.stems(tokens, language: nil), titleCount: 0, language: nil)
        #expect(s.ratio[2] == 0 && s.evidence[2].isEmpty && !s.fired[2])
        #expect(s.ratio[1] > 1 && !s.fired[1])
        #expect(s.evidence[0] == ["trawler"])
    }

    static let lexicon = """
        N\tUS\t-\tthe States|America
        N\tTR\t-\tTurkey
        P\tKorean Peninsula\t-\tbán đảo Triều Tiên
        P\tElysee\t-\télysée palace
        """

    /// A word in lower case is looked up among the names written in lower case only: it finds
    /// those ("the States", "bán đảo", "élysée palace"), never a name written capitalised
    /// ("turkey"), except in a query, where case does not count.
    @Test func findsNamesInLowerCaseOnlyWhereTheDataWritesThemSo() {
        let g = Gazetteer(lexicon: Self.lexicon, countryNames: "")
        func names(_ text: String, _ reading: Gazetteer.Reading = .text) -> [String] {
            g.matches(in: Tokenizer.tokenize(text), reading: reading).map { g.entries[$0.entry].canonical }
        }
        #expect(names("She moved to the States last year.") == ["US"])
        #expect(names("They ate turkey at home.") == [])
        #expect(names("They flew to Turkey and America.") == ["TR", "US"])
        #expect(names("turkey", .query) == ["TR"])
        #expect(names("tin tức về bán đảo Triều Tiên hôm nay") == ["Korean Peninsula"])
        #expect(names("a statement from the élysée palace on Monday") == ["Elysee"])
        #expect(names("2024 america") == [])
    }

    /// The stems' keys taken from the tokens where a stem is its word are the keys of the stems
    /// themselves, in English, in a language without a stemmer and in one Snowball stems.
    @Test(arguments: [nil, "en", "vi", "de", "fr"] as [String?])
    func keysStemsAsTheStemsThemselves(_ language: String?) {
        let text = "Parties studied the elections; Mr Smith's counterbalancing internationalisations stopped. "
            + "Die Wahlen und Parteien, les élections législatives, Đà Nẵng, 東京, a-very-long-hyphenated-wording, ING ied s"
        let tokens = Tokenizer.tokenize(text)
        let (stems, keys) = Stemmer.stemsAndKeys(tokens, language: language)
        let plain = WordKeys(stems, key: { $0 })
        #expect(stems == Stemmer.stems(tokens, language: language))
        #expect(keys.keys == plain.keys)
        #expect(keys.long == plain.long)
    }

    /// Four characters told from a word's key as from the word.
    @Test func countsFourCharactersFromTheKeyAsFromTheWord() {
        for word in ["", "a", "abc", "abcd", "abc\r", "\r\nab", "ab\r\ncd", "café", "cafés", "東京大学", "e\u{301}\u{301}\u{301}x", "abcdefghijklmnopq", "ﬁnal"] {
            #expect(Analyzer.hasFourCharacters(word, key: WordKey(word)) == Analyzer.hasFourCharacters(word), "\(word.debugDescription)")
            #expect(Analyzer.hasFourCharacters(word) == (word.count >= 4), "\(word.debugDescription)")
        }
    }
}
