/// Organisations that the article itself marks as such, whatever their names: a long name
/// followed by its acronym in parentheses ("the Korea Development Institute (KDI)",
/// "Министерство иностранных дел (МИД)"), a name after a spokesperson's phrase ("a spokeswoman
/// for Leonardo", "un portavoce della Fiom") and a name before a word for a firm's site or stock
/// ("a ShopRite store", "Tesla shares", "das VW-Werk"); Resources/name-context.tsv, P and F.
extension OrganizationFinder {
    /// A long name and the acronym that the article defines for it right after, in parentheses.
    struct Definition {
        /// The long name's tokens.
        var name: Range<Int>
        /// The acronym's token.
        var acronym: Int
    }

    /// Acronyms in parentheses whose letters are the initials of the words right before them,
    /// words that join a name's parts left out ("Confederazione Generale Italiana del Lavoro (CGIL)").
    /// The acronym may be written as a word, as the French and Italian press write theirs ("Istituto nazionale
    /// di geofisica e vulcanologia (Ingv)", "Centre national d'études spatiales (Cnes)"), of three letters or
    /// more; the name may hold a comma ("Construction, Forestry and Maritime Employees Union (CFMEU)").
    ///
    /// With `sentenceCase` (the Romance languages, which write a body's name with its first word alone capitalised: "la
    /// Ligue des droits humains (LDH)", "le Mouvement réformateur (MR)"), a name of two words or more whose first word does
    /// not begin a sentence needs no head word.
    static func definitions(in tokens: [Token], taken: [Bool], starts: [[String]], sentenceCase: Bool = false) -> [Definition] {
        var out: [Definition] = []
        for a in tokens.indices where a >= 2 && (tokens[a].flags.contains(.allCaps) || wordAcronym(tokens[a])) {
            let t = tokens[a]
            let letters = Array(t.text.unicodeScalars)
            // " (" between the name and the acronym: one space and one character, no comma or dash.
            let previous = tokens[a - 1]
            guard letters.count >= 2, letters.count <= 8, !t.flags.contains(.numeric), !t.flags.contains(.ideographic),
                t.flags.contains(.afterPunctuation), t.flags.isDisjoint(with: [.sentenceStart, .lineStart]),
                t.offset == previous.offset + previous.original.scalarCount + 2
            else { continue }
            // And ")" after it: punctuation before the next word.
            if a + 1 < tokens.count {
                let after = tokens[a + 1]
                guard after.flags.contains(.afterPunctuation), after.offset >= t.offset + letters.count + 1 else { continue }
            }
            var j = letters.count - 1
            var k = a - 1
            var first = a
            while k >= 0, a - k <= 16 {
                // (Never across a sentence or a line; across a comma only with its space, "Construction, Forestry".)
                if k < a - 1, !tokens[k + 1].flags.isDisjoint(with: .boundary) {
                    let next = tokens[k + 1]
                    guard next.flags.isDisjoint(with: [.sentenceStart, .lineStart]), next.isCapitalized,
                        PlaceFinder.gap(tokens[k], next) == 2
                    else { break }
                }
                let w = tokens[k]
                if w.flags.contains(.numeric) || w.flags.contains(.ideographic) { break }
                if w.text.unicodeScalars.first == letters[j] {
                    j -= 1
                    first = k
                    if j < 0 { break }
                } else if w.flags.contains(.hyphenated)
                    || !w.isCapitalized && (connectorsEverywhere.contains(w) || Gazetteer.stopwords.contains(w))
                    || w.original.utf8.count == 1 && elidingLetters.contains(w) && k + 1 < a && PlaceFinder.gap(w, tokens[k + 1]) == 1
                    || sentenceCase && !w.isCapitalized && w.text.utf8.count <= 4 && k + 1 < a
                {
                    // (Romance: a short word in lower case, a preposition that no list holds: "Coordinadora Campesina por la
                    // Vida (CCV)", "Comité pour la liberté (CL)".)
                    // "Co-operation", "of", "del", the "d'" of "d'études": no letter of their own.
                } else {
                    break
                }
                k -= 1
            }
            // (An acronym of the name's syllables: "Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred)",
            // "Servicio Nacional de Geología y Minería (Sernageomin)".)
            if j >= 0, letters.count >= 4, let s = syllabicStart(tokens, acronym: a) {
                first = s
                j = -1
            }
            // With a head word, or a language's first word of a body (Министерство): without one, the
            // acronym is as often a term's ("Digital Rights Management (DRM)", "Essential Tremor (ET)").
            // ("Consumer Electronics Show (CES)" is an event's name.)
            guard j < 0, tokens[first].isCapitalized, (first..<a).contains(where: { !taken[$0] }), !eventWords.contains(tokens[a - 1]),
                (first..<a).contains(where: { headsEverywhere.contains(tokens[$0]) })
                    || starts.contains(where: { $0.count == 1 && $0[0] == tokens[first].text })
                    || sentenceCase && a - first >= 2 && tokens[first].flags.isDisjoint(with: [.sentenceStart, .lineStart])
            else { continue }
            out.append(Definition(name: first..<a, acronym: a))
        }
        return out
    }

