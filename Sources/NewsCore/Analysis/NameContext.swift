import CNewsData

/// The words around a person's name in each language, from `Resources/name-context.tsv`:
/// titles before a name, verbs after it, honorifics, and the titles written glued to a name in
/// Japanese and Chinese, after it in Korean, and before it in Arabic.
public struct NameContext: Sendable {
    /// One language's lists, with the English ones in them.
    public struct Words: Sendable {
        /// The language these lists are for (ISO 639-1; "en" for the English lists every language starts from).
        var language = "en"
        /// Folded words right before a name.
        var titles = WordSet()
        /// Folded endings of a one-word title (German compounds: "Verkehrsminister").
        var titleEndings: [String] = []
        /// Titles of several words, all of which must stand there ("thủ tướng": "tướng" alone
        /// folds as "tượng" does).
        var titleSequences: [[String]] = []

        /// Folded words right after a name of two or more words.
        var verbs = WordSet()
        /// (ja) titles right after a name; (zh) right before it; (ko) the title word after it;
        /// each as its characters (one token a character in these scripts).
        var after: [[String]] = []
        var before: [[String]] = []
        var koreanTitles: [[String]] = []
        /// (ar) titles before a name.
        var arabicTitles = WordSet()
        /// (ar, vi) words that end a name.
        var nameStops = WordSet()
        /// (ja, zh, ko) words that end an organisation's name, glued to it, as characters.
        var organizationSuffixes: [[String]] = []
        /// (ru, ar, vi) words that begin one.
        var organizationStarts: [[String]] = []
        /// (ru) starts of the words for a firm or a club before its name.
        var organizationTypes: [String] = []
        /// The same words as written in full, for one look-up (la società Baykar, chipmaker Nvidia).
        var firmWords = WordSet()
        /// Words for a kind of firm that, capitalised as a sentence's first word, stand before its name and are none of it
        /// (RS: "Carmaker Harbury Motors", "Insurer Aviva", "Rivals Stellantis and Renault").
        var sentenceFirmWords = WordSet()
        /// (de) Endings of compounds for a kind of firm, club or body before its name (KE: der Autobauer, den Zulieferern).
        var kindEndings: [String] = []
        /// Phrases that an organisation's name follows ("spokeswoman for", "portavoce di"), folded, and
        /// their last words, for one look-up.
        var organizationPhrases: [[String]] = []
        var organizationPhraseEnds = WordSet()
        /// Words that an organisation's name stands right before ("a ShopRite store", "das VW-Werk").
        var organizationNouns = WordSet()
        /// Words for a firm's site, which its name stands before after an indefinite article ("a ShopRite store").
        var organizationSites = WordSet()
        /// Phrases that a person's name follows ("according to", "led by", inverted "said"), folded,
        /// and their last words, for one look-up.
        var personPhrases: [[String]] = []
        var personPhraseEnds = WordSet()
        /// (ar) verbs that a name without a title follows (وقال, وسجل).
        var arabicVerbs = WordSet()
        /// (ar) given names that are places in the gazetteer too (سالم), and li- words that begin a title's
        /// field (لكرة القدم, لشؤون الخارجية).
        var arabicGivenPlaces = WordSet()
        /// (ar) Given names written with the article (AA: الحسين, الطيب, المهدي), before which an adjective of a country is the
        /// family name's nisba (الحسين الجزائري).
        var arabicArticleGivenNames = WordSet()
        var arabicFields = WordSet()
        /// (ko) titles written glued after a place's name (제주지사), as characters.
        var koreanPlaceTitles: [[String]] = []
        /// (zh) titles before a name that begins with a family name only (区长李明华), and verbs of meeting that end a
        /// name after a title (巴罗进行), as characters.
        var familyTitles: [[String]] = []
        var chineseNameEnds: [[String]] = []
        /// (ko) positions and roles that stand before a name only (투수 이민호와), as characters.
        var koreanPositions: [[String]] = []
        /// (ko) Titles of two syllables that may end a word whose first syllables name the body (KO: 우주항공청장, 국가안보실장).
        var koreanOfficeHeads = Set<String>()
        /// (ja) a department's titles, glued after a name that begins with a family name (田中健一部長), as characters.
        var departmentTitles: [[String]] = []
        /// (zh) characters of transcribed foreign names (迈克尔·伍尔德里奇).
        var chineseTranscription = WordSet()
        /// (ko, ja) words for a kind of firm before its name (플랫폼, 경쟁사; 量販店, 同業) and for its staff, side or
        /// shares after it (관계자, 측; 株価, 本社), each as one string.
        var firmWordsBeforeName: [String] = []
        var firmWordsAfterName: [String] = []
        /// (vi) The words of the heads that begin a name (U) as written, with their tone marks
        /// (``OrganizationFinder/toneKey(_:)``): folded, Đảng is Đăng and Đặng, Cục is Cúc.
        var organizationStartsWritten: Set<String> = []
        /// (vi) The titles of one word (T) as written, with their tone marks: folded, tướng "general" is Tường, a given name.
        var titlesWritten: Set<String> = []
        /// Honorifics written in lower case (ông, chị, señor, monsieur), folded: one that begins a person's name found at
        /// a sentence's start is no part of it ("Chị Lan cho biết", "Señor Pérez dijo").
        var lowercaseHonorifics = WordSet()
        /// (vi) Phrases in lower case that a body's name goes on over to a capitalised word (Ủy ban nhân dân tỉnh Quảng Nam).
        var nameGoesOn: [[String]] = []
        /// (vi) The phrases of ``nameGoesOn`` for a province, a city or a district, which its place's name follows (VP).
        var placeWords: [[String]] = []
        /// (vi) Phrases in lower case that end a body's name, reached over a few words in lower case (VE: Viện Kiểm sát
        /// nhân dân tối cao, Trung tâm Dự báo khí tượng thủy văn quốc gia).
        var nameEnds: [[String]] = []
        /// (ar) Words that end a name elsewhere but go on a body's after a word with the article (AG: مديرية الأمن العام).
        var bodyAdjectives = WordSet()
        /// (zh) Words that make a common noun before a suffix (电动汽车, 新材料公司), each as one string.
        var organizationGenerics: [String] = []
        /// Words that join the last two names of a list ("and", "und", "và"; LJ).
        var listConjunctions = WordSet()
        /// (en) Verbs of a statement after an organisation's name (said), the words that may stand between the verb
        /// and "it" (on Monday, in a statement), the words after "it" that make it the speaker itself (it would, it had),
        /// and the words after those that make "it" no one's (it would be, it had been): name-context.tsv OS, OW, OI, OB.
        var statementVerbs = WordSet()
        var statementFillers = WordSet()
        var statementPronounVerbs = WordSet()
        var statementImpersonal = WordSet()
        /// (fr, es, it, pt) Phrases that name a source ("selon", "según"), which an article and an organisation's name
        /// follow ("selon l'Insee", "segundo a Parpública"; a person's name takes none): name-context.tsv PA.
        var sourcePhrases: [[String]] = []
        var sourcePhraseEnds = WordSet()
        /// (ko) Business groups' names that begin their firms' names (LG, 삼성: LG에너지솔루션, 삼성SDI), and words that
        /// begin with one and name a product (카카오톡), each as one string.
        var koreanGroups: [String] = []
        /// Their first tokens (lg, 삼), for one look-up a word.
        var koreanGroupFirstTokens: Set<String> = []
        var koreanGroupProducts: Set<String> = []
        /// (zh) Words that begin a state body's name with no place before it (国家, 中央), the suffixes such a name ends
        /// in (委员会, 局), and words that begin with a character that ends a name elsewhere (应急: 应 "should").
        var chineseBodyStarts: [[String]] = []
        var chineseBodySuffixes: Set<String> = []
        var chineseWordsAfterStop: Set<String> = []
        /// (zh) Words that end in a suffix of one character and name no body (布局 "layout", 冠军 "champion", 总部 "head office").
        var wordsEndingInASuffix: Set<String> = []
        /// (ko) Title and position words that are common nouns before a noun as well (대표 브랜드, 선발 라인업), each as one
        /// string: no foreign name is read after them (name-context.tsv KN).
        var koreanCuesBeforeNouns: Set<String> = []
        /// (zh) Last characters of a body's name before 的 that a person's affiliation ends in (学, 所; ZA).
        var chineseAffiliationEnds: Set<String> = []

