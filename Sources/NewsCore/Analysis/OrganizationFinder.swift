/// Finds organisations that are not in the gazetteer by the shape of their names: a run of
/// capitalised words that holds a head word ("Ministry of Foreign Affairs", "Thanh Nien News",
/// "Vietnam Fisheries Society").
enum OrganizationFinder {
    static let heads: WordSet = [
        "ministry", "agency", "forces", "force", "guard", "army", "navy", "party", "council", "commission",
        "bank", "corporation", "corp", "inc", "ltd", "plc", "group", "university", "institute", "association",
        "committee", "court", "parliament", "assembly", "federation", "union", "company", "authority",
        "organisation", "organization", "office", "department", "bureau", "command", "fund", "foundation",
        "airlines", "airways", "society", "academy", "administration", "coalition", "alliance", "front",
        "movement", "club", "police", "service", "services", "network", "holdings", "motors", "industries", "corps", "congress",
        "college",
    ]
    static let connectors: WordSet = ["of", "for", "and", "on", "the", "de", "des", "du"]
    /// Letters that an apostrophe elides before a vowel (l'Afrique, d'investissement, dell'Economia).
    static let elidingLetters: WordSet = ["l", "d", "j", "m", "n", "s", "t", "c"]
    /// Italian prepositions with an article that an apostrophe elides (dell'Economia, nell'Unione).
    static let elidedPrepositions: WordSet = ["dell", "dall", "nell", "sull"]
    /// ``heads`` and ``connectors`` with those of other languages (Resources/name-context.tsv, O and C).
    static let headsEverywhere: WordSet = {
        var all = heads
        for word in NameContext.shared.organizationHeads { all.insert(word) }
        // Legal forms (Resources/name-shapes.tsv: GmbH, Oyj, Ltda, ООО).
        for word in NameShapes.shared.legalForms { all.insert(word) }
        // Words for a kind of firm that begin its name (Reederei Nordstern, Construtora Serrana).
        for word in NameContext.shared.organizationKinds { all.insert(word) }
        return all
    }()
    /// Heads of several words (Trung tâm, Tập đoàn, Thông tấn xã), and their last words for one look-up.
    static let phraseHeads = NameContext.shared.organizationPhraseHeads
    static let phraseHeadEnds: WordSet = {
        var ends = WordSet()
        for p in phraseHeads { if let last = p.last { ends.insert(last) } }
        return ends
    }()

    /// True when a head of several words ends at token `k`, all its words from `start` on ("Trung Tâm").
    static func endsPhraseHead(_ tokens: [Token], at k: Int, from start: Int) -> Bool {
        guard phraseHeadEnds.contains(tokens[k]) else { return false }
        return phraseHeads.contains { p in
            k - start + 1 >= p.count && p.indices.allSatisfy { tokens[k - p.count + 1 + $0].text == p[$0] }
        }
    }

    static let connectorsEverywhere: WordSet = {
        var all = connectors
        for word in NameContext.shared.organizationConnectors { all.insert(word) }
        return all
    }()

    /// The end of a legal form written as letters and dots from token `k` ("S.p.A.", "S.A."), or nil.
    static func dottedLegalForm(_ tokens: [Token], at k: Int) -> Int? {
        var end = k
        var letters = ""
        while end < tokens.count, end - k < 4, tokens[end].text.scalarCount == 1, !tokens[end].flags.contains(.numeric),
            end == k || tokens[end].offset == tokens[end - 1].offset + 2
        {
            letters += tokens[end].text
            end += 1
        }
        return end - k >= 2 && headsEverywhere.contains(letters) ? end : nil
    }

    /// The end of the name `start..<end` without the single letters at its end: those of a legal form
    /// written with dots are no part of the name ("Hidrovalle S.A."). One word is left at least.
    static func withoutLetters(_ tokens: [Token], from start: Int, to end: Int) -> Int {
        var end = end
        while end - start > 1, tokens[end - 1].text.scalarCount == 1, !tokens[end - 1].flags.contains(.numeric) { end -= 1 }
        return end
    }

    /// Prepositions that begin the lower-case complement of a head in the Romance languages ("Autorité
    /// de la concurrence", "Tribunal de commerce", "Banque publique d'investissement").
    static let romanceOf: WordSet = ["de", "du", "des", "d", "di", "da", "do", "dos", "das", "del", "della", "delle", "dei", "degli", "dell"]

    /// Definite articles that may open a sentence before a Romance name ("La Chambre ...").
    static let romanceArticles: WordSet = ["la", "le", "les", "l", "el", "los", "las", "il", "lo"]

