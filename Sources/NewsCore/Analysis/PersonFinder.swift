/// Finds people's names without a fixed list: after a title or role ("Prime Minister",
/// "his counterpart"), before a speech verb ("... said"), or before an apposition with a role
/// (", the foreign minister"). A later mention of one part of a name (a surname, or a
/// Chinese or Korean family name) is resolved to the full name found in the same article,
/// by whole words only, so "Kishi" never becomes "Kishida".
public enum PersonFinder {
    /// Folded words that stand right before a name.
    static let titles: WordSet = [
        "president", "minister", "premier", "chancellor", "emperor", "empress", "king", "queen", "prince",
        "princess", "pope", "sheikh", "sultan", "general", "gen", "admiral", "adm", "colonel", "col", "major",
        "lieutenant", "lt", "captain", "capt", "commander", "secretary", "senator", "sen", "governor", "gov",
        "mayor", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "envoy", "mr", "mrs", "ms", "dr", "professor", "prof", "counterpart", "leader", "deputy", "lawmaker",
        "rep", "representative", "judge", "justice", "ceo", "director", "chief", "officer", "marshal",
        "president-elect", "vice", "opposition", "dictator", "ayatollah", "cardinal", "bishop", "coach",
        "manager", "striker", "midfielder", "defender", "goalkeeper", "actor", "actress", "singer", "director",
        "analyst", "researcher", "economist", "founder", "executive", "head", "official", "diplomat", "mp",
        "speaker", "commissioner", "attorney", "prosecutor", "inspector", "superintendent", "sergeant",
        "democrat", "republican", "ombudsman", "scientist", "coroner", "treasurer", "auditor", "registrar",
    ]

    /// Titles that are surnames as well (Amartya Sen, Carole King, John Major, Alexander Pope): the last word of a name
    /// after any first word, where other titles end one only after a given name.
    static let surnameTitles: WordSet = ["sen", "king", "major", "bishop", "judge", "marshal", "pope", "chancellor"]