    /// Where a name begins whose words' first letters, one or more of each, spell the acronym in parentheses at `acronym`
    /// in order ("Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred)": se-na-pre-d; "Servicio Nacional de
    /// Geología y Minería (Sernageomin)": ser-na-geo-min), or nil. The name is one sentence's words before the parenthesis,
    /// its first word capitalised and spelling the acronym's first letters, words that join names and up to two others
    /// spelling none (Respuesta), and at least one word that spells two letters or more.
    static func syllabicStart(_ tokens: [Token], acronym a: Int) -> Int? {
        let letters = Array(tokens[a].text.unicodeScalars)
        var k = a - 1
        var candidates: [Int] = []
        while k >= 0, a - k <= 12 {
            let w = tokens[k]
            if w.flags.contains(.numeric) || w.flags.contains(.ideographic) { break }
            if w.isCapitalized { candidates.append(k) }
            if !tokens[k].flags.isDisjoint(with: .boundary) { break }
            k -= 1
        }
        for s in candidates.reversed() {
            let words = (s..<a).filter { !(connectorsEverywhere.contains(tokens[$0]) || Gazetteer.stopwords.contains(tokens[$0])) || $0 == s }
                .map { Array(tokens[$0].text.unicodeScalars) }
            // Spells letters[li...] from words[wi...]; `skipped` words spelled none, `long` whether a word spelled two or more.
            func spells(_ li: Int, _ wi: Int, _ skipped: Int, _ long: Bool) -> Bool {
                if li == letters.count { return long && skipped + (words.count - wi) <= 2 }
                guard wi < words.count else { return false }
                let w = words[wi]
                var p = min(w.count, letters.count - li)
                while p >= 1 {
                    if w[0..<p] == letters[li..<li + p], spells(li + p, wi + 1, skipped, long || p >= 2) { return true }
                    p -= 1
                }
                return li > 0 && skipped < 2 && spells(li, wi + 1, skipped + 1, long)
            }
            if spells(0, 0, 0, false) { return s }
        }
        return nil
    }

