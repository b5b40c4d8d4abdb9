/// Organisations named after a word that says what kind of body they are, where that word is written
/// as no firm word of ``NameContext`` is: a German compound in capitals ("der Autobauer Vellmar", "der
/// Konkurrent Ostwerk Energie"), an English apposition ("Thornbury Cables, a Bristol-based maker of
/// wiring", "Cardiff-based Penhallow Wire"), a Japanese name in katakana before 社 (アークセル社) or after 大手
/// (通販大手のメルカド).
extension OrganizationFinder {
    /// Endings of German compounds for a kind of firm, club or body that stand before its name, folded
    /// (name-context.tsv, KE).
    static let germanKindEndings = NameContext.shared.words(for: "de").kindEndings
    /// The polite pronouns, capitalised ("einige Versicherer Ihre eigenen Projekte").
    static let germanPronouns: WordSet = ["ihre", "ihr", "ihren", "ihrem", "ihrer", "ihres", "sie", "ihnen"]
    /// Endings of German nouns that are no firm's name ("der Konzern Stellenstreichungen an").
    static let germanNounEndings = ["ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "tat", "ismus", "nis", "nisse", "ment", "mente"]

    /// A German compound of ``germanKindEndings`` (or one of them alone), not at a sentence's start, then
    /// one to three capitalised words that no name holds, the first no given name ("der Konkurrent Max
    /// Verstappen" is a driver) and no common noun.
    static func germanAfterKindWord(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 1 < tokens.count {
            let t = tokens[i]
            // (Not the first part of a compound: "Der Konzern-Personalvorstand Henrik Albersmeyer".)
            guard t.isCapitalized, !t.flags.contains(.allCaps), !taken[i], tokens[i + 1].isCapitalized, !taken[i + 1],
                tokens[i + 1].flags.isDisjoint(with: .boundary.union([.hyphenated, .ideographic])),
                germanKindEndings.contains(where: { t.text.hasSuffix($0) })
            else {
                i += 1
                continue
            }
            let first = tokens[i + 1]
            if isGivenName(first) || Gazetteer.stopwords.contains(first) || germanPronouns.contains(first) || PersonFinder.titles.contains(first)
                || germanNounEndings.contains(where: { first.text.hasSuffix($0) }) || first.flags.contains(.numeric)
            {
                i += 1
                continue
            }
            // (A rival may be a person: "der Konkurrent Verstappen"; a firm's name of two words or more.)
            let rival = ["konkurrent", "konkurrenten", "rivale", "rivalen"].contains { t.text.hasSuffix($0) }
            var end = i + 2
            while end < tokens.count, end - i <= 3, tokens[end].isCapitalized, !taken[end], tokens[end].flags.isDisjoint(with: .boundary),
                !tokens[end].flags.contains(.ideographic), !Gazetteer.stopwords.contains(tokens[end]), !isGivenName(tokens[end]),
                !germanNounEndings.contains(where: { tokens[end].text.hasSuffix($0) }) || legalForms.contains(tokens[end])
            {
                end += 1
            }
            let r = withoutAbbreviation(tokens, i + 1..<end)
            // ("der Fußballklub FC St. Pauli": not "FC" alone.)
            if !rival || r.count > 1, !r.isEmpty, r.count > 1 || tokens[r.lowerBound].text.utf8.count > 2 { out.append(r) }
            i = end
        }
        return out
    }

    /// (de) Compounds for a kind of body that, before a name of its own, describe it rather than begin it, folded, besides
    /// ``germanKindEndings`` (Baukonzern): "die estnische Verkehrsbehörde Transpordiamet", "die Reederei Hansekogge", "die
    /// Beteiligungsgesellschaft Taurus Capital".
    static let germanDescriptorEndings = ["behorde", "reederei", "werft", "spedition", "beteiligungsgesellschaft"]

    /// (de) Where the name begins after a descriptive compound at `first` (``germanKindEndings``, ``germanDescriptorEndings``),
    /// or nil: the words after it are one to three capitalised ones that no place, head, given name, German adjective or
    /// German noun's ending makes part of a body's own name ("Umweltbehörde Hamburg", "Staatliches Bauamt Regensburg",
    /// "Bundesverband Deutscher Banken" stay whole). The compound alone is no name ("die Behörde").
    static func afterGermanDescriptor(_ tokens: [Token], _ taken: [Bool], from first: Int, to end: Int) -> Int? {
        guard end - first >= 2, end - first <= 4, end <= tokens.count else { return nil }
        let t = tokens[first]
        guard t.isCapitalized, !t.flags.contains(.allCaps), !taken[first],
            germanKindEndings.contains(where: { t.text.hasSuffix($0) })
                || germanDescriptorEndings.contains(where: { t.text.hasSuffix($0) && t.text.utf8.count > $0.utf8.count + 2 || t.text == $0 })
        else { return nil }
        for k in first + 1..<end {
            let w = tokens[k]
            guard !taken[k], w.isCapitalized, !isGivenName(w), !headsEverywhere.contains(w), !isGermanHead(w), !isGermanNameAdjective(w),
                !germanNounEndings.contains(where: { w.text.hasSuffix($0) }), !Gazetteer.stopwords.contains(w)
            else { return nil }
        }
        return first + 1
    }

    /// A given name, one that is an English word too among them (Mark, Grace).
    static func isGivenName(_ t: Token) -> Bool {
        NameShapes.shared.given.contains(t) || NameShapes.shared.givenWords.contains(t)
    }

    /// `r` without its last word when that is one of one or two letters cut by a full stop, which is an
    /// abbreviation's ("FC St. Pauli", "TP.HCM"): mixed case ("St", "Dr") or glued to the next word.
    static func withoutAbbreviation(_ tokens: [Token], _ r: Range<Int>) -> Range<Int> {
        guard r.count > 1, r.upperBound < tokens.count, tokens[r.upperBound].flags.contains(.sentenceStart) else { return r }
        let last = tokens[r.upperBound - 1]
        guard last.isCapitalized, last.text.scalarCount <= 2,
            !last.flags.contains(.allCaps) || tokens[r.upperBound].offset == last.offset + last.original.scalarCount + 1
        else { return r }
        return r.lowerBound..<r.upperBound - 1
    }

    /// True when a line break alone, no full stop or comma, stands before token `k` (which is not the first), and
    /// the word before it is capitalised or joins a name: a name may run on across it ("F and M\nImporting").
    static func brokenLine(_ tokens: [Token], before k: Int) -> Bool {
        let previous = tokens[k - 1]
        return tokens[k].flags.contains(.lineStart) && tokens[k].offset == previous.offset + previous.original.scalarCount + 1
            && (previous.isCapitalized || connectorsEverywhere.contains(previous))
    }

    /// Words that open a sentence before a comma ("Recently, a group of members ..."; -ly words are left out too).
    static let sentenceAdverbs: WordSet = [
        "however", "meanwhile", "today", "yesterday", "also", "instead", "separately", "now", "then", "still", "later",
        "earlier", "overall", "elsewhere", "thus", "indeed", "moreover", "nevertheless", "besides", "again",
    ]

    /// Numbers written as words, which begin no firm's name in an apposition ("Five, a unit of ...").
    static let numberWords: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

    /// English nouns for a firm after "a" in an apposition ("Kestrel, an Omaha-based low-cost carrier").
    static let appositionNouns: WordSet = [
        "maker", "producer", "manufacturer", "supplier", "provider", "carrier", "brewer", "exporter", "importer", "distributor",
        "retailer", "lender", "insurer", "firm", "company", "group", "bank", "chain", "airline", "conglomerate", "startup",
        "consultancy", "broadcaster", "carmaker", "chipmaker", "drugmaker", "automaker", "unit", "subsidiary", "miner",
        // (branch orgs22: "Aslef, the train drivers' union", "Chega, the far-right party", "Cbus, a retirement fund".)
        "union", "party", "regulator", "watchdog", "charity", "operator", "fund", "newspaper",
    ]

    /// Nouns after "the" that a country's apposition takes as often as a firm's ("Zaire, the world's leading cobalt
    /// producer").
    static let countryAppositionNouns: WordSet = ["producer", "exporter", "importer", "supplier", "provider"]

    /// English: a name of one to four capitalised words, a comma, "a", "an" or "the", up to three words in lower
    /// case or ending in "-based", and a noun for a firm ("Thornbury Cables, a Bristol-based maker of wiring");
    /// and one to three capitalised words after "X-based" ("Cardiff-based Penhallow Wire").
    static func englishAppositions(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // ("the" too: "Fortescue, the third-largest miner in the Pilbara".)
        for a in tokens.indices where a >= 1 && tokens[a].flags.contains(.afterPunctuation)
            && (indefiniteArticles.contains(tokens[a]) || tokens[a].text == "the")
        {
            // The noun within five words after the article, none a function word ("a spokesman for the company"),
            // the last of its phrase ("a bank manager" is a person).
            var k = a + 1
            while k < tokens.count, k - a <= 5, tokens[k].flags.isDisjoint(with: .boundary), !appositionNouns.contains(tokens[k]),
                !Gazetteer.stopwords.contains(tokens[k]),
                !tokens[k].isCapitalized || tokens[k].flags.contains(.hyphenated) || k + 1 < tokens.count && tokens[k + 1].text == "based"
            {
                k += 1
            }
            // ("the": not a sentence's first word, "... (AIDS). The company said"; a word at least between them and the noun
            // in lower case, "X, the world's largest miner", not "X, the company said", "X, the Bank said".)
            if tokens[a].text == "the", tokens[a].flags.contains(.sentenceStart) || k == a + 1 || k < tokens.count
                && (tokens[k].isCapitalized || countryAppositionNouns.contains(tokens[k]))
            {
                continue
            }
            guard k < tokens.count, k - a <= 5, appositionNouns.contains(tokens[k]), tokens[k].flags.isDisjoint(with: .boundary),
                k + 1 == tokens.count || !tokens[k + 1].flags.isDisjoint(with: .boundary) || Gazetteer.stopwords.contains(tokens[k + 1])
                    || connectorsEverywhere.contains(tokens[k + 1])
            else { continue }
            let start = appositionNameStart(before: a, tokens, taken)
            // (The run must begin where a phrase does: not the end of "... sold to Mr Hale, a lender", nor of a name that a
            // line break cut, "F and M\nImporting, a distributor".)
            // (And no person's: a given name first, "Tom Hale, a carrier of the virus".)
            guard start < a, start == 0 || !tokens[start].flags.isDisjoint(with: .boundary) || !tokens[start - 1].isCapitalized,
                start == 0 || !brokenLine(tokens, before: start),
                !numberWords.contains(tokens[start]), !sentenceAdverbs.contains(tokens[start]),
                a - start > 1 || !tokens[start].text.hasSuffix("ly"),
                !Gazetteer.stopwords.contains(tokens[start]), !isGivenName(tokens[start]),
                // (A name with a head is the finder of names by their shape's: "the Trilateral Commission, a group".)
                !(start..<a).contains(where: { headsEverywhere.contains(tokens[$0]) })
            else { continue }
            // ("DIM S.A., a hosiery manufacturer": not the letters of the legal form; "Kindness N.V., a firm": nor one of them alone.)
            let end = withoutLetters(tokens, from: start, to: a)
            if end - start > 1 || tokens[start].text.utf8.count > 1 { out.append(start..<end) }
        }
        // (In lower case: "LAND-BASED MISSILES" in a headline in capitals is no firm's.)
        for b in tokens.indices where b >= 1 && tokens[b].flags.contains(.hyphenated) && !tokens[b].isCapitalized && tokens[b].text == "based"
            && tokens[b - 1].isCapitalized
        {
            let start = b + 1
            var end = start
            // (Not capitals that name no body: "Expenditure-based GDP rose".)
            while end < tokens.count, end - start < 3, tokens[end].isCapitalized, !taken[end], tokens[end].flags.isDisjoint(with: .boundary),
                !tokens[end].flags.contains(.ideographic), !Gazetteer.stopwords.contains(tokens[end]), !PersonFinder.titles.contains(tokens[end]),
                !(tokens[end].flags.contains(.allCaps) && notAcronyms.contains(tokens[end]))
            {
                end += 1
            }
            // (Not a country's letters: "Moscow-based US lawyer"; not a person's, "London-based Levy's novel"; a name
            // with a head is left to the finder of names by their shape, which reads it to its end: "US Court of Appeals".)
            // (Nor a name that goes on after a line break: "Taiwan-based Very\nCompetitive Computer Products".)
            // (Nor one that goes on over "and": "Houston-based Simmons and Co", "Hamburg-based Vereins- und Westbank AG".)
            let cut = end < tokens.count && tokens[end].isCapitalized && brokenLine(tokens, before: end)
                || end + 1 < tokens.count && connectorsEverywhere.contains(tokens[end]) && tokens[end + 1].isCapitalized
                && tokens[end + 1].flags.isDisjoint(with: .boundary)
            end = withoutLetters(tokens, from: start, to: end)
            if end > start, !cut, !isGivenName(tokens[start]) || end - start == 1, end - start > 1 || tokens[start].text.utf8.count > 2,
                !PersonFinder.isPossessive(tokens, end - 1), !(start..<end).contains(where: { headsEverywhere.contains(tokens[$0]) })
            {
                out.append(start..<end)
            }
        }
        return out
    }

    /// Japanese: katakana glued before 社 ("company"; not 社長, a title) is a firm's name (アークセル社).
    static func katakanaFirms(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for s in tokens.indices where s >= 2 && tokens[s].text == "社" && PersonFinder.glued(tokens, s - 1)
            && PersonFinder.isKatakana(tokens[s - 1])
        {
            if s + 1 < tokens.count, tokens[s + 1].text == "長", PersonFinder.glued(tokens, s) { continue }
            var start = s - 1
            while start > 0, PersonFinder.glued(tokens, start - 1), PersonFinder.isKatakana(tokens[start - 1]) { start -= 1 }
            if s - start >= 2, (start..<s).contains(where: { !taken[$0] }) { out.append(start..<s) }
        }
        return out
    }

    /// Katakana words for a kind of firm or shop, which follow 大手 as a firm's name does (大手のスーパー).
    static let japaneseKindsInKatakana: Set<String> = [
        "スーパー", "メーカー", "チェーン", "コンビニ", "ホテル", "ゼネコン", "グループ", "ファンド", "アパレル", "ブランド",
        "メディア", "ネット", "テレビ", "デパート", "ドラッグストア", "エネルギー", "ゲーム", "アニメ", "ソフト", "プラットフォーム",
    ]

    /// Japanese: katakana glued after 大手 ("a major firm of ..."), の between them at most, is a firm's name
    /// (自動車部品大手のデンソー, ネット通販大手のメルカド); not a word for a kind of firm (大手のスーパー).
    static func afterMajor(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices where i + 3 < tokens.count && tokens[i].original == "大" && tokens[i + 1].original == "手" {
            guard PersonFinder.glued(tokens, i) else { continue }
            var start = i + 2
            if tokens[start].original == "の", PersonFinder.glued(tokens, start - 1) { start += 1 }
            guard start < tokens.count, PersonFinder.glued(tokens, start - 1), PersonFinder.isKatakana(tokens[start]), !taken[start] else { continue }
            var end = start + 1
            while end < tokens.count, PersonFinder.isKatakana(tokens[end]), PersonFinder.glued(tokens, end - 1) { end += 1 }
            let word = tokens[start..<end].map(\.original).joined()
            if end - start >= 2, !japaneseKindsInKatakana.contains(word) { out.append(start..<end) }
        }
        return out
    }

    /// Where the capitalised words before an apposition's comma at `a` begin: at most four, none taken, ideographic or a
    /// title, and none before a sentence's or a clause's start ("Harwood Plastics, a maker of", "Navilis, un armateur").
    static func appositionNameStart(before a: Int, _ tokens: [Token], _ taken: [Bool]) -> Int {
        var start = a
        while start > 0, a - start < 4, tokens[start - 1].isCapitalized, !taken[start - 1], !tokens[start - 1].flags.contains(.ideographic),
            !PersonFinder.titles.contains(tokens[start - 1])
        {
            start -= 1
            if !tokens[start].flags.isDisjoint(with: .boundary) { break }
        }
        return start
    }
}