        /// True when one of `phrases` (folded words, none empty) ends at token `i`.
        static func phrase(among phrases: [[String]], endsAt i: Int, in tokens: [Token]) -> Bool {
            let word = tokens[i].text
            return phrases.contains { p in
                p.count <= i + 1 && p[p.count - 1] == word && (0..<p.count - 1).allSatisfy { tokens[i - p.count + 1 + $0].text == p[$0] }
            }
        }

        /// True when token `i` is a title, or ends one.
        func isTitle(_ tokens: [Token], _ i: Int) -> Bool {
            // English has no lists here (PersonFinder's own): no look-up per word.
            guard titles.count > 0 || !titleSequences.isEmpty || !titleEndings.isEmpty else { return false }
            if titles.contains(tokens[i]) {
                return language != "vi" || titlesWritten.contains(OrganizationFinder.toneKey(tokens[i].original))
            }
            // A former holder's title written as one word ("exalcalde", "exministra", Spanish since 2010).
            let word = tokens[i].text
            if word.utf8.count > 5, word.hasPrefix("ex"), titles.contains(String(word.dropFirst(2))) { return true }
            if Self.phrase(among: titleSequences, endsAt: i, in: tokens) { return true }
            guard !titleEndings.isEmpty, word.utf8.count > 6 else { return false }
            return titleEndings.contains { word.hasSuffix($0) }
        }
    }