    /// Verbs of speech that follow a name ("Anwar Ibrahim said").
    static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "stated", "announced", "wrote", "noted", "stressed", "warned", "urged",
        "asked", "argued", "insisted", "explained", "declared", "tweeted", "posted", "replied", "confirmed",
        "denied", "agreed", "met", "visited", "called", "accused", "vowed", "pledged", "criticised", "criticized",
        "praised", "admitted", "acknowledged", "conceded", "scored", "signed", "resigned", "promised", "suggested",
    ]

    /// Endings of Russian surnames (Песков, Лавров, Набиуллина, Шойгу is left out): such a word
    /// alone before a verb of speech is a person.
    /// (Folded as the words are: й is и.)
    static let russianSurnameEndings = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ова", "ева", "ина", "ына", "ская", "цкая", "енко", "ук", "юк", "вич"]
        .map { Tokenizer.words($0).first ?? $0 }

    /// The same endings declined (Лавровым, Набиуллиной, Зеленского).
    static let declinedRussianSurnameEndings = [
        "ова", "ову", "овым", "ове", "овой", "ева", "еву", "евым", "еве", "евой", "ина", "ину", "иным", "ине", "иной",
        "ского", "скому", "ским", "ском", "ской", "скую", "цкого", "цкому", "цким", "вича", "вичу", "вичем",
    ].map { Tokenizer.words($0).first ?? $0 }

    static func isRussianSurname(_ word: String, declined: Bool = false) -> Bool {
        guard word.startsCyrillic, word.scalarCount >= 4 else { return false }
        return russianSurnameEndings.contains { word.hasSuffix($0) }
            || declined && declinedRussianSurnameEndings.contains { word.hasSuffix($0) }
    }

    /// True when token `i` is written with a possessive 's, which the tokenizer drops ("Pilbeam's
    /// lawyer"): three characters, none punctuation, to the next word.
    static func isPossessive(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.offset - tokens[i].offset - tokens[i].original.scalarCount == 3
            && next.flags.isDisjoint(with: .boundary) && !next.flags.contains(.ideographic)
    }

    /// Articles, after which a capitalised word is a thing's or a team's ("the Rapids", "la Fiorentina").
    static let articles: WordSet = [
        "the", "a", "an", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "den", "dem",
        "des", "o", "os", "as", "um", "uma", "un", "une", "ein", "eine",
    ]

    /// Lower-case particles that may sit inside a name (Ursula von der Leyen, Mohammed bin Salman).
    /// (And Portuguese do, dos, das: Maria do Socorro; Russian фон: Эдуард фон Штейн.)
    static let particles: WordSet = ["van", "von", "der", "de", "da", "di", "del", "bin", "al", "la", "le", "ibn", "do", "dos", "das", "фон"]

    /// Capitalised words that never start or make a name on their own.
    static let notNames: WordSet = [
        "minister", "ministry", "government", "state", "foreign", "defense", "defence", "prime", "army", "navy",
        "party", "police", "court", "news", "agency", "university", "city", "province", "island", "islands",
        "sea", "ocean", "north", "south", "east", "west", "central", "national", "international", "council",
        "committee", "parliament", "republic", "kingdom", "union", "federal", "coast", "guard", "forces", "force",
        "group", "company", "bank", "times", "post", "daily", "tv", "online", "source", "read", "related",
        "photo", "video", "image", "copyright", "update", "breaking", "exclusive", "reuters", "ap", "afp",
        "office", "department", "house", "white", "cabinet", "assembly", "senate", "congress", "media",
        "today", "yesterday", "tomorrow", "world", "global", "asia", "asian", "european", "african",
        // Newspapers, broadcasters and programmes ("Asahi Shimbun said", "the Today programme").
        "shimbun", "journal", "herald", "tribune", "gazette", "guardian", "telegraph", "observer", "mail", "express",
        "chronicle", "standard", "review", "weekly", "magazine", "newspaper", "ilbo", "nikkei", "yomiuri", "inquirer",
        "bulletin", "programme", "program", "show", "podcast", "newsnight", "panorama", "edition", "radio",
        "television", "channel", "network", "broadcasting", "press", "wire", "xinhua", "kyodo", "yonhap", "tass",
        "tuoi", "tre", "nien", "vnexpress", "dantri", "kompas", "hankyoreh", "asahi", "mainichi", "sankei",
        // What an office is about, not who holds it ("Director of Security Assistance").
        "security", "assistance", "affairs", "intelligence", "operations", "policy", "relations", "cooperation",
        "development", "trade", "commerce", "finance", "economy", "economic", "health", "education", "energy",
        "environment", "interior", "homeland", "agriculture", "labor", "labour", "transport", "communications",
        "information", "strategy", "planning", "budget", "treasury", "welfare", "tourism", "industry", "science",
        "technology", "research", "rights", "management", "legal", "military", "political", "staff", "justice",
    ]

    /// ``notNames`` and those of every language (Resources/name-context.tsv, N): one look-up.
    static let notNamesEverywhere: WordSet = {
        var all = notNames
        for word in NameContext.shared.notNames { all.insert(word) }
        return all
    }()

    /// Per token, whether it is a title or role, and whether it may be part of a name: ``find(in:taken:known:context:)``
    /// asks both two or three times a token, so they are worked out once each.
    static func wordClasses(_ tokens: [Token], taken: [Bool], context: NameContext.Words) -> (titles: [Bool], nameLike: [Bool]) {
        var titleAt = [Bool](repeating: false, count: tokens.count)
        var nameLikeAt = [Bool](repeating: false, count: tokens.count)
        for i in tokens.indices {
            let title = titles.contains(tokens[i]) || context.isTitle(tokens, i)
            titleAt[i] = title
            guard !title, tokens[i].isCapitalized, !taken[i], tokens[i].flags.isDisjoint(with: [.ideographic, .numeric]),
                tokens[i].hasSeveralScalars, !notNamesEverywhere.contains(tokens[i])
            else { continue }
            // (A stop word as written: "Le" is an article, "Lê" a Vietnamese surname.)
            let stopword = Gazetteer.stopwords.contains(tokens[i])
                && (tokens[i].original.utf8.count == tokens[i].text.utf8.count || tokens[i].original.lowercased() == tokens[i].text)
            nameLikeAt[i] = !stopword
        }
        // (ru) A place's adjective before its noun, its hyphenated parts too, is no name: "в Кара-Сууйском районе", "в
        // Восточно-Сибирском море", "Чукотского автономного округа".
        if context.language == "ru" {
            for i in tokens.indices.dropLast() where nameLikeAt[i] && tokens[i + 1].text.startsCyrillic
                && (PlaceFinder.russianPlaceNoun(at: i + 1, in: tokens) != nil || PlaceFinder.districtPlurals.contains(tokens[i + 1].text))
            {
                var k = i
                nameLikeAt[k] = false
                while k > 0, tokens[k].flags.contains(.hyphenated) {
                    k -= 1
                    nameLikeAt[k] = false
                }
            }
        }
        return (titleAt, nameLikeAt)
    }

    /// - Parameters:
    ///   - tokens: the article's tokens (title first, then body).
    ///   - taken: tokens already matched by the gazetteer (countries, places, organisations).
    ///   - known: people the gazetteer matched, by canonical name, with their tokens.
    /// - Returns: canonical names, in order of first mention.
    ///   - context: the title and verb lists of the article's language.
    static func find(in tokens: [Token], taken: [Bool], known: [(name: String, tokens: [String])],
                     context: NameContext.Words = NameContext.shared.words(for: nil)) -> [String] {
        var found: [(name: String, parts: [String])] = known.map { ($0.name, $0.tokens) }
        var singles: [(name: String, part: String)] = []
        // Names of two or more words with nothing around them that says whose, and single words
        // before a verb of speech: "Jamal Musiala ... Musiala traf" is one person.
        var unsure: [Range<Int>] = []
        var speakers = WordSet()
        // Capitalised words standing alone where a person stands: after an inverted verb of speech
        // ("said Pilbeam"), before a possessive ("Pilbeam's lawyer") or ", who".
        var alone = WordSet()
        // The words the article writes in lower case, gathered once where a name may begin with a title (``readsAsWord``).
        var lowerWords: WordSet? = nil

        let (titleAt, nameLikeAt) = wordClasses(tokens, taken: taken, context: context)

        func isTitle(_ i: Int) -> Bool { titleAt[i] }

        func nameLike(_ i: Int) -> Bool { nameLikeAt[i] }

        /// The name that starts at `start`: capitalised words, particles inside, hyphenated parts.
        func name(at start: Int) -> Range<Int>? {
            var end = start
            while end < tokens.count && end - start < 5 {
                // (The token's flags read in place: `let t = tokens[end]` copied it, a retain and a release of its two Strings.)
                let flags = tokens[end].flags
                if end > start && (flags.contains(.afterPunctuation) || flags.contains(.lineStart)) { break }
                // A sentence ends between two capitalised words, except after an initial ("John F. Kennedy").
                if end > start && flags.contains(.sentenceStart) && tokens[end - 1].hasSeveralScalars { break }
                if end > start && flags.contains(.hyphenated) && isTitle(end) { break }
                if nameLike(end) || (end > start && flags.contains(.hyphenated) && !taken[end] && !flags.contains(.numeric)) {
                    end += 1
                    // "Martin Scorsese's Aviator": a possessive ends the name.
                    if isPossessive(tokens, end - 1) { break }
                } else if endsWithTitleSurname(start, end) {
                    // "said Amrita Sen, founder of": a title's word as the surname that ends a given name's run.
                    end += 1
                    break
                } else if end > start, particles.contains(tokens[end]), end + 1 < tokens.count, nameLike(end + 1),
                    // (Not before an acronym: "Fernando Haddad do PT".)
                    !tokens[end + 1].flags.contains(.allCaps) || tokens[start].flags.contains(.allCaps)
                {
                    end += 1
                } else if end > start, particles.contains(tokens[end]), end + 2 < tokens.count, tokens[end + 1].flags.isDisjoint(with: .boundary),
                    !tokens[end + 1].isCapitalized, NameContext.shared.particleArticles.contains(tokens[end + 1]),
                    tokens[end + 2].flags.isDisjoint(with: .boundary), nameLike(end + 2)
                {
                    // Two words in lower case: "Martín de los Santos", "Pieter van den Broek".
                    end += 2
                } else {
                    break
                }
            }
            return end > start ? start..<end : nil
        }

        /// True when the title's word at `end` is the surname of the name that a given name began at `start` ("Anjali
        /// Sen, founder", "Mervyn King said", not "Burger King"): one of ``surnameTitles``, capitalised, not abbreviated,
        /// and the last word before punctuation or a word in lower case other than "of" ("Mary Queen of Scots").
        func endsWithTitleSurname(_ start: Int, _ end: Int) -> Bool {
            guard end == start + 1, end < tokens.count else { return false }
            let t = tokens[end]
            guard t.isCapitalized, t.flags.isDisjoint(with: .boundary), !taken[end], t.hasSeveralScalars, surnameTitles.contains(t),
                NameShapes.shared.given.contains(tokens[start]) && !NameShapes.shared.givenWords.contains(tokens[start])
            else { return false }
            guard end + 1 < tokens.count else { return true }
            let next = tokens[end + 1]
            // (Not an abbreviation with its stop: "Sen. Warren".)
            return next.flags.contains(.afterPunctuation) && next.offset > t.offset + t.original.scalarCount + 1
                || next.flags.contains(.afterPunctuation) && !next.flags.contains(.sentenceStart)
                || !next.isCapitalized && next.flags.isDisjoint(with: .boundary) && next.text != "of" && !particles.contains(next)
        }

        func record(_ range: Range<Int>) {
            // "Farm Bureau Federation said": an organisation's head word makes no person's name.
            if range.contains(where: { OrganizationFinder.headsEverywhere.contains(tokens[$0]) }) { return }
            // "the Prince Albert Hotel", "the Queen Elizabeth II Bridge": a building's or a prize's name.
            if range.count >= 2, NameContext.shared.personThingEnds.contains(tokens[range.upperBound - 1]) { return }
            if context.language == "de" && range.contains(where: { isGermanBody(tokens[$0]) }) { return }
            var text = ""
            for i in range {
                if i > range.lowerBound { text += tokens[i].flags.contains(.hyphenated) ? "-" : " " }
                text += tokens[i].original
            }
            let parts = range.map { tokens[$0].text }
            if parts.count == 1 {
                singles.append((text, parts[0]))
            } else if !found.contains(where: { $0.parts == parts }) {
                found.append((text, parts))
            }
        }

        /// (vi, ru) The name after the title at `i` and the office's words: in Vietnamese a family name
        /// first or a name after a country ("Bộ trưởng Tài chính Lào Somphone Keomany"), in Russian a
        /// name's shape after words of the office ("министром транспорта Романом Старовойтом").
        func nameAfterOffice(_ i: Int) -> Range<Int>? {
            let vietnamese = context.language == "vi"
            var k = i + 1
            var afterTaken = false
            while k < tokens.count, k - i <= (vietnamese ? 8 : 5) {
                let word = tokens[k]
                if k > i + 1, !word.flags.isDisjoint(with: .boundary) { return nil }
                if taken[k] {
                    afterTaken = true
                    k += 1
                    continue
                }
                if nameLike(k), let r = name(at: k) {
                    // (The office's capitalised words may run on into the name: "Bộ Công Thương Trịnh Văn Lộc".)
                    if vietnamese, let p = r.first(where: { NameShapes.shared.vietnameseFamily.contains(tokens[$0]) }), r.upperBound - p >= 2 {
                        return p..<r.upperBound
                    }
                    // (A province's or a district's name of two words after its word, then the name: "Chủ tịch UBND tỉnh
                    // Quảng Ninh Cao Tường Huy"; family names such as Cao and Lâm begin provinces' names too.)
                    if vietnamese, r.count >= 4, k > 0, NameShapes.shared.vietnameseBefore.contains(tokens[k - 1]) {
                        return r.lowerBound + 2..<r.upperBound
                    }
                    if vietnamese, r.count >= 2, afterTaken { return r }
                    if !vietnamese, r.count >= 2 {
                        let trimmed = trimmedRussian(tokens, r)
                        return k > i + 1 && hasRussianNameShape(tokens, trimmed) ? trimmed : nil
                    }
                    k = r.upperBound
                } else {
                    k += 1
                }
                afterTaken = false
            }
            return nil
        }

        let officeWords = context.language == "vi" || context.language == "ru"
        var i = 0
        while i < tokens.count {
            // (No copy of the token: it holds two strings, and most tokens are passed over after a flag or two.)
            if officeWords, isTitle(i), let r = nameAfterOffice(i) {
                record(r)
                i = r.upperBound
                continue
            }
            // Title or role, then a name; the country in between passed over ("Президент России
            // Владимир Путин", "Đại sứ Nhật Bản Ito Naoki").
            if isTitle(i), i + 1 < tokens.count, !tokens[i + 1].flags.contains(.afterPunctuation) || tokens[i].text == "counterpart" {
                var j = i + 1
                // (Never across a sentence or from the title into the body.)
                while j < tokens.count, j - i <= 3, taken[j], j == i + 1 || tokens[j].flags.isDisjoint(with: .boundary) { j += 1 }
                if j < tokens.count, j == i + 1 || tokens[j].flags.isDisjoint(with: .boundary), nameLike(j),
                    var r = name(at: j)
                {
                    if context.language == "ru" { r = trimmedRussian(tokens, r) }
                    if r.count > 1 || context.language != "ru" || !isRussianRegionAdjective(tokens, at: r.lowerBound) { record(r) }
                    i = r.upperBound
                    continue
                }
            }
            // A phrase that introduces a person, then a name of two or more words: "according to",
            // "led by", an inverted verb of speech ("said Maureen Tulloch", "sagte Barbara Resch").
            // (Flags first: the words are looked up only before a capitalised word.)
            if i + 1 < tokens.count, tokens[i + 1].isCapitalized, !tokens[i].isCapitalized || tokens[i].flags.contains(.sentenceStart),
                tokens[i + 1].flags.isDisjoint(with: [.sentenceStart, .lineStart]), context.personPhraseEnds.contains(tokens[i]),
                NameContext.Words.phrase(among: context.personPhrases, endsAt: i, in: tokens),
                nameLike(i + 1), var r = name(at: i + 1)
            {
                // "said MSN's Blake Irving": the name after the possessor's.
                if r.count == 1, isPossessive(tokens, r.lowerBound), r.upperBound < tokens.count,
                    nameLike(r.upperBound), let next = name(at: r.upperBound)
                {
                    r = next
                }
                // (Two words, not the parts of one hyphenated word: "said Winn-Dixie would".)
                if r.count >= 2, (r.lowerBound + 1..<r.upperBound).contains(where: { !tokens[$0].flags.contains(.hyphenated) }) {
                    record(r)
                    i = r.upperBound
                    continue
                }
            }
            // A Russian surname alone before a verb of speech ("Песков заявил"): the full name when the
            // article has one.
            if nameLike(i), i + 1 < tokens.count, !tokens[i + 1].isCapitalized, context.verbs.contains(tokens[i + 1]),
                !tokens[i + 1].flags.contains(.afterPunctuation),
                i == 0 || !tokens[i].flags.isDisjoint(with: .boundary) || !nameLike(i - 1),
                Self.isRussianSurname(tokens[i].text)
            {
                record(i..<i + 1)
                i += 2
                continue
            }
            // A name of two or more words, then a verb of speech or ", the ... minister".
            if nameLike(i), !tokens[i].flags.contains(.hyphenated),
                // (After a possessor's name, a given name's: "Exxon Mobil's Darren Woods said", not "the EC's Common
                // Agricultural Policy", "USDA'S EXPORT BONUS SAID".)
                i == 0 || !tokens[i].flags.isDisjoint(with: .boundary) || !nameLike(i - 1)
                    || isPossessive(tokens, i - 1) && NameShapes.shared.given.contains(tokens[i]) && !NameShapes.shared.givenWords.contains(tokens[i]),
                var r = name(at: i), r.count >= 2
            {
                // "il ministro delle Imprese Adolfo Urso": after a title and "of", the first word is the office's.
                if r.count >= 3, r.lowerBound >= 2, OrganizationFinder.connectorsEverywhere.contains(tokens[r.lowerBound - 1]),
                    (max(0, r.lowerBound - 4)..<r.lowerBound - 1).contains(where: isTitle)
                {
                    r = r.lowerBound + 1..<r.upperBound
                }
                if beginsWithGermanRole(tokens, r, context: context) { r = r.lowerBound + 1..<r.upperBound }
                // "Treasurer Jim Chalmers told": at a sentence's start, a word that is no given name (name-shapes.tsv G, W)
                // before one that is (G) is a title, capitalised as the sentence's first word, not the name's. (Not in
                // Vietnamese, whose names begin with the family's: Phạm Minh Chính.)
                // Only where a verb or a role makes it a person's: "Bookmaker William Hill cut the odds" is left unsure.
                // And only a word that reads as one (``readsAsWord``), not a given name no list holds: "Rhodri Glyn
                // Thomas said" keeps its first name.
                let titleFirst = r.count >= 3 && context.language != "vi"
                    && !tokens[r.lowerBound].flags.isDisjoint(with: [.sentenceStart, .lineStart])
                    && !tokens[r.lowerBound + 1].flags.contains(.hyphenated)
                    && !NameShapes.shared.given.contains(tokens[r.lowerBound]) && !NameShapes.shared.givenWords.contains(tokens[r.lowerBound])
                    && NameShapes.shared.given.contains(tokens[r.lowerBound + 1])
                    && readsAsWord(tokens[r.lowerBound], lowerWords: &lowerWords, in: tokens)
                let after = r.upperBound
                if after < tokens.count {
                    let next = tokens[after]
                    var role = false
                    if next.flags.contains(.afterPunctuation) {
                        for k in after..<min(after + 5, tokens.count) {
                            if k > after && tokens[k].flags.contains(.sentenceStart) { break }
                            if isTitle(k) {
                                role = true
                                break
                            }
                        }
                    }
                    // Set off by commas after a title ("El ministro de Economía, Luis Caputo, dijo"):
                    // the title comes first, the verb may follow the closing comma.
                    var apposition = false
                    if tokens[i].flags.contains(.afterPunctuation) && !tokens[i].flags.contains(.sentenceStart) {
                        // (A place's name of several words counts as one: "La alcaldesa de Viña del Mar, Macarena
                        // Ripamonti, pidió".)
                        var k = i - 1
                        var words = 0
                        while k >= 0 && words < 4 && !apposition {
                            apposition = isTitle(k)
                            if tokens[k].flags.contains(.sentenceStart) { break }
                            if !taken[k] || k == i - 1 || !taken[k + 1] || !tokens[k + 1].flags.isDisjoint(with: .boundary) { words += 1 }
                            k -= 1
                        }
                    }
                    if apposition && next.flags.contains(.afterPunctuation) { role = true }
                    // An age set off by commas ("Chad Morrison, 44, spent").
                    if next.flags.contains(.afterPunctuation), next.flags.contains(.numeric), next.text.utf8.count <= 3,
                        after + 1 < tokens.count, tokens[after + 1].flags.contains(.afterPunctuation)
                    {
                        role = true
                    }
                    // Two Cyrillic words, the second a Russian surname in any case ("с Сергеем Лавровым").
                    // (Not a place's adjective and its region: "селе Бянкино Забайкальского края".)
                    let russian = r.count == 2 && isRussianSurname(tokens[r.lowerBound + 1].text, declined: true)
                        && !isRussianRegionAdjective(tokens, at: r.lowerBound + 1)
                    // (Not a band's, a film's or a ship's name: "the band Silver Lanterns, whose singer ...".)
                    let thing = r.lowerBound > 0 && !tokens[r.lowerBound - 1].isCapitalized
                        && tokens[r.lowerBound].flags.isDisjoint(with: .boundary)
                        && (NameShapes.shared.thingsBefore.contains(tokens[r.lowerBound - 1]) || context.firmWords.contains(tokens[r.lowerBound - 1])
                            // (vi) A district's, a street's or a prize's name: "ở huyện Chợ Lách, cho biết".
                            || context.language == "vi" && NameShapes.shared.vietnameseBefore.contains(tokens[r.lowerBound - 1]))
                    // (French "a", not the preposition "à": "l'avenue Charles-de-Gaulle à Neuilly".)
                    // (A firm's or a school's word before the name holds for a verb too: "the retailer John Lewis
                    // said", "le lycée Jean-Baptiste Say a".)
                    let verb = speechVerbs.contains(next)
                        || context.verbs.contains(next) && !next.flags.contains(.afterPunctuation) && next.original != "à"
                    if (verb || role) && !thing || russian {
                        record(titleFirst ? r.lowerBound + 1..<r.upperBound : r)
                        i = r.upperBound
                        continue
                    }
                }
                // A given name first, or in Vietnamese a family name: a person's, whatever stands around it.
                if hasPersonShape(tokens, r, context: context) {
                    record(r)
                } else {
                    unsure.append(r)
                }
                i = r.upperBound
                continue
            }
            // One word alone before a verb of speech ("Musiala traf", "Tebboune said").
            // (Only once a full name has been left unsure, and flags first: the words are looked up only
            // after a capitalised word.)
            if !unsure.isEmpty, tokens[i].isCapitalized, !tokens[i].flags.contains(.hyphenated), i + 1 < tokens.count, !tokens[i + 1].isCapitalized,
                tokens[i + 1].flags.isDisjoint(with: [.afterPunctuation, .hyphenated, .numeric]),
                speechVerbs.contains(tokens[i + 1]) || context.verbs.contains(tokens[i + 1]), nameLike(i),
                i == 0 || !tokens[i].flags.isDisjoint(with: .boundary) || !nameLike(i - 1)
            {
                speakers.insert(tokens[i].text)
            } else if !unsure.isEmpty, tokens[i].isCapitalized, !tokens[i].flags.contains(.hyphenated), i > 0,
                !tokens[i - 1].isCapitalized || !tokens[i].flags.isDisjoint(with: .boundary),
                isPossessive(tokens, i)
                    || i + 1 < tokens.count && tokens[i + 1].text == "who" && tokens[i + 1].flags.contains(.afterPunctuation)
                    || !tokens[i].flags.contains(.afterPunctuation) && context.personPhraseEnds.contains(tokens[i - 1]),
                nameLike(i)
            {
                alone.insert(tokens[i].text)
            }
            i += 1
        }

        // A full name that the article repeats by its last word alone (before a verb of speech, after
        // a title, or with no capitalised word beside it and no article before it) is a person's
        // ("Jamal Musiala ... Musiala traf", "... Coach Mancini", "Graham Pilbeam ... Pilbeam's lawyer").
        // (Not a sentence's first words, where an adjective may stand before the name: "Fuming
        // Robinson"; not a last word that a name found already holds.)
        for r in unsure where tokens[r.lowerBound].flags.isDisjoint(with: [.sentenceStart, .lineStart]) {
            let last = tokens[r.upperBound - 1].text
            if speakers.contains(last) || alone.contains(last) || singles.contains(where: { $0.part == last }),
                !found.contains(where: { $0.parts.contains(last) })
            {
                record(r)
            }
        }

        // A single word from a title pattern: the full name when the article has one.
        for single in singles where !found.contains(where: { $0.parts.contains(single.part) }) {
            found.append((single.name, [single.part]))
        }
        return withoutTails(found).map(\.name)
    }
}
