/// "&" inside a firm's name ("AT&T", "Rothschild & Co", "Brandt & Partner") and a possessive's "'s" ("the King's
/// Fund"): the tokenizer drops the signs, as it does every sign between words; the names written from the tokens put
/// them back.
extension OrganizationFinder {
    /// The signs between the words of a name that the tokens lost, each as the index of the token that it stands right before.
    struct NameJoiners: Sendable, Equatable {
        /// Before which an "&" stands (``OrganizationFinder/ampersands(in:tokens:range:)``).
        var ampersands: [Int] = []
        /// Before which a possessive's "'s" stands (``OrganizationFinder/possessives(in:tokens:range:)``).
        var possessives: [Int] = []

        static let none = NameJoiners()

        /// Whether a possessive's "'s" stands right before token `k`.
        func possessive(before k: Int) -> Bool { possessives.contains(k) }

        /// What a name writes before its token `k`: the "&" that the text has there, the possessive's "'s", else `separator`.
        func separator(before k: Int, _ tokens: [Token], otherwise separator: String) -> String {
            if possessives.contains(k) { return "'s " }
            guard ampersands.contains(k) else { return separator }
            return tokens[k].offset == tokens[k - 1].offset + tokens[k - 1].original.scalarCount + 1 ? "&" : " & "
        }
    }

    /// The indices of the tokens of `range` (those of `text`) that an "&" stands right before, glued to
    /// both words or with one space on each side.
    static func ampersands(in text: String, tokens: [Token], range: Range<Int>) -> [Int] {
        // (By memchr: the generic byte loop cost ~65,000 instructions an article, 2% of the analysis.)
        guard text.utf8.withContiguousStorageIfAvailable({ ContentSearch.contains(0x26, in: $0) }) ?? text.utf8.contains(0x26) else { return [] }
        var signs: [Int] = []
        var offset = 0
        for s in text.unicodeScalars {
            if s == "&" { signs.append(offset) }
            offset += 1
        }
        var out: [Int] = []
        var k = range.lowerBound + 1
        for p in signs {
            while k < range.upperBound, tokens[k].offset <= p { k += 1 }
            guard k < range.upperBound else { break }
            let before = tokens[k - 1]
            let beforeEnd = before.offset + before.original.scalarCount
            if beforeEnd == p && tokens[k].offset == p + 1 || beforeEnd == p - 1 && tokens[k].offset == p + 2 { out.append(k) }
        }
        return out
    }

    /// A possessive's "'s" that the tokenizer dropped between two capitalised words of one phrase, for two readers, each the
    /// index of the token after it: `bodies`, where a name may hold it ("the Harney County Sheriff's Office", "the King's
    /// Fund"), before a head within five words, for ``NameJoiners/possessives``; `places`, after an English word in ASCII
    /// that is no given name and before a capitalised word that is none either ("Kerala's Vizhinjam port", not "Mary's" nor
    /// "Leicester's Harry Ellis"), for the gazetteer: a place's name ends there. The text is read once, only where two such
    /// words stand three scalars apart ("Blohm + Voss" is as far) and one of the readers would take them, up to the last.
    static func possessives(in text: String, tokens: [Token], range: Range<Int>) -> (bodies: [Int], places: [Int]) {
        guard range.count > 1 else { return ([], []) }
        // (Per candidate: whether each reader takes it.)
        var candidates: [(k: Int, body: Bool, place: Bool)] = []
        // (Flags first: a word's length in scalars is counted only between two capitalised words.)
        for k in range.lowerBound + 1..<range.upperBound where tokens[k - 1].isCapitalized && tokens[k].isCapitalized
            && tokens[k].flags.isDisjoint(with: .boundary)
            && tokens[k].offset == tokens[k - 1].offset + tokens[k - 1].original.scalarCount + 3
        {
            // (Bodies: only before a head, as a name that holds one has; most possessives are a person's or a place's,
            // "Britain's Prime Minister", and the text is not read for them.)
            let body = (k..<min(k + 5, range.upperBound)).contains(where: { headsEverywhere.contains(tokens[$0]) })
            let place = tokens[k - 1].original.isAllASCII && !Gazetteer.givenName(tokens[k - 1]) && !Gazetteer.givenName(tokens[k])
            if body || place { candidates.append((k, body, place)) }
        }
        guard !candidates.isEmpty else { return ([], []) }
        var bodies: [Int] = [], places: [Int] = []
        var scalars = text.unicodeScalars.makeIterator()
        var offset = 0
        for c in candidates {
            let apostrophe = tokens[c.k - 1].offset + tokens[c.k - 1].original.scalarCount
            while offset < apostrophe, scalars.next() != nil { offset += 1 }
            guard offset == apostrophe, let s = scalars.next() else { break }
            offset += 1
            guard s == "'" || s == "\u{2019}" else { continue }
            if c.body { bodies.append(c.k) }
            if c.place { places.append(c.k) }
        }
        return (bodies, places)
    }
}