    /// Words right before and right after a city's name that make it part of an organisation's
    /// (Real Madrid, Manchester United), folded, longest first.
    let organizationBefore: [[String]]
    let organizationAfter: [[String]]

    private(set) var languages: [String: Words] = [:]
    private let english: Words
    /// Honorifics of every language: a country's name after one is a person's ("M. Jordan").
    let honorifics: WordSet
    /// Capitalised words that are no part of a person's name in any language (N), folded.
    let notNames: [String]
    /// Head words of organisations' names (O) and the words that join their parts (C), folded.
    let organizationHeads: [String]
    /// Heads of several words (Trung tâm, Tập đoàn), folded: their last word is a head only after the others.
    let organizationPhraseHeads: [[String]]
    let organizationConnectors: [String]
    /// Capitals that name no organisation (I), folded.
    let notAcronyms: [String]
    /// Capitalised words for a kind of firm that may begin its name (M: Brauerei, Construtora), folded.
    let organizationKinds: [String]
    /// Head words that end a firm's name after its own word (X: Plastics, Group, Holdings), folded.
    let firmEnds: [String]
    /// Capitalised words for a building, a bridge or a prize that end a thing's name after a person's
    /// (NT: the Prince Albert Hotel, the Queen Elizabeth II Bridge), folded.
    let personThingEnds: WordSet
    /// (fr, es, it, pt) Heads of institutions that are named after a person or a place with no preposition between
    /// (ON: Fundación Carlos Slim, Hospital Gustavo Fricke, Université Cheikh Anta Diop), folded.
    let institutionHeads: WordSet
    /// Words in lower case that a name goes on over after a particle (NA: de los Santos, van den Broek), folded.
    let particleArticles: WordSet
    /// Heads that the Romance languages write in lower case before a body's place or field (OL: "le tribunal de commerce
    /// de Lyon", "la questura di Nuoro", "le conseil départemental de la Lozère"), folded.
    let lowerCaseHeads: WordSet
    /// Those of them read only with their adjective (OLA: "le conseil départemental de", not "le conseil
    /// d'administration du Fonds"), folded.
    let lowerCaseHeadsWithAdjective: WordSet
    /// Heads after which no word in lower case goes on a name (OC: "Justiça suspende obra", "el Gobierno licitará obras"),
    /// whose name goes on only over capitalised words and connectors (Governo Regional dos Açores, Justiça Federal).
    let headsWithoutLowerCase: WordSet
    /// A club's markers that make the capitalised words after them a club's name whatever they are (CB: AS Calanques,
    /// SV Isartal), folded.
    let clubMarkersBefore: WordSet
    /// And those before them (CE: Dunmore Rovers, Kelvinside Athletic FC), folded.
    let clubMarkersAfter: WordSet
    /// Days of the week in the Romance languages (DY), folded.
    let weekdays: WordSet
    /// (en) Words of sport, one of which an article names for "the" + a town + a plural to be a team (TS: game, season).
    let sportWords: WordSet
    /// (en) Plurals after a town that name a feature, an event or a pact, no team (TN: the Kuril Islands, the Paris Games).
    let notTeamPlurals: WordSet
    /// (en) Players' positions between a club's name and a player's (TP: "Ospreys centre Keelan Giles-Moran").
    let positions: WordSet
    /// A medium's word that begins a broadcaster's name (BR: Radio Mitre, Rádio Renascença), folded.
    let broadcasterWords: WordSet
    /// (it) Words shaped as a body's acronym written as a word that name a tax, a plan, a test or a thing (AW: il Pil,
    /// il Pnrr, l'Irpef, il Var), folded.
    let wordAcronymsNotBodies: WordSet
    /// Countries' codes of three letters, ISO 3166-1 alpha-3 and the IOC's (CC: GER, SUI), folded.
    let countryCodes: WordSet

