import Testing

@testable import NewsCore

/// The analysis' fast paths give what the plain code gave: the stemmer over a word's bytes, the
/// fingerprint read from the tokens, the gazetteer's tag of an alias' second word.
@Suite struct AnalysisFastPathTests {
    @Test(arguments: [
        ("elections", "election"), ("stopping", "stop"), ("parties", "party"), ("classes", "class"), ("running", "run"),
        ("agreed", "agreed"), ("studied", "study"), ("planned", "plan"), ("bus", "bus"), ("status", "status"),
        ("crisis", "crisis"), ("Elections", "Elections"), ("cafés", "cafés"), ("covid19", "covid19"), ("", ""),
        ("a-very-long-hyphenated-word-that-is-not-small-ings", "a-very-long-hyphenated-word-that-is-not-small-ings"),
        ("internationalisations", "internationalisation"), ("counterbalancing", "counterbalanc"),
    ])
    func stemsEnglishByBytes(_ word: String, _ stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    @Test func fingerprintsTokensAsTheirWords() {
        let tokens = Tokenizer.tokenize("Japan and the Philippines agreed on Tuesday to hold joint coast guard drills, officials said.")
        #expect(SimHash.fingerprint(tokens[...]) == SimHash.fingerprint(tokens.map(\.text)))
        #expect(SimHash.fingerprint(tokens[3...]) == SimHash.fingerprint(tokens[3...].map(\.text)))
        #expect(SimHash.fingerprint([Token]()[...]) == 0)
    }

    /// ASCII words get a tag that is never 0 (0 says: compare in full); other words get 0.
    @Test func tagsOnlyASCIIWords() {
        let ascii = ["york", "yorkshire", "zealand", "delhi", "orleans", "a", "", "x1"]
        let tags = ascii.map(Gazetteer.wordTag)
        #expect(!tags.contains(0))
        #expect(Set(tags).count == ascii.count, "these words happen to have distinct tags")
        #expect(ascii.map(Gazetteer.wordTag) == tags, "a word's tag does not change")
        for word in ["tomé", "東京", "йорк", "e\u{301}"] { #expect(Gazetteer.wordTag(word) == 0, "word \(word)") }
    }

    /// Names of two words whose first word starts many names ("New", "South") are found, and
    /// their first word alone is not taken for one of the others.
    @Test func findsTwoWordNamesAmongManyWithTheSameFirstWord() {
        let gazetteer = Gazetteer.shared
        let tokens = Tokenizer.tokenize("Officials from New Zealand met envoys of South Africa in New York, then flew to New Delhi.")
        let found = gazetteer.matches(in: tokens).filter { $0.start >= 0 }.map { m in
            tokens[m.start..<m.start + m.count].map(\.original).joined(separator: " ")
        }
        #expect(found == ["New Zealand", "South Africa", "New York", "New Delhi"])
    }

    /// Words of ASCII letters and digits are folded by lower-casing their bytes; a word that goes
    /// on with other letters, or an apostrophe, is folded a scalar at a time from there: either
    /// way a word's folded text is ``TextFolding``'s fold of it as written.
    @Test func foldsASCIIAndMixedWordsAsTextFoldingDoes() {
        let text = "Hello WORLD covid19 G7 McDonald O'Brien l'Allemagne Japan's CaféBar naïve MÜNCHEN ÉU straße Ωmega x2É dell'Italia 2026"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.original) == [
            "Hello", "WORLD", "covid19", "G7", "McDonald", "O'Brien", "l", "Allemagne", "Japan", "CaféBar", "naïve", "MÜNCHEN", "ÉU",
            "straße", "Ωmega", "x2É", "dell", "Italia", "2026",
        ])
        for t in tokens { #expect(t.text == TextFolding.fold(t.original), "token \(t.original)") }
        #expect(Array(tokens.map(\.text).prefix(6)) == ["hello", "world", "covid19", "g7", "mcdonald", "o'brien"])
        #expect(Tokenizer.words(text) == tokens.map(\.text))
        #expect(tokens[1].flags.contains(.allCaps) && tokens[0].isCapitalized && !tokens[2].isCapitalized)
        #expect(tokens[18].flags.contains(.numeric) && !tokens[2].flags.contains(.numeric))
        // A curly apostrophe inside a word is folded to a straight one.
        #expect(Tokenizer.tokenize("O’Neill").map(\.text) == ["o'neill"])
    }

    /// The key the tokenizer makes for a token is its folded word's: ASCII words of every length
    /// around the 8- and 15-byte edges, in any case and with digits, and words folded otherwise
    /// (accents, other scripts, apostrophes, characters of scripts without spaces).
    @Test func keysTokensAsTheirFoldedWords() {
        var text = "Hello WORLD covid19 G7 McDonald O'Brien l'Allemagne CaféBar naïve MÜNCHEN straße 東京都 서울 Ωmega dell'Italia 2026 a I"
        let letters = Array("AbCdEfGhIjKlMnOpQrStU9")
        for n in 1...letters.count { text += " " + String(letters.prefix(n)) + " " + String(letters.prefix(n)).lowercased() }
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.count >= 2 * letters.count + 19)
        for t in tokens { #expect(t.key == WordKey(t.text), "token \(t.original)") }
        // The tables find a token by its key as they find its word.
        let set = WordSet(tokens.map(\.text).filter { $0.utf8.count % 3 != 0 })
        for t in tokens { #expect(set.contains(t) == set.contains(t.text), "token \(t.original)") }
        var table = WordTable<Int>()
        for (i, t) in tokens.enumerated() where i % 2 == 0 { _ = table.findOrInsert(t.text, i) }
        #expect(table.entries(of: tokens) == tokens.map { Int32(table.entry($0.text) ?? -1) })
        // A token whose word is changed is looked up by its new word.
        var changed = tokens[0]
        changed.text = "world"
        #expect(changed.key == WordKey("world") && set.contains(changed) == set.contains("world"))
        #expect(changed != tokens[0] && tokens[0] == Tokenizer.tokenize("Hello")[0])
    }

    /// Whether a token's word has more than one scalar, told by its first scalar's length.
    @Test func tellsWordsOfSeveralScalars() {
        let tokens = Tokenizer.tokenize("A Ab é éa Ωm Ω 東 𝒜 𝒜b ЖЖ 5 55 e\u{301}")
        #expect(tokens.count == 13)
        for t in tokens { #expect(t.hasSeveralScalars == (t.text.unicodeScalars.count > 1), "token \(t.original)") }
        #expect(tokens.filter(\.hasSeveralScalars).count >= 6)
    }
}