    /// A capitalised word of three to eight ASCII letters, the rest in lower case ("Ingv", "Cnes"), that may be an
    /// acronym in parentheses (``definitions(in:taken:starts:)``: its letters must be the name's initials).
    static func wordAcronym(_ t: Token) -> Bool {
        guard t.isCapitalized, t.flags.contains(.afterPunctuation) else { return false }
        let u = t.original.utf8
        return u.count >= 3 && u.count <= 8 && u.dropFirst().allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Possessive determiners: after "shares of", the firm's own shares.
    static let possessives: WordSet = ["its", "their", "his", "her", "our"]

    /// Articles that make a site one of many: "a ShopRite store" is a chain's, "the Cowley factory" may be a town's.
    static let indefiniteArticles: WordSet = ["a", "an", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einem", "einer"]

    /// Names after a spokesperson's phrase (P), before a word for a firm's stock or staff (F) or,
    /// after an indefinite article, its site (W).
    static func mentions(in tokens: [Token], taken: [Bool], context: NameContext.Words) -> [Range<Int>] {
        var out: [Range<Int>] = []
        func isName(_ k: Int) -> Bool {
            let flags = tokens[k].flags
            return flags.contains(.capitalized) && !taken[k] && !flags.contains(.ideographic) && !flags.contains(.numeric)
                && !Gazetteer.stopwords.contains(tokens[k]) && !PersonFinder.titles.contains(tokens[k]) && !context.isTitle(tokens, k)
        }
        var i = 0
        while i + 1 < tokens.count {
            // (The flags read in place: a copy of each token, `let t = tokens[i]`, cost a retain and a release of its two Strings.)
            let flags = tokens[i].flags
            // "a ShopRite store", "Tesla shares", "das VW-Werk": one or two capitalised words, not a
            // sentence's first alone, before the word.
            let nextFlags = tokens[i + 1].flags
            // (Flags first, then the word after, then the name's checks: a look-up or two a capitalised word.)
            if flags.contains(.capitalized), !taken[i], !nextFlags.contains(.capitalized) || nextFlags.contains(.hyphenated),
                nextFlags.isDisjoint(with: .boundary), i + 2 >= tokens.count || !tokens[i + 2].flags.contains(.hyphenated),
                context.organizationNouns.contains(tokens[i + 1])
                    || i > 0 && !tokens[i - 1].isCapitalized && context.organizationSites.contains(tokens[i + 1])
                    && indefiniteArticles.contains(tokens[i - 1]),
                isName(i)
            {
                var start = i
                // (Not onto a sentence's first word: "Im Kessler-Werk".)
                if start > 0, tokens[start].flags.isDisjoint(with: .boundary), !tokens[start - 1].flags.contains(.sentenceStart),
                    isName(start - 1)
                {
                    start -= 1
                }
                let alone = start == i && tokens[i].flags.contains(.sentenceStart)
                // (Not a person's: "Smith's store" has its 's; a capitalised word after "the" or "a" is no person's.)
                if !alone, !(start..<i + 1).contains(where: { PersonFinder.notNamesEverywhere.contains(tokens[$0]) }) {
                    out.append(start..<i + 1)
                }
                i += 2
                continue
            }
            // "a spokeswoman for Leonardo", "un portavoce della Fiom": the phrase, an article at most, then
            // one to three capitalised words, none a title ("a spokesman for President ...").
            // (Only before a capitalised word, at most one word between: one look-up for few words.)
            if tokens[i + 1].isCapitalized || i + 2 < tokens.count && tokens[i + 2].isCapitalized && !tokens[i + 1].flags.contains(.numeric),
                !flags.contains(.capitalized) || flags.contains(.sentenceStart), context.organizationPhraseEnds.contains(tokens[i]),
                NameContext.Words.phrase(among: context.organizationPhrases, endsAt: i, in: tokens)
            {
                var start = i + 1
                // ("shares of its Class A stock" are the firm's own.)
                if tokens[i - 1].text == "shares", Self.possessives.contains(tokens[start]) {
                    i += 1
                    continue
                }
                // ("l'usine Renault", but "l'usine de Valence" is a town's: a site's word of its own takes no "de".)
                if start < tokens.count, !tokens[start].isCapitalized,
                    Gazetteer.stopwords.contains(tokens[start]) || connectorsEverywhere.contains(tokens[start]),
                    !context.organizationPhrases.contains([tokens[i].text])
                {
                    start += 1
                }
                // ("analysts at E.F. Hutton": the initials are no name alone.)
                while start + 1 < tokens.count, start - i <= 3, tokens[start].text.utf8.count == 1, isName(start), isName(start + 1) {
                    start += 1
                }
                var end = start
                while end < tokens.count, end - start < 3, isName(end),
                    tokens[end].flags.isDisjoint(with: end == start ? [.sentenceStart, .lineStart] : .boundary)
                {
                    end += 1
                }
                let title = end < tokens.count && (PersonFinder.titles.contains(tokens[end]) || context.isTitle(tokens, end))
                // "for the Harris County fire marshal": after an article, a name before a word in lower case
                // that is no verb or joining word names what that word is about, not the body.
                // (So after a phrase that ends in its article: "told the Today programme".)
                let modifier = (start > i + 1 || PersonFinder.articles.contains(tokens[i])) && end < tokens.count
                    && !tokens[end].isCapitalized
                    && tokens[end].flags.isDisjoint(with: .boundary) && !Gazetteer.stopwords.contains(tokens[end])
                    && !connectorsEverywhere.contains(tokens[end]) && !PersonFinder.speechVerbs.contains(tokens[end])
                    && !context.verbs.contains(tokens[end])
                // "a spokesman for the Department for Business and Trade": a head word leaves the name to the
                // finder of names by their shape, which reads it to its end.
                let head = (start..<end).contains { headsEverywhere.contains(tokens[$0]) }
                // "shares of European banks": a plural right after the name is what the name qualifies.
                let plural = end < tokens.count && !tokens[end].isCapitalized && tokens[end].flags.isDisjoint(with: .boundary)
                    && tokens[end].text.hasSuffix("s") && tokens[i - 1].text == "shares"
                // "told the House of Commons Treasury Committee": a name that goes on after "of" is the finder's by shape; "told
                // the MPs": a plural of capitals is people.
                let goesOn = end + 1 < tokens.count && (romanceOf.contains(tokens[end]) || ["of", "for"].contains(tokens[end].text))
                    && tokens[end].flags.isDisjoint(with: .boundary) && tokens[end + 1].isCapitalized
                    && tokens[end + 1].flags.isDisjoint(with: .boundary)
                let plurals = end == start + 1 && isPluralOfCapitals(tokens[start])
                // "according to the National Hi-Tech Crime Unit", "according to the World Travel and Tourism Council", "chief
                // executive of the Northern Irish FA": a name cut at its third word, or after an article at a word the gazetteer
                // took or at "and" before capitalised words, is longer than read (not "analistas de BBVA México y Banorte").
                let article = start > i + 1 || PersonFinder.articles.contains(tokens[i])
                let cut = end < tokens.count && tokens[end].flags.isDisjoint(with: .boundary)
                    && (isName(end) || article && tokens[end].isCapitalized
                        || article && end + 1 < tokens.count && coordinators.contains(tokens[end])
                        && tokens[end + 1].isCapitalized && tokens[end + 1].flags.isDisjoint(with: .boundary))
                if end > start, !title, !modifier, !head, !plural, !goesOn, !plurals, !cut, end - start > 1 || tokens[start].text.utf8.count > 1 {
                    out.append(start..<end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        return out
    }
}

extension OrganizationFinder {
    /// Heads that the Romance languages write in lower case before a name ("le ministère de
    /// l'Économie", "el ministerio de Defensa", "le tribunal de commerce de Lyon"; name-context.tsv OL).
    static let lowerCaseHeads = NameContext.shared.lowerCaseHeads
    /// Those read only with their adjective after them ("le conseil départemental de"; name-context.tsv OLA).
    static let lowerCaseHeadsWithAdjective = NameContext.shared.lowerCaseHeadsWithAdjective

    /// A head of ``lowerCaseHeads`` in lower case (an adjective in lower case at most after it: "le conseil
    /// départemental de", "la câmara municipal de"), "de" (an article at most), a word in lower case at most and "de"
    /// again, then one to four capitalised words: the name from the head.
    static func lowerCaseHeadNames(in tokens: [Token], taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        /// The end of "de" and the connectors after it from `k`, or nil.
        func genitive(_ k: Int) -> Int? {
            guard k < tokens.count, romanceOf.contains(tokens[k]), tokens[k].flags.isDisjoint(with: .boundary) else { return nil }
            var end = k + 1
            while end < tokens.count, end - k < 3, connectorsEverywhere.contains(tokens[end]), tokens[end].flags.isDisjoint(with: .boundary) {
                end += 1
            }
            return end
        }
        /// `k` when it holds an adjective in lower case (five letters or more, no stopword) in the same phrase.
        func adjective(_ k: Int) -> Int? {
            k < tokens.count && !tokens[k].isCapitalized && tokens[k].text.scalarCount >= 5 && !Gazetteer.stopwords.contains(tokens[k])
                && !romanceOf.contains(tokens[k]) && tokens[k].flags.isDisjoint(with: .boundary) ? k : nil
        }
        var i = 0
        while i + 2 < tokens.count {
            guard !tokens[i].isCapitalized, !taken[i], lowerCaseHeads.contains(tokens[i]),
                var k = (lowerCaseHeadsWithAdjective.contains(tokens[i]) ? nil : genitive(i + 1))
                    ?? adjective(i + 1).flatMap({ genitive($0 + 1) })
            else {
                i += 1
                continue
            }
            // "tribunal de commerce de Lyon".
            if k < tokens.count, !tokens[k].isCapitalized, tokens[k].text.scalarCount >= 4, !Gazetteer.stopwords.contains(tokens[k]),
                tokens[k].flags.isDisjoint(with: .boundary), let next = genitive(k + 1)
            {
                k = next
            }
            var end = k
            while end < tokens.count, end - k < 4, tokens[end].isCapitalized, !tokens[end].flags.contains(.ideographic),
                tokens[end].flags.isDisjoint(with: .boundary), !Gazetteer.stopwords.contains(tokens[end])
            {
                end += 1
            }
            // "ministère des Mines et de la Géologie", "ministero degli Esteri e della Cooperazione": "and", "de" and a
            // second field's capitalised words go on the name.
            if end > k, end + 2 < tokens.count, ["e", "y", "et"].contains(tokens[end].text), tokens[end].flags.isDisjoint(with: .boundary),
                let field = genitive(end + 1), field < tokens.count, tokens[field].isCapitalized,
                tokens[field].flags.isDisjoint(with: .boundary), !Gazetteer.stopwords.contains(tokens[field]), !taken[field]
            {
                end = field + 1
                while end < tokens.count, end - field < 3, tokens[end].isCapitalized, !tokens[end].flags.contains(.ideographic),
                    tokens[end].flags.isDisjoint(with: .boundary), !Gazetteer.stopwords.contains(tokens[end])
                {
                    end += 1
                }
                // (And an adjective in lower case of the field's: "e della Cooperazione internazionale", "et de la Mobilité
                // durable"; by its ending, as a verb after the name has none of these.)
                if end < tokens.count, !tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary),
                    Self.fieldAdjectiveEndings.contains(where: { tokens[end].text.hasSuffix($0) })
                {
                    end += 1
                }
            }
            if end > k {
                out.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Endings of the Romance adjectives that close a body's field after "and" (internazionale, durable, économique), folded.
    static let fieldAdjectiveEndings = ["ionale", "ionali", "ionnel", "ionnelle", "able", "ables", "ible", "ique", "iques", "ico", "ica"]

    /// A plural of capitals ("MPs", "NGOs"): people or things in number, never one body's name.
    static func isPluralOfCapitals(_ t: Token) -> Bool {
        t.original.hasSuffix("s") && t.original.dropLast().allSatisfy(\.isUppercase)
    }
}