    /// The shipped lists, read once on first use.
    public static let shared = NameContext(EmbeddedData.text(newsd_name_context_tsv))

    /// - Parameter text: lines `KIND<TAB>LANG<TAB>WORD|WORD` (see Resources/name-context.tsv).
    public init(_ text: String) {
        var lists: [String: Words] = [:]
        var honorifics = WordSet()
        var before: [[String]] = []
        var after: [[String]] = []
        // English first, so that every other language starts from its lists.
        // (Split on the bytes, as the shipped file allows: by Character it was half of this table's
        // cost, which the first article's analysis pays in every process.)
        let lines = text.byteSplit(0x0A).filter { !$0.hasPrefix("#") }
            .map { $0.byteSplit(0x09, omittingEmptySubsequences: false) }.filter { $0.count == 3 }
        for f in lines where f[0] == "B" || f[0] == "E" {
            let sequences = f[2].byteSplit(0x7C).map { Tokenizer.words(String($0)) }.filter { !$0.isEmpty }
            if f[0] == "B" { before += sequences } else { after += sequences }
        }
        organizationBefore = before.sorted { $0.count > $1.count }
        organizationAfter = after.sorted { $0.count > $1.count }
        for f in lines.sorted(by: { ($0[1] == "en" ? 0 : 1) < ($1[1] == "en" ? 0 : 1) }) where f[1] != "*" {
            let language = String(f[1])
            var words = lists[language] ?? lists["en"] ?? Words()
            for item in f[2].byteSplit(0x7C) {
                let folded = Tokenizer.words(String(item.drop(while: { $0 == "*" })))
                guard let first = folded.first, let last = folded.last else { continue }
                switch f[0] {
                case "T" where item.hasPrefix("*"): words.titleEndings.append(last)
                case "T" where folded.count > 1: words.titleSequences.append(folded)
                case "T":
                    words.titles.insert(last)
                    words.titlesWritten.insert(OrganizationFinder.toneKey(item))
                case "V": words.verbs.insert(first)
                case "H":
                    honorifics.insert(last)
                    // (Written in lower case: capitalised only at a sentence's start, where a name finder may take it in.)
                    if folded.count == 1, String(item) == String(item).lowercased() { words.lowercaseHonorifics.insert(first) }
                case "J": words.after.append(folded)
                case "Z": words.before.append(folded)
                case "K": words.koreanTitles.append(folded)
                case "A": words.arabicTitles.insert(first)
                case "S": words.nameStops.insert(first)
                case "G": words.organizationSuffixes.append(folded)
                case "U":
                    words.organizationStarts.append(folded)
                    for w in item.split(separator: " ") { words.organizationStartsWritten.insert(OrganizationFinder.toneKey(w)) }
                case "VL": words.nameGoesOn.append(folded)
                case "VP": words.placeWords.append(folded)
                case "VE": words.nameEnds.append(folded)
                case "AG": words.bodyAdjectives.insert(first)
                case "LJ": words.listConjunctions.insert(first)
                case "OS": words.statementVerbs.insert(first)
                case "OW": words.statementFillers.insert(first)
                case "OI": words.statementPronounVerbs.insert(first)
                case "OB": words.statementImpersonal.insert(first)
                case "PA":
                    words.sourcePhrases.append(folded)
                    words.sourcePhraseEnds.insert(last)
                case "ZG": words.organizationGenerics.append(folded.joined())
                case "R":
                    words.organizationTypes.append(first)
                    words.firmWords.insert(first)
                case "RS": words.sentenceFirmWords.insert(first)
                case "KE": words.kindEndings.append(folded.joined())
                case "P":
                    words.organizationPhrases.append(folded)
                    words.organizationPhraseEnds.insert(last)
                case "F": words.organizationNouns.insert(first)
                case "W": words.organizationSites.insert(first)
                case "L":
                    words.personPhrases.append(folded)
                    words.personPhraseEnds.insert(last)
                case "Y": words.arabicVerbs.insert(first)
                case "Q": words.koreanPlaceTitles.append(folded)
                case "KP": words.koreanPositions.append(folded)
                case "KO": words.koreanOfficeHeads.insert(folded.joined())
                case "ZF": words.familyTitles.append(folded)
                case "ZE": words.chineseNameEnds.append(folded)
                case "AN": words.arabicGivenPlaces.insert(first)
                case "AA": words.arabicArticleGivenNames.insert(first)
                case "AL": words.arabicFields.insert(first)
                case "JD": words.departmentTitles.append(folded)
                case "ZT": words.chineseTranscription.insert(first)
                case "D": words.firmWordsBeforeName.append(folded.joined())
                case "DA": words.firmWordsAfterName.append(folded.joined())
                case "KG":
                    words.koreanGroups.append(folded.joined())
                    words.koreanGroupFirstTokens.insert(first)
                case "KGX": words.koreanGroupProducts.insert(folded.joined())
                case "ZB": words.chineseBodyStarts.append(folded)
                case "ZBE": words.chineseBodySuffixes.insert(folded.joined())
                case "ZW": words.chineseWordsAfterStop.insert(folded.joined())
                case "ZX": words.wordsEndingInASuffix.insert(folded.joined())
                case "KN": words.koreanCuesBeforeNouns.insert(folded.joined())
                case "ZA": words.chineseAffiliationEnds.insert(folded.joined())
                default: break
                }
            }
            // Longest first: 官房長官 before 長官.
            words.after.sort { $0.count > $1.count }
            words.before.sort { $0.count > $1.count }
            words.koreanTitles.sort { $0.count > $1.count }
            words.koreanPlaceTitles.sort { $0.count > $1.count }
            words.koreanPositions.sort { $0.count > $1.count }
            words.familyTitles.sort { $0.count > $1.count }
            words.chineseNameEnds.sort { $0.count > $1.count }
            words.departmentTitles.sort { $0.count > $1.count }
            words.organizationSuffixes.sort { $0.count > $1.count }
            words.organizationStarts.sort { $0.count > $1.count }
            words.nameGoesOn.sort { $0.count > $1.count }
            words.language = language
            lists[language] = words
        }
        var notNames: [String] = []
        for f in lines where f[0] == "N" {
            for item in f[2].byteSplit(0x7C) { notNames += Tokenizer.words(String(item)).suffix(1) }
        }
        self.notNames = notNames
        var heads: [String] = []
        var multiWordHeads: [[String]] = []
        var connectors: [String] = []
        for f in lines where f[0] == "O" || f[0] == "C" {
            for item in f[2].byteSplit(0x7C) {
                // Of several words, the last is the head (Trung tâm, Tập đoàn), where the words before it stand before it:
                // alone, folded, it is a Vietnamese name's as often (tâm is Tam, đoàn is Đoàn: "ông Trần Ngọc Tam").
                if f[0] == "O" {
                    let words = Tokenizer.words(String(item))
                    if words.count == 1 { heads += words } else { multiWordHeads.append(words) }
                } else {
                    connectors += Tokenizer.words(String(item))
                }
            }
        }
        organizationHeads = heads
        organizationPhraseHeads = multiWordHeads
        organizationConnectors = connectors
        /// Every folded word of the lines of `kind`, in file order.
        func allWords(of kind: Substring) -> [String] {
            lines.filter { $0[0] == kind }.flatMap { $0[2].byteSplit(0x7C).flatMap { Tokenizer.words(String($0)) } }
        }
        notAcronyms = allWords(of: "I")
        organizationKinds = allWords(of: "M")
        personThingEnds = WordSet(allWords(of: "NT"))
        institutionHeads = WordSet(allWords(of: "ON"))
        particleArticles = WordSet(allWords(of: "NA"))
        clubMarkersBefore = WordSet(allWords(of: "CB"))
        lowerCaseHeads = WordSet(allWords(of: "OL") + allWords(of: "OLA"))
        headsWithoutLowerCase = WordSet(allWords(of: "OC"))
        lowerCaseHeadsWithAdjective = WordSet(allWords(of: "OLA"))
        clubMarkersAfter = WordSet(allWords(of: "CE"))
        weekdays = WordSet(allWords(of: "DY"))
        sportWords = WordSet(allWords(of: "TS"))
        notTeamPlurals = WordSet(allWords(of: "TN"))
        positions = WordSet(allWords(of: "TP"))
        broadcasterWords = WordSet(allWords(of: "BR"))
        wordAcronymsNotBodies = WordSet(allWords(of: "AW"))
        countryCodes = WordSet(allWords(of: "CC"))
        firmEnds = allWords(of: "X")
        english = lists["en"] ?? Words()
        languages = lists
        self.honorifics = honorifics
    }

    /// The lists for an article in `language` (ISO 639-1), English's when there are none.
    public func words(for language: String?) -> Words {
        language.flatMap { languages[$0] } ?? english
    }
}