    /// "et d'" or "et de l'" before a second complement in lower case ("Chambre de commerce et d'industrie", "Chambre de
    /// métiers et de l'artisanat"); not "et des", "et de la", whose words begin a phrase of their own as often.
    private static func elidedAfterAnd(_ tokens: [Token], from start: Int) -> Bool {
        func word(_ k: Int) -> String? { start + k < tokens.count ? tokens[start + k].text : nil }
        return word(0) == "et" && (word(1) == "d" || word(1) == "de" && word(2) == "l")
    }

    /// Whether token `k` is an elided "de", one character before the word it joins ("d'assurance", "d'État").
    static func elidedOf(_ tokens: [Token], at k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].text == "d" && tokens[k + 1].offset == tokens[k].offset + 2
    }

    /// Whether `start..<next` ends with "and" and an article before a head word at `next` ("et la Caisse", "y el Banco"; after
    /// the words in lower case of the first name too: "la Guardia costiera e la Capitaneria di porto").
    private static func secondBody(_ tokens: [Token], from start: Int, to next: Int) -> Bool {
        next >= start + 2 && next < tokens.count && coordinators.contains(tokens[next - 2]) && romanceArticles.contains(tokens[next - 1])
            && headsEverywhere.contains(tokens[next])
    }

    /// "e del", "y de", "e da" before a second complement in lower case ("Autorità garante della concorrenza e del mercato").
    private static func andThenComplement(_ tokens: [Token], at k: Int) -> Bool {
        k + 1 < tokens.count && romanceAnd.contains(tokens[k]) && romanceOf.contains(tokens[k + 1]) && tokens[k + 1].text != "d"
    }

    /// Whether the "and" at `k` joins two fields of one name, a capitalised word that is no head right after it ("Instituto
    /// Nacional de Gestão e Redução do Risco de Desastres", "Serviço Regional de Proteção Civil e Bombeiros dos Açores"): the
    /// name may run to ten words. (Not before an article, a preposition or a head, which begin a second body.)
    private static func joinsFields(_ tokens: [Token], at k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k + 1].isCapitalized && !headsEverywhere.contains(tokens[k + 1])
            && tokens[k + 1].flags.isDisjoint(with: .boundary)
    }

    /// German definite articles, which begin a second name after "und" (``joined(_:from:afterHead:romance:german:)``).
    static let germanArticles: WordSet = ["der", "die", "das", "den", "dem", "des"]

    /// "And" in Italian, Portuguese and Spanish.
    private static let romanceAnd: WordSet = ["e", "y"]

    /// The next capitalised word after connectors ("de la", "des", "l'") and, right after a head
    /// word, up to two words in lower case ("Organisation internationale de la Francophonie"), or nil.
    /// - Parameter romance: the name so far ends at a head of another language than English (or at
    ///   the words in lower case after it): a word in lower case after "de" ends the name, which
    ///   runs on only over connectors ("Tribunal de commerce de Lyon"). `lower` says so.
    private static func joined(_ tokens: [Token], from start: Int, afterHead: Bool, romance: Bool = false, german: Bool = false)
        -> (next: Int, lower: Bool)?
    {
        let stop: Token.Flags = [.afterPunctuation, .sentenceStart, .lineStart, .numeric]
        if german, afterHead, let next = germanAdjectives(tokens, from: start) { return (next, false) }
        var k = start
        var lower = 0
        // (German writes its nouns capitalised: its words in lower case after a head are ``germanAdjectives(_:from:)``'s
        // alone; another is a verb, "Der Bayerische Fußball-Verband begrüßte die Einigung".)
        while afterHead, !german, k < tokens.count, lower < 2, !tokens[k].isCapitalized, !connectorsEverywhere.contains(tokens[k]),
            start == 0 || !NameContext.shared.headsWithoutLowerCase.contains(tokens[start - 1]),
            !(romance && elidedOf(tokens, at: k)), !Gazetteer.stopwords.contains(tokens[k]), tokens[k].flags.isDisjoint(with: stop)
        {
            k += 1
            lower += 1
        }
        var connectors = 0
        // (In German "und" and an article begin a second name: "die Bayerische Landesbank und die Sparkasse Augsburg".)
        if german, k + 1 < tokens.count, ["und", "oder"].contains(tokens[k].text), germanArticles.contains(tokens[k + 1]) { return nil }
        // ("d" of "et d'" is no connector elsewhere: "Caisse d'épargne" reads it as a word in lower case.)
        if romance, !afterHead, elidedAfterAnd(tokens, from: k), tokens[k + 1].text == "d",
            tokens[k + 1].flags.isDisjoint(with: stop)
        {
            k += 2
            connectors = 2
        }
        // ("Conseil d'État", "Caisse nationale d'assurance maladie": an elided "de" joins as "de" does.)
        while k < tokens.count, connectors < 3, connectorsEverywhere.contains(tokens[k]) || romance && elidedOf(tokens, at: k),
            tokens[k].flags.isDisjoint(with: stop)
        {
            k += 1
            connectors += 1
        }
        if romance, connectors > 0, k < tokens.count, !tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: stop),
            romanceOf.contains(tokens[k - connectors]) || !afterHead && (elidedAfterAnd(tokens, from: k - connectors)
                || andThenComplement(tokens, at: k - connectors)),
            tokens[k].text.scalarCount >= 4,
            !Gazetteer.stopwords.contains(tokens[k]), !connectorsEverywhere.contains(tokens[k])
        {
            return (k + 1, true)
        }
        // (Not a day or a month: "Wall Street Journal reported on Thursday".)
        // (A place's article capitalised after "de" begins its name: "Cabildo de El Hierro", "Comune di La Spezia".)
        let placeArticle = connectors > 0 && k + 1 < tokens.count && romanceArticles.contains(tokens[k]) && tokens[k].isCapitalized
            && tokens[k].original.count > 1 && tokens[k + 1].isCapitalized && tokens[k + 1].flags.isDisjoint(with: stop)
            && !Gazetteer.stopwords.contains(tokens[k + 1])
        guard connectors > 0, k < tokens.count, tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: stop),
            !Gazetteer.stopwords.contains(tokens[k]) || placeArticle
        else { return nil }
        return (k, false)
    }

    /// The words for a saint that a given name follows inside a place's or a body's name (São João, Santa Maria), folded.
    static let saintWords: WordSet = ["sao", "santa", "santo", "san", "saint", "sainte", "sankt", "st"]

    /// - Parameter language: the article's; in German a compound for a body heads a name (``isGermanHead(_:)``).
    /// - Parameter joiners: the "&" and the possessives' "'s" that the tokens lost between a name's words (``NameJoiners``).
    /// - Parameter known: the tokens of the organisations the gazetteer knows (a possessive is part of their names: "Moody's
    ///   Investors Service").
    static func find(in tokens: [Token], taken: [Bool], language: String? = nil, joiners: NameJoiners = .none, known: [Range<Int>] = [])
        -> [(name: String, range: Range<Int>)]
    {
        let german = language == "de"
        // (Ten words in the Romance languages, whose names run on over prepositions: "Sindicato Nacional do Pessoal de Voo
        // da Aviação Civil", "Chambre de commerce et d'industrie de Lyon Métropole"; not over "y", which joins two:
        // "Comisión Nacional del Mercado de Valores y de la Fiscalía". Once an article, not once a capitalised word.)
        let romanceName = language.map { Self.romanceLanguages.contains($0) } ?? false
        var out: [(name: String, range: Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, !tokens[i].flags.contains(.ideographic), !taken[i] else {
                i += 1
                continue
            }
            var end = i
            var hasHead = false
            var lastHead = -1
            var connector = -1
            // The name ends at a head of another language than English, or at the words in lower case after one.
            var romance = false
            var headless: Range<Int>? = nil
            // Where a Romance name's country or demonym at its end was read (`romanceTail` below), or -1.
            var tailAt = -1
            // (Eight words at most, a French, Spanish or Italian article first not counted: "La Chambre de commerce et
            // d'industrie de Grenoble"; English names keep their count, which "and the" splits: "The Northern Association
            // of Grain Growers and the Kelsey Institute".)
            let counted = Self.romanceArticles.contains(tokens[i]) ? i + 1 : i
            while end < tokens.count
                && (end - counted < 8 || romanceName && end - counted < 10 && !(counted..<end).contains(where: {
                    Self.coordinators.contains(tokens[$0]) && !elidedAfterAnd(tokens, from: $0) && !joinsFields(tokens, at: $0)
                }))
            {
                let t = tokens[end]
                if end > i && (t.flags.contains(.afterPunctuation) || t.flags.contains(.lineStart) || t.flags.contains(.sentenceStart)
                    || Self.afterDateline(tokens, at: end))
                {
                    break
                }
                // (Romance) A given name and a capitalised word after a name that ran on over a preposition are the
                // holder's, with no comma between them ("la Câmara de Vila Nova de Gaia Álvaro Meireles", "la Junta de
                // Andalucía Antonio Sanz"); not right after the preposition, the head or a saint's word ("Fundação Getúlio
                // Vargas", "Tribunal de São João Novo").
                if romanceName, hasHead, connector >= 0, end > connector + 1, end - 1 != lastHead, isGivenName(t),
                    !saintWords.contains(tokens[end - 1]),
                    end + 1 < tokens.count, tokens[end + 1].isCapitalized, tokens[end + 1].flags.isDisjoint(with: .boundary),
                    !connectorsEverywhere.contains(tokens[end + 1])
                {
                    break
                }
                // A day or a month after a head ends the name: it dates what is said ("told Sky News Sunday", "the
                // Bundesbank Montag"); before a head it may be a name's own ("March of Dimes Foundation").
                if end > i, hasHead, PlaceContext.shared.notPlaces.contains(t) { break }
                // A country's or a city's name after "of"/"de" ends the name ("Banco de Portugal").
                let afterConnector = end > i && end - 1 == connector
                // And a place's or a people's name after a head that comes first, which may go on ("Universität
                // Wien", "Banque Française du Commerce Extérieur"; not an acronym after a legal form, "Co WFC").
                // (Or after the head's own second word: "Força Aérea Brasileira", "Exército Nacional Paraguaio".)
                let afterHeadFirst = (end == i + 1 || end == i + 2 && !taken[i + 1] && tokens[i + 1].isCapitalized) && lastHead == i && !heads.contains(tokens[i]) && !firmEnds.contains(tokens[i])
                    && !legalForms.contains(tokens[i]) && !t.flags.contains(.allCaps)
                // (Romance) And a country's or a people's name as an adjective at a name's end, right after a capitalised word
                // of it: "la Sociedad Rural Argentina", "el Banco de la Nación Argentina" (its country stays).
                let romanceTail = romanceName && hasHead && taken[end] && end > i + 1 && tokens[end - 1].isCapitalized && !taken[end - 1]
                    && !connectorsEverywhere.contains(tokens[end - 1]) && !t.flags.contains(.allCaps)
                    && (end + 1 == tokens.count || !tokens[end + 1].isCapitalized || !tokens[end + 1].flags.isDisjoint(with: .boundary))
                if (t.isCapitalized || t.flags.contains(.hyphenated)) && !t.flags.contains(.ideographic)
                    && (!taken[end] || afterConnector || afterHeadFirst || romanceTail)
                {
                    if taken[end] {
                        if romanceTail && !afterConnector && !afterHeadFirst { tailAt = end }
                        end += 1
                        while end < tokens.count && taken[end] && !tokens[end].flags.contains(.afterPunctuation) { end += 1 }
                        if afterHeadFirst { continue }
                        break
                    }
                    // (A firm's last word first is no head: "Securities and Exchange" cut by a line break; but
                    // "Group of Five".)
                    if headsEverywhere.contains(t) && !unwrittenLegalForm(t) || endsPhraseHead(tokens, at: end, from: i),
                        end > i || !firmEnds.contains(t) || heads.contains(t)
                    {
                        hasHead = true
                        lastHead = end
                        // (English's own heads too in a Romance article: "Fédération française de l'assurance".)
                        romance = (!heads.contains(t) || romanceName) && !firmEnds.contains(t) && !legalForms.contains(t)
                    } else if german, isGermanHead(t), (i..<end).allSatisfy({
                        $0 == i && end > i + 1 && tokens[$0].flags.contains(.sentenceStart) || Gazetteer.stopwords.contains(tokens[$0])
                            || connectorsEverywhere.contains(tokens[$0]) || isGermanNameAdjective(tokens[$0])
                    }) {
                        // (A compound heads a name only first: "Auch die Sparkasse Lindenau", not "Kreditgeber der Stadtwerke".)
                        hasHead = true
                        lastHead = end
                    } else if let form = Self.dottedLegalForm(tokens, at: end) {
                        // "Ferrolux Acciai S.p.A.": a legal form written with dots (left out of the name below).
                        hasHead = true
                        end = form
                        break
                    }
                    if end != lastHead { romance = false }
                    end += 1
                } else if end > i, !hasHead, coordinatedArticle(tokens, at: end) {
                    // "do Ibama e da Polícia Federal": two names, not one (OrganizationFinder+Coordination).
                    headless = headlessBeforeBody(tokens, taken, i..<end, language: language)
                    break
                } else if end > i,
                    // (English writes no word in lower case after a head: "Harland Foods bids for Pennock" is a firm and a sentence.)
                    let next = joined(tokens, from: end, afterHead: end - 1 == lastHead && language != "en", romance: romance, german: german)
                {
                    // "la Fédération française de l'assurance et la Caisse nationale": "and", an article and a head begin a
                    // second body.
                    if hasHead, Self.secondBody(tokens, from: end, to: next.next) {
                        // (The first name keeps its words in lower case: "la Guardia costiera e la Capitaneria".)
                        end = next.next - 2
                        break
                    }
                    connector = next.next - 1
                    end = next.next
                    // "Autorité de la concurrence": the word in lower case ends the name unless "de" and a
                    // capitalised word follow ("Tribunal de commerce de Lyon").
                    if next.lower, end < tokens.count, !connectorsEverywhere.contains(tokens[end]), !elidedOf(tokens, at: end) { break }
                    // (Nothing is read past the text's end: "... al Gobierno de improvisar" ends there.)
                    if end >= tokens.count { break }
                    // (A second complement after "et d'" goes on: "Chambre de commerce et d'industrie de Lyon"; so does one
                    // after a preposition, "Autorité de régulation des transports", or "e" and one, "Autorità garante della
                    // concorrenza e del mercato".)
                    romance = next.lower && (elidedAfterAnd(tokens, from: end) || romanceOf.contains(tokens[end])
                        || elidedOf(tokens, at: end) || andThenComplement(tokens, at: end))
                } else {
                    break
                }
            }
            // "The Royal Society of Chemistry and the Brightwater Foundation": where the count of words or a known name cut
            // a name that ends in no head, "and the" after a body's head ends the first (the second is read from there on).
            if let k = cutBeforeSecondBody(tokens, from: i, to: end, counted: counted, lastHead: lastHead, taken: taken) {
                end = k
                connector = (i..<k).last(where: { connectorsEverywhere.contains(tokens[$0]) }) ?? -1
            }
            if let r = headless {
                let name = Gazetteer.name(r, in: tokens)
                if !out.contains(where: { $0.name == name }) { out.append((name, r)) }
                i = max(end, i + 1)
                continue
            }
            // "the IMF's European Department", "the University of Warwick's Student Union": an owner's name before a
            // possessive, and a body's name with a head after it, which is read again from there (the owner is found on its
            // own); "the European People's Party", "the King's Fund", whose word before it is a common noun's, stay whole.
            if let p = possessiveOwner(tokens, taken, in: i..<end, joiners: joiners) {
                i = p
                continue
            }
            // "Governor of the Bank of England", "Nick Bubb of Evolution Securities", "Gutachter der Technischen
            // Universität": a role, a person's name or, in German, a noun with no head before "of" (not "and":
            // "Food and Agriculture Organisation") are what the body's name after it qualifies; read the name again
            // from there. (One English word that is no role nor a given name is part of the name: "House of Lords
            // Record Office", "Centre for Transport and Society"; so are two before a place and a legal form, "Barnett
            // Banks of Florida Inc", and an event's words: "World Summit on the Information Society".)
            // (An article first counts no word: "The House of Lords Record Office".)
            let own = Gazetteer.stopwords.contains(tokens[i]) ? i + 1 : i
            if lastHead > own + 1, let c = (own + 1..<lastHead).first(where: { connectorsEverywhere.contains(tokens[$0]) }),
                !coordinators.contains(tokens[c]), !tokens[c].isCapitalized,
                german || PersonFinder.titles.contains(tokens[own]) || isGivenName(tokens[own])
                    || c - own >= 2 && (c + 1..<end).contains(where: {
                        headsEverywhere.contains(tokens[$0]) && !legalForms.contains(tokens[$0]) && !firmEnds.contains(tokens[$0])
                    }),
                !(i..<c).contains(where: { eventWords.contains(tokens[$0]) }),
                !(i..<c).contains(where: { headsEverywhere.contains(tokens[$0]) || german && isGermanHead(tokens[$0]) }),
                (c + 1..<end).contains(where: { tokens[$0].isCapitalized && !connectorsEverywhere.contains(tokens[$0]) })
            {
                i = c + 1
                continue
            }
            // "Foreign Ministry Spokesperson Mao Ning": the name ends at its head word when what
            // follows is a role or two more capitalised words with no "of" to join them.
            var nameEnd = end
            if lastHead >= 0 && lastHead + 1 < end && connector < lastHead {
                let tail = lastHead + 1
                // (Not a head's own word and a demonym after it: "Força Aérea Brasileira".)
                let demonym = lastHead == i && end == i + 3 && taken[i + 2] && !heads.contains(tokens[i])
                    || tailAt == end - 1 && end - tail == 2
                if PersonFinder.titles.contains(tokens[tail]) || end - tail >= 2 && !demonym
                    && !romanceQualifiers(tokens, taken, head: lastHead, from: i, to: end, language: language)
                {
                    nameEnd = tail
                }
            }
            nameEnd = withoutLetters(tokens, from: i, to: nameEnd)
            if trailingHeadAfterAnd(tokens, from: i, lastHead: lastHead, to: nameEnd) {
                i = max(end, i + 1)
                continue
            }
            var start = i
            // "Shares of Kessler Logistik AG": a sentence's first word before "of" is no part of the name
            // unless it is a head ("Bank of England").
            if tokens[i].flags.contains(.sentenceStart), !headsEverywhere.contains(tokens[i]), i + 2 < nameEnd,
                connectorsEverywhere.contains(tokens[i + 1])
            {
                start = i + 1
            }
            // "Harrowgate Foods and Pellmark Brands": two names of two words or more, each ending in a head, joined by
            // "and", each with a capitalised word of its own ("The Securities and Exchange Commission" is one), a
            // legal form at the second's end only if the first has one, a firm's last word only if the first has one
            // or a legal form ("Minnesota Mining and Manufacturing Co", "Far East Bank and Trust Company" are one).
            var first = start
            while first < nameEnd, Gazetteer.stopwords.contains(tokens[first]) || tokens[first].text.utf8.count == 1 { first += 1 }
            func ownWord(_ r: Range<Int>) -> Bool {
                r.contains { tokens[$0].isCapitalized && !taken[$0] && !headsEverywhere.contains(tokens[$0]) }
            }
            if nameEnd - first >= 5, headsEverywhere.contains(tokens[nameEnd - 1]),
                let k = coordinator(tokens, in: first..<nameEnd),
                ownWord(first..<k - 1), ownWord(k + 1..<nameEnd - 1),
                legalForms.contains(tokens[nameEnd - 1]) ? legalForms.contains(tokens[k - 1])
                    : !firmEnds.contains(tokens[nameEnd - 1]) || legalForms.contains(tokens[k - 1]) || firmEnds.contains(tokens[k - 1])
            {
                emit(from: start, to: k, extending: start == i, into: &out, tokens, taken, hasHead: true, german: german, joiners: joiners,
                     known: known)
                emit(from: k + 1, to: nameEnd, extending: false, into: &out, tokens, taken, hasHead: true, german: german, joiners: joiners)
            } else if let k = headlessBeforeAnd(tokens, taken, in: first..<nameEnd) {
                // "Peel Hunt and Shore Capital": two firms (a person's name first is left to the finder of people).
                if !isGivenName(tokens[first]) {
                    emit(from: start, to: k, extending: false, into: &out, tokens, taken, hasHead: true, german: german, joiners: joiners)
                }
                emit(from: k + 1, to: nameEnd, extending: false, into: &out, tokens, taken, hasHead: true, german: german, joiners: joiners)
            } else if let k = headThenHeadless(tokens, taken, in: first..<nameEnd) {
                // "Commonwealth Bank and Westpac": a body's name, then a second one without a head.
                emit(from: start, to: k, extending: start == i, into: &out, tokens, taken, hasHead: true, german: german, joiners: joiners,
                     known: known)
                let name = Gazetteer.name(k + 1..<nameEnd, in: tokens)
                if !taken[k + 1], !isGivenName(tokens[k + 1]), !out.contains(where: { $0.name == name }) { out.append((name, k + 1..<nameEnd)) }
            } else if german, let k = afterGermanDescriptor(tokens, taken, from: first, to: nameEnd) {
                // (de) "die Verkehrsbehörde Transpordiamet": the body's name after a compound that says what it is.
                let name = Gazetteer.name(k..<nameEnd, in: tokens)
                if !out.contains(where: { $0.name == name }) { out.append((name, k..<nameEnd)) }
            } else {
                emit(from: start, to: nameEnd, extending: start == i, into: &out, tokens, taken, hasHead: hasHead, german: german,
                     joiners: joiners, known: known)
            }
            i = max(end, i + 1)
        }
        return out
    }

    /// The token right after a possessive's "'s" inside `r` (``possessives(in:tokens:range:)``) whose words before it name
    /// an owner: an acronym, a name the gazetteer took, a body's head, or a person's name of two words or more that begins
    /// with a given name or a title ("Chancellor Gerhard Schroeder's"); and whose words after it hold a head; or nil.
    static func possessiveOwner(_ tokens: [Token], _ taken: [Bool], in r: Range<Int>, joiners: NameJoiners) -> Int? {
        guard r.count > 2, !joiners.possessives.isEmpty,
            let p = (r.lowerBound + 1..<r.upperBound).first(where: { joiners.possessive(before: $0) })
        else { return nil }
        let owner = tokens[p - 1]
        let named = owner.flags.contains(.allCaps) || taken[p - 1] || headsEverywhere.contains(owner)
            || p - r.lowerBound >= 2 && (isGivenName(tokens[r.lowerBound]) || PersonFinder.titles.contains(tokens[r.lowerBound]))
        guard named, (p..<r.upperBound).contains(where: { headsEverywhere.contains(tokens[$0]) }) else { return nil }
        return p
    }

    /// The "and" between two names in `r`: after the first's head ("Harrowgate Foods and Pellmark Brands") or, with an
    /// article after it, after a body's head anywhere in the first ("The Canadian Association of Petroleum Producers and
    /// the Pembina Institute"), with two words before it and two after it at least.
    private static func coordinator(_ tokens: [Token], in r: Range<Int>) -> Int? {
        let candidates = r.lowerBound + 2..<r.upperBound - 2
        if let k = candidates.first(where: { coordinators.contains(tokens[$0]) && tokens[$0 - 1].isCapitalized && headsEverywhere.contains(tokens[$0 - 1]) }) {
            return k
        }
        for k in candidates where k + 3 < r.upperBound && coordinators.contains(tokens[k]) {
            let article = Gazetteer.stopwords.contains(tokens[k + 1]) && !tokens[k + 1].isCapitalized
            let bodyHead = (r.lowerBound..<k).contains { j in
                headsEverywhere.contains(tokens[j]) && !firmEnds.contains(tokens[j]) && !legalForms.contains(tokens[j])
            }
            if article && bodyHead { return k }
        }
        return nil
    }

    /// The "and" between two firms' names in `r` whose first has no head: two capitalised words or more on each side, no
    /// connector nor head among them but the second's last word, a firm's ("Peel Hunt and Shore Capital"), or nil. (Not
    /// "Sundance Oil and Gas", "Marlow and Finch Holdings", "National Oceanic and Atmospheric Administration".)
    static func headlessBeforeAnd(_ tokens: [Token], _ taken: [Bool], in r: Range<Int>) -> Int? {
        // (A legal form at the end makes one firm's full name: "Bolt Beranek and Newman Inc", "Alex Brown and Sons Inc".)
        guard r.count >= 5, firmEnds.contains(tokens[r.upperBound - 1]), !legalForms.contains(tokens[r.upperBound - 1]),
            !["inc", "corp", "corporation", "company"].contains(tokens[r.upperBound - 1].text),
            let k = (r.lowerBound + 2..<r.upperBound - 2).first(where: { coordinators.contains(tokens[$0]) && !tokens[$0].isCapitalized })
        else { return nil }
        let words = (r.lowerBound..<k).map { $0 } + (k + 1..<r.upperBound - 1).map { $0 }
        guard !sectorWords.contains(tokens[k - 1]), !sectorWords.contains(tokens[k + 1]), words.allSatisfy({
            tokens[$0].isCapitalized && !taken[$0] && !headsEverywhere.contains(tokens[$0]) && !connectorsEverywhere.contains(tokens[$0])
                && !tokens[$0].flags.contains(.allCaps)
        }) else { return nil }
        return k
    }

    /// Words for what a firm deals in, which "and" joins inside one name ("Tarrow Oil and Gas Holdings", "Eastern Mining and
    /// Smelting Holdings").
    static let sectorWords: WordSet = [
        "oil", "gas", "mining", "minerals", "metals", "smelting", "power", "water", "energy", "food", "foods", "drink", "drinks",
        "electric", "electrical", "chemical", "chemicals", "steel", "iron", "coal", "marine", "media", "health", "financial",
        "trust", "trade", "trading", "transport", "property", "properties", "land", "life", "fire", "general", "industrial",
        "exploration", "production", "development", "engineering", "construction", "research", "investment", "investments",
        "savings", "loan", "loans", "insurance", "banking", "securities", "commerce", "shipping", "logistics", "leisure",
        "communication", "communications", "technology", "information", "data", "software", "marketing", "refining",
        "distribution", "manufacturing", "manufacturers", "merchants", "supply", "sons", "brothers", "partners",
    ]

    /// Whether `name` begins with a head word ("Universität Wien", "Verbraucherzentrale Sachsen"): no
    /// person's name does, so it is an organisation's even where the finder of people took it.
    static func beginsWithHead(_ name: String) -> Bool {
        guard let first = Tokenizer.tokenize(name).first else { return false }
        return headsEverywhere.contains(first) && !firmEnds.contains(first) || isGermanHead(first)
    }

    /// Adds the name `start..<nameEnd` to `out` when it is one, with its tokens: a head and two words or more, its
    /// stopwords and connectors at the start left out.
    /// - Parameter extending: a country's or a city's name right before it may join it.
    private static func emit(from start: Int, to nameEnd: Int, extending: Bool, into out: inout [(name: String, range: Range<Int>)], _ tokens: [Token],
                             _ taken: [Bool], hasHead: Bool, german: Bool, joiners: NameJoiners, known: [Range<Int>] = [])
    {
        var start = start
        while start < nameEnd
            && (Gazetteer.stopwords.contains(tokens[start]) || connectorsEverywhere.contains(tokens[start])
                || tokens[start].text.utf8.count == 1 || sourcePrepositions.contains(tokens[start]))
        {
            start += 1
        }
        // ("Comisión Nacional del Mercado de Valores y de la": the connectors that the length cut from their name.)
        var nameEnd = nameEnd
        while nameEnd > start + 1, !tokens[nameEnd - 1].isCapitalized, connectorsEverywhere.contains(tokens[nameEnd - 1]) { nameEnd -= 1 }
        // Head first, two words, in the languages that write names so ("Partido Socialista", "Banco
        // Santander"; in English "Police Chief" is no name).
        let headFirst = nameEnd - start == 2 && !heads.contains(tokens[start])
            && (headsEverywhere.contains(tokens[start]) || german && isGermanHead(tokens[start]))
            && !PersonFinder.titles.contains(tokens[start + 1])
        if hasHead && nameEnd - start >= 2 && (!headsEverywhere.contains(tokens[start]) || headFirst)
            || (hasHead && nameEnd - start >= 3),
            !Self.eventWords.contains(tokens[nameEnd - 1]), !sectorPhrase(tokens, from: start, to: nameEnd)
        {
            // A country's, a demonym's or a city's name right before it is part of it ("American Farm
            // Bureau Federation", "Denver Police Department").
            let first = start
            // (Not a place's possessive, which the tokens lost: "Britain's Competition and Markets Authority"; but a known
            // firm's, "Moody's Investors Service".)
            while extending, start > 0, first - start < 3, taken[start - 1], tokens[start - 1].isCapitalized,
                !tokens[start - 1].flags.contains(.ideographic), tokens[start].flags.isDisjoint(with: .boundary),
                tokens[start].offset - tokens[start - 1].offset - tokens[start - 1].original.scalarCount <= 1
                    || known.contains(where: { $0.contains(start - 1) })
                    // (Not an acronym's possessive: "the IMF's European Department" is the department's name.)
                    && !(joiners.possessive(before: start) && tokens[start - 1].flags.contains(.allCaps))
            {
                start -= 1
            }
            // (Not the article of a country's name: "The Netherlands Authority for Consumers and Markets".)
            // (A stopword may begin a place's name: "New Zealand High Court", "Los Angeles Superior Court".)
            while start < first, tokens[start].text == "the" { start += 1 }
            var text = ""
            for k in start..<nameEnd {
                // "de l'Afrique": an elided article stands one character before the word.
                // (Not "e" or "y": "Ministero delle Imprese e del Made in Italy".)
                let elided = tokens[k - (k > start ? 1 : 0)].original.scalarCount == 1
                    && tokens[k].offset == tokens[max(k - 1, 0)].offset + 2 && Self.elidingLetters.contains(tokens[k - (k > start ? 1 : 0)].text)
                    // ("Protezione civile dell'Emilia-Romagna": Italian's elided prepositions.)
                    || k > start && Self.elidedPrepositions.contains(tokens[k - 1])
                    && tokens[k].offset == tokens[k - 1].offset + tokens[k - 1].original.scalarCount + 1
                if k > start {
                    text += tokens[k].flags.contains(.hyphenated) ? "-" : elided ? "'" : joiners.separator(before: k, tokens, otherwise: " ")
                }
                text += tokens[k].original
            }
            if !out.contains(where: { $0.name == text }) { out.append((text, start..<nameEnd)) }
        }
    }

    /// Whether `t` is a legal form of two letters not written in capitals (SA, AG, NV, AB): "Sa" of the Vietnamese town
    /// Sa Pa is none. ("Co" and "Oy" are written so.)
    static func unwrittenLegalForm(_ t: Token) -> Bool {
        t.text.utf8.count == 2 && !t.flags.contains(.allCaps) && t.text != "co" && t.text != "oy" && legalForms.contains(t)
    }

    /// "According to" that opens a sentence, capitalised, before a body's name: no part of it ("Según Fitch Ratings").
    static let sourcePrepositions = WordSet(["según", "selon", "secondo", "laut"].flatMap { Tokenizer.words($0) })

    /// Last words of an event's name, not an organisation's, though a firm's word stands before them
    /// ("Consumer Electronics Show", "Geneva Motor Show", "Energy Security Summit").
    static let eventWords: WordSet = [
        "show", "expo", "summit", "festival", "fair", "awards", "games", "championship", "championships", "olympics",
        "marathon", "messe", "salon", "salone", "feria", "cumbre", "sommet", "gipfel",
    ]
}
