import CNewsData

/// What a person's or a firm's name looks like, from `Resources/name-shapes.tsv` (written by
/// scripts/generate-name-shapes.py from public lists of given names and legal forms).
struct NameShapes: Sendable {
    /// Folded given names (G), and those that are English words as well (W: Mark, Grace).
    let given: WordSet
    let givenWords: WordSet
    /// Folded legal forms of firms (L: GmbH, Ltd, Oyj, ООО).
    let legalForms: [String]
    /// (vi) family names that begin a Vietnamese name (F), and words before one that make it a
    /// street's or a prize's (B).
    let vietnameseFamily: WordSet
    let vietnameseBefore: WordSet
    /// Words that end a thing's name after a given name (X: Cup, Street, United).
    let things: WordSet

    /// The shipped lists, read once on first use.
    static let shared = NameShapes(EmbeddedData.text(newsd_name_shapes_tsv))

    /// - Parameter text: lines `KIND<TAB>WORD|WORD`, the words folded already.
    init(_ text: String) {
        var lists: [Substring: [Substring]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", maxSplits: 1)
            guard f.count == 2 else { continue }
            lists[f[0], default: []] += f[1].split(separator: "|")
        }
        func set(_ kind: Substring) -> WordSet {
            let words = lists[kind] ?? []
            var set = WordSet(minimumCapacity: words.count)
            for w in words { set.insert(String(w)) }
            return set
        }
        given = set("G")
        givenWords = set("W")
        legalForms = (lists["L"] ?? []).map(String.init)
        vietnameseFamily = set("F")
        vietnameseBefore = set("B")
        things = set("X")
    }
}

extension PersonFinder {
    /// Definite articles, after which a given name begins a thing's name ("the Morgan Grenfell
    /// office"); not Spanish "a" before a person, nor Portuguese "o", which stands before people's names.
    static let definiteArticles: WordSet = ["the", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "das"]

    /// True when the run of capitalised words `r` (two or three words, found with nothing around it that
    /// says whose) has a person's shape: a given name first ("Jamal Musiala"; a given name that is
    /// also an English word only inside a sentence: "... and Mark Tully", not "Mark Tully" first),
    /// not after an article ("the Morgan Grenfell"), not ending in a thing's word ("Stanley Cup",
    /// "Grace Church"), none of it in capitals (a wire headline); in Vietnamese, a common family
    /// name first ("Nguyễn Thị Hoa"), not after a street's or a prize's word ("đường Lê Lợi").
    static func hasPersonShape(_ tokens: [Token], _ r: Range<Int>, language: String) -> Bool {
        // Two or three words, each capitalised ("Jean-Pierre Jeunet" is two; not "Oscar-winning",
        // not a title run on: "Shane Meadows Dead Man").
        let words = r.count(where: { !tokens[$0].flags.contains(.hyphenated) })
        guard (2...3).contains(words), r.allSatisfy({ tokens[$0].isCapitalized }) else { return false }
        let first = tokens[r.lowerBound]
        let shapes = NameShapes.shared
        if r.lowerBound > 0, !first.flags.contains(.sentenceStart), definiteArticles.contains(tokens[r.lowerBound - 1]) { return false }
        if r.contains(where: { tokens[$0].flags.contains(.allCaps) }) { return false }
        if shapes.things.contains(tokens[r.upperBound - 1]) { return false }
        switch language {
        case "vi":
            guard r.count >= 2, shapes.vietnameseFamily.contains(first) else { return false }
            return r.lowerBound == 0 || !shapes.vietnameseBefore.contains(tokens[r.lowerBound - 1])
        case "ja", "zh", "ko", "ar":
            return false
        default:
            return shapes.given.contains(first)
                || shapes.givenWords.contains(first) && first.flags.isDisjoint(with: [.sentenceStart, .lineStart])
        }
    }
}
