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
    /// Words in lower case before a given name that make it a ship's, a work's or a band's (P: liner, film, band).
    let thingsBefore: WordSet
    /// (zh) family names of one character (C), and verbs of speech after a name (V), as characters,
    /// longest first.
    let chineseFamily: WordSet
    let chineseSpeech: [[String]]
    /// (ko) family names in Hangul (K: 김, 이, 남궁).
    let koreanFamily: Set<String>
    /// (ja) family names in kanji (N: 佐藤, 林, 佐々木).
    let japaneseFamily: Set<String>

    /// The shipped lists, read once on first use.
    static let shared = NameShapes(EmbeddedData.text(newsd_name_shapes_tsv))

    /// - Parameter text: lines `KIND<TAB>WORD|WORD`, the words folded already.
    init(_ text: String) {
        let lists = Self.kindLists(text)
        func set(_ kind: Substring) -> WordSet { Self.wordSet(lists[kind] ?? []) }
        given = set("G")
        givenWords = set("W")
        legalForms = (lists["L"] ?? []).map(String.init)
        vietnameseFamily = set("F")
        vietnameseBefore = set("B")
        things = set("X")
        thingsBefore = set("P")
        chineseFamily = set("C")
        chineseSpeech = (lists["V"] ?? []).map { $0.map(String.init) }.sorted { $0.count > $1.count }
        koreanFamily = Set((lists["K"] ?? []).map(String.init))
        japaneseFamily = Set((lists["N"] ?? []).map(String.init))
    }
}

extension PersonFinder {
    /// Definite articles, after which a given name begins a thing's name ("the Morgan Grenfell
    /// office"); not Spanish "a" before a person, nor Portuguese "o", which stands before people's names.
    static let definiteArticles: WordSet = ["the", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "das"]

