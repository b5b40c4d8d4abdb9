import Testing

@testable import NewsCore

/// FNV hashes and tags read from the keys the tokenizer made, against those of the words' Strings;
/// the analyzer's ordered sets against a Set.
@Suite struct AnalysisKeyHashTests {
    /// Words of 1 to 23 bytes (around the 8- and 15-byte edges of a key's record), ASCII and not.
    static let text: String = {
        var text = "Hello WORLD covid19 G7 McDonald O'Brien l'Allemagne CaféBar naïve MÜNCHEN straße 東京都 서울 Ωmega 2026 a I"
        let letters = Array("AbCdEfGhIjKlMnOpQrStU9")
        for n in 1...letters.count { text += " " + String(letters.prefix(n)) + " é" + String(letters.prefix(n)).lowercased() }
        return text
    }()

    @Test func keyHashesAreTheWordsHashes() {
        let tokens = Tokenizer.tokenize(Self.text)
        #expect(tokens.contains { $0.key.record.isLong } && tokens.contains { !$0.key.record.isLong })
        for t in tokens where !t.key.record.isLong {
            #expect(t.key.record.fnv1a.hash == SimHash.fnv1a(t.text), "token \(t.original)")
        }
        #expect(SimHash.fingerprint(tokens[...]) == SimHash.fingerprint(tokens.map(\.text)))
        #expect(SimHash.fingerprint(tokens[3...]) == SimHash.fingerprint(tokens[3...].map(\.text)))
        // A token whose word is set is hashed by its new word.
        var changed = tokens[0]
        changed.text = "world"
        #expect(SimHash.fingerprint([changed, tokens[1], tokens[2]][...]) == SimHash.fingerprint(["world", tokens[1].text, tokens[2].text]))
    }

    @Test func wordTagsFromKeysAreTheWordsTags() {
        let tokens = Tokenizer.tokenize(Self.text)
        for t in tokens { #expect(Gazetteer.wordTag(t) == Gazetteer.wordTag(t.text), "token \(t.original)") }
        // Non-ASCII words have no tag, ASCII ones a tag that is never 0.
        #expect(tokens.contains { Gazetteer.wordTag($0) == 0 } && tokens.contains { Gazetteer.wordTag($0) != 0 })
        #expect(Gazetteer.wordTag(Tokenizer.tokenize("москва")[0]) == 0)
        #expect(Gazetteer.wordTag(Tokenizer.tokenize("cafe")[0]) != 0)
    }

    /// Insertion order, no repeats, canonical equivalence (é written two ways is one item), on
    /// both sides of the count where the set starts hashing.
    @Test func orderedSetKeepsFirstMentionsOnly() {
        for n in [1, OrderedSet.few - 1, OrderedSet.few, OrderedSet.few + 1, 3 * OrderedSet.few] {
            var set = OrderedSet()
            var expected: [String] = []
            var seen = Set<String>()
            for k in 0..<n {
                for word in ["w\(k)", "w\(k / 2)", k % 5 == 0 ? "caf\u{E9}\(k)" : "caf\u{65}\u{301}\(k / 5 * 5)"] {
                    set.insert(word)
                    if seen.insert(word).inserted { expected.append(word) }
                }
            }
            #expect(set.items == expected, "n = \(n)")
            #expect(set.contains("w0") && set.contains("cafe\u{301}0") && !set.contains("w\(n)"), "n = \(n)")
        }
    }
}