    /// True when the run of capitalised words `r` (two or three words, or four that begin with two given names, found with nothing around it that
    /// says whose) has a person's shape: a given name first ("Jamal Musiala"; a given name that is
    /// also an English word only inside a sentence: "... and Mark Tully", not "Mark Tully" first),
    /// not after an article ("the Morgan Grenfell"), not ending in a thing's word ("Stanley Cup",
    /// "Grace Church"), none of it in capitals (a wire headline); in Vietnamese, a common family
    /// name first ("Nguyễn Thị Hoa"), not after a street's or a prize's word ("đường Lê Lợi").
    static func hasPersonShape(_ tokens: [Token], _ r: Range<Int>, context: NameContext.Words) -> Bool {
        let language = context.language
        // Two or three words, each capitalised ("Jean-Pierre Jeunet" is two; not "Oscar-winning",
        // not a title run on: "Shane Meadows Dead Man").
        // (Particles in lower case inside count for no word: "Jens-Peter van den Bergh", "Jaime de los Santos".)
        func particle(_ k: Int) -> Bool {
            k > r.lowerBound && k < r.upperBound - 1 && !tokens[k].isCapitalized
                && (particles.contains(tokens[k]) || NameContext.shared.particleArticles.contains(tokens[k]))
        }
        let words = r.count(where: { !tokens[$0].flags.contains(.hyphenated) && !particle($0) })
        guard (2...4).contains(words), r.allSatisfy({ tokens[$0].isCapitalized || particle($0) }) else { return false }
        let first = tokens[r.lowerBound]
        let shapes = NameShapes.shared
        // Four words: two given names, then two family names, as Spanish and Portuguese names run ("Jairo Alberto
        // Yáñez Rodríguez", "João Pedro Ferreira dos Santos"); the second word a given name as well.
        if words == 4 {
            let second = tokens[r.lowerBound + 1]
            guard language != "vi", !second.flags.contains(.hyphenated),
                shapes.given.contains(second) || shapes.givenWords.contains(second)
            else { return false }
        }
        if r.lowerBound > 0, !first.flags.contains(.sentenceStart), definiteArticles.contains(tokens[r.lowerBound - 1]) { return false }
        if r.contains(where: { tokens[$0].flags.contains(.allCaps) }) { return false }
        // "the German liner Wilhelm Gustloff", "the film Vera Drake", "the band Franz Ferdinand".
        if followsAThingsWord(tokens, r.lowerBound, context: context) { return false }
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

    /// True when the name at `start` follows a word in lower case for a ship, a work, a band, a street
    /// or a firm ("the liner Wilhelm Gustloff", "the retailer John Lewis"), unless that word ends a
    /// rank ("el capitán de navío Andrés Soto").
    static func followsAThingsWord(_ tokens: [Token], _ start: Int, context: NameContext.Words) -> Bool {
        // (Right after it: "the IG Metall union, Franz Steinkuehler," is the union's chairman.)
        guard start > 0, tokens[start].flags.isDisjoint(with: .boundary), !tokens[start - 1].isCapitalized
        else { return false }
        let before = tokens[start - 1]
        guard NameShapes.shared.thingsBefore.contains(before) || context.firmWords.contains(before) else { return false }
        return !(max(0, start - 4)..<start - 1).contains { titles.contains(tokens[$0]) || context.isTitle(tokens, $0) }
    }

    /// True when a person's name the gazetteer matched at `r` names a street, a school or a ship
    /// here: written with hyphens throughout ("l'avenue Charles-de-Gaulle", "rue Jean-Jaurès" is one
    /// word and never matched), or after a word in lower case for such a thing ("el buque Juan
    /// Sebastián de Elcano", "the liner Wilhelm Gustloff").
    static func namesAThing(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.upperBound <= tokens.count else { return false }
        if r.count >= 2, r.dropFirst().allSatisfy({ tokens[$0].flags.contains(.hyphenated) }) { return true }
        let first = tokens[r.lowerBound]
        return r.lowerBound > 0 && first.flags.isDisjoint(with: [.sentenceStart, .lineStart]) && !tokens[r.lowerBound - 1].isCapitalized
            && NameShapes.shared.thingsBefore.contains(tokens[r.lowerBound - 1])
    }

    /// Characters that end a body's or a place's name, not a person's (林业局, 江苏省, 文化部).
    static let chineseBodyEnds: Set<String> = [
        "局", "部", "厅", "院", "会", "司", "行", "所", "委", "处", "组", "队", "办", "厂", "社", "台", "馆", "校", "团", "署", "军",
        "省", "市", "县", "区", "州", "国", "党", "方", "界", "业", "村", "镇",
    ]

    /// (zh) Three characters, the first a common family name, written alone (after punctuation, a
    /// space or another script) and right before a verb of speech: "，王建国表示", "李秀英说".
    /// (Two characters are as often a word: 高层表示, 方面表示.)
    static func chineseByFamilyName(_ tokens: [Token], _ taken: [Bool], context: NameContext.Words) -> [String] {
        let shapes = NameShapes.shared
        var out: [String] = []
        var i = 0
        while i + 3 < tokens.count {
            let t = tokens[i]
            guard isHan(t), !taken[i], shapes.chineseFamily.contains(t.text),
                i == 0 || !t.flags.isDisjoint(with: .boundary) || !glued(tokens, i - 1)
                    || !isHan(tokens[i - 1]) || taken[i - 1]
            else {
                i += 1
                continue
            }
            let name = i..<i + 3
            if name.dropFirst().allSatisfy({ isHan(tokens[$0]) && !taken[$0] && glued(tokens, $0 - 1) && !chineseStops.contains(tokens[$0].text) }),
                !chineseBodyEnds.contains(tokens[i + 2].text), glued(tokens, i + 2),
                title(shapes.chineseSpeech, tokens, at: i + 3) != nil,
                // (A family name and a title stand for a full name said before: 刘部长说.)
                title(context.before, tokens, at: i + 1) == nil
            {
                out.append(tokens[name].map(\.original).joined())
                i += 3
                continue
            }
            i += 1
        }
        return out
    }
}

extension NameShapes {
    /// The lists of a file of lines `KIND<TAB>WORD|WORD` by kind (a kind's lines joined), comment lines left out.
    ///
    /// (Split on the bytes, ``StringProtocol/byteSplit(_:omittingEmptySubsequences:)``: by Character, over 280 KB of
    /// names, it cost about 250 million instructions, the first article's analysis in every process.)
    static func kindLists(_ text: String) -> [Substring: [Substring]] {
        var lists: [Substring: [Substring]] = [:]
        for line in text.byteSplit(0x0A) where !line.hasPrefix("#") {
            guard let tab = line.utf8.firstIndex(of: 0x09) else { continue }
            let kind = line[..<tab], words = line[line.utf8.index(after: tab)...]
            guard !kind.isEmpty, !words.isEmpty else { continue }
            lists[kind, default: []] += words.byteSplit(0x7C)
        }
        return lists
    }

    /// A set of `words`.
    static func wordSet(_ words: [Substring]) -> WordSet {
        var set = WordSet(minimumCapacity: words.count)
        for w in words { set.insert(String(w)) }
        return set
    }
}
