import CNewsData

/// Places that no list holds, or that the gazetteer takes only in a dateline because their name is
/// also a word, found by what stands around them (`Resources/place-context.tsv`):
/// - a dateline the gazetteer does not know ("KINLOCH, Scotland, May 4 -");
/// - a word that says a place follows ("the town of Kinloch", "la commune de Saint-Brieuc", "tỉnh
///   Quảng Trị") or precedes ("Harlan County");
/// - a name followed by a comma and a country or region the gazetteer knows, after a word in lower
///   case ("near Kinloch, Scotland,");
/// - a preposition of place before a town the gazetteer takes only in datelines or as a small town
///   ("from Savannah", "gli impianti di Cassino"), where the article names its country otherwise;
/// - (zh, ko) a suffix for a city glued to a name of two characters (文昌市, 세종시에서);
/// and names of places joined to one of those by "and" ("Cassino e Melfi").
/// Each name is at most three words, and none is a word of a person or organisation found already.
public struct PlaceContext: Sendable {
    /// One language's lists.
    struct Words: Sendable {
        /// Folded phrases right before a place's name, and their last words for one look-up.
        var before: [[String]] = []
        var beforeEnds = WordSet()
        /// Folded words right after one.
        var after = WordSet()
        /// (en) Folded words in lower case right after a place's name (E: "the Bia West district", "the Tigray region"), and
        /// their plurals after a list of names (EP: "Erie, Niagara and Chautauqua counties").
        var afterLowercase = WordSet()
        var afterLowercasePlural = WordSet()
        /// (en) Capitalised words that begin a feature's name before its own (I: Lake Albert, Mount Elgon).
        var featureFirst = WordSet()
        /// Prepositions of place, folded, and their last words.
        var prepositions: [[String]] = []
        var prepositionEnds = WordSet()
        /// Words that join two names.
        var conjunctions = WordSet()
        /// (zh, ko) suffixes of a city, words that end in one and are no place, characters that
        /// make one another word, and what may follow one in the same word; as characters.
        var suffixes = WordSet()
        /// (zh, ja) Suffixes whose name may have three characters, and districts' suffixes.
        var longSuffixes = WordSet()
        var districtSuffixes = WordSet()
        var notPlaces: [[String]] = []
        var notAfterSuffix = WordSet()
        /// (zh) Words of two characters that end right before a place's name (以来, 开通, 前往: 以来北极镇, 开通塔河县):
        /// the two characters after one are the name.
        var wordsBeforeName: [[String]] = []
        var afterSuffix: [[String]] = []
        /// (ja) Words for a region glued after its name (地方), as characters, and their first characters.
        var regionWords: [[String]] = []
        var regionWordStarts = WordSet()
        /// (ja) What follows a city's bare name glued (金沢で, 金沢駅), as characters: after any such name, and after one
        /// that is no family name; the first characters of both.
        var japaneseCityWords: [[String]] = []
        var japaneseCityParticles: [[String]] = []
        var japaneseCityStarts = WordSet()
        /// (ko) What may follow a city's bare name in the same word (전주에서, 진주와), as syllables.
        var koreanParticles: [[String]] = []
        /// (ko) Suffixes of a district, county or township (구, 군, 읍, 면), and provinces' short names that
        /// are also words (경기), as syllables.
        var koreanDistrictSuffixes = WordSet()
        var koreanProvinces: [[String]] = []
        /// (ko) Words for a site or an area after a city's bare name (청주 공장), as syllables.
        var koreanSites: [[String]] = []
        /// Folded phrases after a name and a comma that say it is a place ("Pentre Isaf, a hamlet of
        /// forty houses"), and their first words for one look-up.
        var apposition: [[String]] = []
        var appositionStarts = WordSet()
        /// Phrases that hold a country's or a place's name and are no mention of it (mỹ phẩm, того же), folded, by
        /// each of their words (a match is looked up by its first).
        var phrasesHoldingNames: [String: [[String]]] = [:]
        /// (vi) Words as written, in lower case with their tone marks, that fold to a country's name and are none (GW: Lao of
        /// "Liên đoàn Lao động", labour; Laos is Lào).
        var writtenNotCountries: Set<String> = []
        /// Words that are no place's name at a sentence's start, where they are capitalised as a name is (GS: German Seine,
        /// "his", and the river), folded.
        var sentenceStartNotPlaces = WordSet()
        /// The countries whose press writes in the language (Y), whose small towns need no other mention of their country.
        var homeCountries: Set<String> = []

        /// True when a word for a place ("the town of") ends at token `i`.
        func placeWord(endsAt i: Int, in tokens: [Token]) -> Bool {
            beforeEnds.contains(tokens[i]) && NameContext.Words.phrase(among: before, endsAt: i, in: tokens)
        }

        /// The length of a phrase of apposition ("a hamlet", "une commune") starting at token `i`, or nil.
        func apposition(startsAt i: Int, in tokens: [Token]) -> Int? {
            guard i < tokens.count, appositionStarts.contains(tokens[i]) else { return nil }
            return apposition.first { w in
                i + w.count <= tokens.count && w.indices.allSatisfy { tokens[i + $0].text == w[$0] }
            }?.count
        }

        /// True when a preposition of place ("in", "près de") ends at token `i`.
        func preposition(endsAt i: Int, in tokens: [Token]) -> Bool {
            prepositionEnds.contains(tokens[i]) && NameContext.Words.phrase(among: prepositions, endsAt: i, in: tokens)
        }

        /// Adds the folded words of one item of a list of `kind` (see Resources/place-context.tsv).
        mutating func add(kind: Substring, _ folded: [String]) {
            let first = folded[0], last = folded[folded.count - 1]
            switch kind {
            case "B":
                before.append(folded)
                beforeEnds.insert(last)
            case "A": after.insert(first)
            case "E": afterLowercase.insert(first)
            case "EP": afterLowercasePlural.insert(first)
            case "I": featureFirst.insert(first)
            case "P":
                prepositions.append(folded)
                prepositionEnds.insert(last)
            case "C": conjunctions.insert(first)
            case "GS": sentenceStartNotPlaces.insert(first)
            case "S": suffixes.insert(first)
            case "T": longSuffixes.insert(first)
            case "R": districtSuffixes.insert(first)
            case "X": notPlaces.append(folded)
            case "N": notAfterSuffix.insert(first)
            case "Z": wordsBeforeName.append(folded)
            case "F": afterSuffix.append(folded)
            case "J":
                japaneseCityWords.append(folded)
                japaneseCityStarts.insert(first)
            case "O":
                japaneseCityParticles.append(folded)
                japaneseCityStarts.insert(first)
            case "L":
                regionWords.append(folded)
                regionWordStarts.insert(first)
            case "K": koreanParticles.append(folded)
            case "U": koreanDistrictSuffixes.insert(first)
            case "V": koreanProvinces.append(folded)
            case "H": koreanSites.append(folded)
            case "G": for word in Set(folded) { phrasesHoldingNames[word, default: []].append(folded) }
            case "Y": homeCountries.insert(first.uppercased())
            case "Q":
                apposition.append(folded)
                appositionStarts.insert(first)
            default: break
            }
        }
    }

    let languages: [String: Words]
    /// Every language's lists together, for an article whose language is not known.
    let all: Words
    /// ``languages`` and ``all`` boxed (``lists(for:)``).
    private let boxed: [String: Lists]
    private let allLists: Lists

    /// A language's ``Words`` in a class: read through it, its lists are borrowed where they are (a ``Words`` returned
    /// by value is a copy, a retain and a release of each of its lists).
    final class Lists: Sendable {
        let words: Words
        init(_ words: Words) { self.words = words }
    }
    /// First words of a dateline that is no place, folded.
    let notDatelines: WordSet
    /// Capitalised words that are never a place's first (months, days), folded.
    let notPlaces: WordSet
    /// Words of a team's people right after a name that is a country's part and a team's ("Wales coach", "England
    /// manager", "Scotland captain"), folded.
    let teamWords: WordSet

    /// The shipped lists, read once on first use.
    public static let shared = PlaceContext(EmbeddedData.text(newsd_place_context_tsv))

    /// - Parameter text: lines `KIND<TAB>LANG<TAB>WORD|WORD` (see Resources/place-context.tsv).
    public init(_ text: String) {
        var lists: [String: Words] = [:]
        var all = Words()
        var notDatelines = WordSet()
        var notPlaces = WordSet()
        var teamWords = WordSet()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 3 else { continue }
            var words = lists[String(f[1])] ?? Words()
            for item in f[2].split(separator: "|") {
                if f[0] == "GW" {
                    words.writtenNotCountries.insert(item.lowercased())
                    continue
                }
                let folded = Tokenizer.words(String(item))
                guard !folded.isEmpty else { continue }
                switch f[0] {
                case "D": notDatelines.insert(folded[0])
                case "W": notPlaces.insert(folded[0])
                case "M": teamWords.insert(folded[0])
                default:
                    words.add(kind: f[0], folded)
                    // (A language's home countries are its own: an article in no known language has none.)
                    if f[0] != "Y" { all.add(kind: f[0], folded) }
                }
            }
            lists[String(f[1])] = words
        }
        languages = lists
        self.all = all
        boxed = lists.mapValues { Lists($0) }
        allLists = Lists(all)
        self.notDatelines = notDatelines
        self.notPlaces = notPlaces
        self.teamWords = teamWords
    }

    /// The lists for an article in `language`; every language's when it is not known or has none.
    func words(for language: String?) -> Words {
        language.flatMap { languages[$0] } ?? all
    }

    /// ``words(for:)`` in its box, not copied.
    func lists(for language: String?) -> Lists {
        language.flatMap { boxed[$0] } ?? allLists
    }

    /// The countries whose press writes `language` (Y), none for a language with no lists.
    func homeCountries(for language: String?) -> Set<String> {
        language.flatMap { boxed[$0]?.words.homeCountries } ?? []
    }
}

/// Finds places by their context; see ``PlaceContext``.
enum PlaceFinder {
    /// Names of at most this many words.
    static let longestName = 3

    /// What the rest of the analysis has found, which a place found here must not repeat.
    struct Found {
        /// Tokens that belong to a name found already (a place, an organisation).
        var taken: [Bool]
        /// Folded words of the people and organisations found.
        var nameWords: Set<String>
        /// The gazetteer's matches in the text, to read "Kinloch, Scotland".
        var matches: [Gazetteer.Match]
        /// Countries the article names.
        var countries: OrderedSet
        /// The countries whose press writes the article's language (place-context.tsv Y): their towns need no other mention.
        var homeCountries: Set<String> = []
        /// (zh, ja) The people found, as written: a town's name before its suffix is no person's (坂本浩町長 is the mayor
        /// 坂本浩, no town 坂本浩町).
        var people: Set<String> = []
        /// Small towns whose names hold the gazetteer's, read in their place (Analyzer+SmallTownsOverMatches): a list's
        /// places as the matches are ("Pozoblanco, Villanueva de Córdoba e Hinojosa del Duque").
        var towns: [Range<Int>] = []
    }

    /// The places found in `tokens`, as written (a dateline's capitals as a name is written), and the
    /// countries of those among them that the article names no other way, with the token each starts at
    /// (``datelineOnlyTown(_:in:gazetteer:countries:)``: "Thousands marched in Bologna" is about Italy).
    static func find(in tokens: [Token], titleCount: Int, body: String, found: Found, datelinePlace: String?, datelineKnown: Bool,
                     language: String?, gazetteer: Gazetteer, context: PlaceContext = .shared)
        -> (places: [String], countries: [(country: String, at: Int)])
    {
        let words = context.words(for: language)
        // The closures below read this list alone: capturing `words` copied all its lists (a
        // retain and a release each) at every closure made, the place finder's largest cost.
        let afterWords = words.after
        var out: [String] = []
        var countries: [(country: String, at: Int)] = []
        var taken = found.taken
        // The token ranges of the places added here, for the Korean districts after them.
        var added: [Range<Int>] = []
        // (A name in a script without spaces, `syllables`, may share its characters with anyone's name.)
        func add(_ r: Range<Int>, syllables: Bool = false, as written: String? = nil) {
            // (A place's words may all be in an organisation's name too: "Harney County Sheriff's Office"
            // and then "Harney County"; but one word alone is no sign, as folded syllables repeat: "xã Thạnh Mỹ" in an
            // article on Bùi Thanh Sơn.)
            guard !r.isEmpty, !r.contains(where: { taken[$0] }),
                syllables || !r.filter({ !afterWords.contains(tokens[$0]) }).allSatisfy({ found.nameWords.contains(tokens[$0].text) })
            else { return }
            let name = written ?? Gazetteer.name(r, in: tokens)
            if !out.contains(name) { out.append(name) }
            for i in r { taken[i] = true }
            added.append(r)
        }

        // (Not a name's words: "BAYER -"; but a word of it may be in one, "CIUDAD DE PANAMÁ ... la Autoridad del Canal de Panamá".)
        if let place = datelinePlace, !datelineKnown, let name = datelineName(place, body: tokens[titleCount...], context: context),
            !Tokenizer.words(name).filter({ !Gazetteer.nameLinks.contains($0) }).allSatisfy(found.nameWords.contains)
        {
            out.append(name)
        }

        // A dateline in a script without case (الظهران - ...), which the cleaner reads only in capitals.
        if datelinePlace == nil, let r = caselessDateline(tokens, bodyStart: titleCount, body: body, context: context),
            !r.contains(where: { taken[$0] })
        {
            add(r)
        }

        // Where a gazetteer match of a country or region starts, for "Kinloch, Scotland".
        var regionAt = Set<Int>()
        for m in found.matches where m.start >= 0 && [.country, .place].contains(gazetteer.entries.kind(m.entry)) {
            regionAt.insert(m.start)
        }
        // Where the gazetteer's towns and regions start and end, for a small town listed with one.
        var bounds = placeBounds(found.matches, gazetteer: gazetteer)
        for r in found.towns {
            bounds.starts.insert(r.lowerBound)
            bounds.ends.insert(r.upperBound)
        }
        // A run's words with the lower-case ones that join a place's name (Roquebrune-sur-Argens,
        // Puget-sur-Argens), where one follows it; else the run.
        func linked(_ run: Range<Int>) -> Range<Int> {
            guard run.upperBound < tokens.count, !tokens[run.upperBound].isCapitalized else { return run }
            return linkedRun(from: run.lowerBound, in: tokens, taken: taken, context: context)
        }
        // A small town of a country the article names, by its linked run or its capitalised words.
        func smallTownAt(_ run: Range<Int>) -> Range<Int>? {
            let long = linked(run)
            if long != run, let town = smallTown(long, in: tokens, countries: found.countries, home: found.homeCountries) { return town }
            // (Not the start of a longer name: Saint-Aubin of "Saint-Aubin-les-Forges".)
            guard !Gazetteer.goesOnByHyphen(tokens, at: run.upperBound) else { return nil }
            return smallTown(run, in: tokens, countries: found.countries, home: found.homeCountries)
        }
        // Such a town listed with a town or region the gazetteer knows.
        func coordinatedTown(_ run: Range<Int>) -> Range<Int>? {
            guard !bounds.starts.isEmpty else { return nil }
            let long = linked(run)
            if long != run, coordinated(long, in: tokens, placeStarts: bounds.starts, placeEnds: bounds.ends, words: words),
                let town = smallTown(long, in: tokens, countries: found.countries, home: found.homeCountries)
            {
                return town
            }
            guard coordinated(run, in: tokens, placeStarts: bounds.starts, placeEnds: bounds.ends, words: words),
                !Gazetteer.goesOnByHyphen(tokens, at: run.upperBound)
            else { return nil }
            return smallTown(run, in: tokens, countries: found.countries, home: found.homeCountries)
        }

        for r in koreanCities(in: tokens, taken: taken, found: found, words: words, gazetteer: gazetteer) { add(r, syllables: true) }
        for r in japaneseCities(in: tokens, taken: taken, words: words, gazetteer: gazetteer) { add(r, syllables: true) }
        if language == "zh" {
            for r in chineseRouteEnds(in: tokens, taken: taken, matches: found.matches, gazetteer: gazetteer) { add(r, syllables: true) }
        }
        if let r = chineseDatelineCity(in: tokens, bodyStart: titleCount, taken: taken, gazetteer: gazetteer) {
            add(r, syllables: true)
            if !found.countries.contains("CN"), !countries.contains(where: { $0.country == "CN" }) { countries.append(("CN", r.lowerBound)) }
        }
        for (r, name) in russianDistricts(in: tokens, taken: taken) { add(r, as: name) }

        // Lists after a preposition of place with a city or region among them ("in Thirsk, Northallerton and Bedale").
        var k = 1
        while k < tokens.count {
            defer { k += 1 }
            // (Not a feature's "di" or "de": "il Lago di Scutari, in Albania" is the lake's name.)
            guard tokens[k].isCapitalized, Gazetteer.readsLowercase(tokens[k - 1]), !tokens[k].flags.contains(.sentenceStart),
                words.preposition(endsAt: k - 1, in: tokens),
                !(k >= 2 && tokens[k - 2].isCapitalized && words.featureFirst.contains(tokens[k - 2]))
            else { continue }
            for r in listed(from: k, first: nil, in: tokens, taken: taken, found: found, words: words, gazetteer: gazetteer, context: context) {
                add(r)
                k = r.upperBound - 1
            }
        }

        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.flags.contains(.ideographic) {
                // (Characters, which a found name may share: 杭 of 杭州市科学技术局 and of 余杭区.)
                if words.suffixes.contains(t), let r = beforeSuffix(at: i, in: tokens, taken: taken, words: words) {
                    // (A town's or a village's name keeps its suffix: 四万十町 is no 四万十市, 洛阳镇 no 洛阳.)
                    if !found.people.isEmpty, found.people.contains(Gazetteer.name(r, in: tokens)) {
                        i += 1
                        continue
                    }
                    add(Self.townSuffixes.contains(t.text) ? r.lowerBound..<i + 1 : r, syllables: true)
                } else if words.districtSuffixes.contains(t), let r = district(at: i, in: tokens, taken: taken) {
                    add(r, syllables: true)
                } else if words.regionWordStarts.contains(t), let r = beforeRegionWord(at: i, in: tokens, taken: taken, words: words) {
                    add(r, syllables: true)
                }
                i += 1
                continue
            }
            let caseless = isCaseless(t)
            guard t.isCapitalized || caseless, !taken[i], i > 0, !context.notPlaces.contains(t), t.hasSeveralScalars else {
                i += 1
                continue
            }
            let run = caseless ? i..<(arabicNameStarts.contains(t) && i + 1 < tokens.count && isCaseless(tokens[i + 1])
                && tokens[i + 1].flags.isDisjoint(with: .boundary) ? i + 2 : i + 1) : capitalisedRun(from: i, in: tokens, taken: taken)
            // After a preposition of place in lower case ("in", "from") or starting a sentence ("В Находке"),
            // for the last two signals.
            let afterPreposition = !caseless && Gazetteer.readsLowercase(tokens[i - 1]) && words.preposition(endsAt: i - 1, in: tokens)
            var place: Range<Int>?
            // The place's name where it is not its words' ("au Muy": Le Muy).
            var written: String?
            // (In one sentence: "... в отрезанные сёла. Синоптики ожидают" is no village's name.)
            if t.flags.isDisjoint(with: [.sentenceStart, .lineStart]), words.placeWord(endsAt: i - 1, in: tokens),
                case let r = caseless ? run : linkedRun(from: i, in: tokens, taken: taken, context: context),
                caseless || endsName(r, in: tokens)
            {
                place = language == "vi" ? knownStart(of: r, in: tokens, gazetteer: gazetteer) ?? r : r
                // (Romance) The word capitalised inside a sentence is the name's own: "Lago Agrio", "Cabo Frio" are towns,
                // not a lake's or a cape's name after its word.
                if let name = place, Self.romanceLanguages.contains(language ?? ""), !taken[i - 1], tokens[i - 1].isCapitalized,
                    tokens[i - 1].flags.isDisjoint(with: [.sentenceStart, .lineStart])
                {
                    place = i - 1..<name.upperBound
                } else if let name = place, i >= 2, Self.romanceLanguages.contains(language ?? ""), tokens[i - 1].text == "d",
                    !taken[i - 2], tokens[i - 2].isCapitalized, tokens[i - 2].flags.isDisjoint(with: [.sentenceStart, .lineStart])
                {
                    // (And over an elided "d'": "la Val d'Agri".)
                    place = i - 2..<name.upperBound
                } else if let name = place, i >= 2, Self.romanceLanguages.contains(language ?? ""), Gazetteer.nameLinks.contains(tokens[i - 1]),
                    !taken[i - 2], words.featureFirst.contains(tokens[i - 2]), tokens[i - 2].isCapitalized
                {
                    // (And a feature's capitalised word before "de": "la Laguna de Rocha", "il Lago di Scutari".)
                    place = i - 2..<name.upperBound
                }
            } else if !caseless, let r = appositive(from: i, in: tokens, taken: taken, words: words, context: context) {
                // "Pentre Isaf, a hamlet of forty houses".
                place = r
            } else if !caseless, !t.flags.contains(.sentenceStart),
                let a = (i + 1..<min(run.upperBound + 1, tokens.count)).first(where: { afterWords.contains(tokens[$0]) && tokens[$0].isCapitalized }),
                tokens[a].flags.isDisjoint(with: .boundary),
                !(i..<a).contains(where: { OrganizationFinder.headsEverywhere.contains(tokens[$0]) || Gazetteer.stopwords.contains(tokens[$0]) })
            {
                // "Harlan County", "Bowen Basin": the word is part of the name. (Not a title's words in capitals: "How Green
                // Was My Valley".)
                place = i..<a + 1
            } else if !caseless, words.featureFirst.contains(t),
                case let feature = run.count == 1 && Self.romanceLanguages.contains(language ?? "") ? linkedRun(from: i, in: tokens, taken: taken, context: context) : run,
                feature.count >= 2, feature.count <= 3,
                !(feature.upperBound < tokens.count && OrganizationFinder.headsEverywhere.contains(tokens[feature.upperBound])),
                !(feature.lowerBound + 1..<feature.upperBound).contains(where: { OrganizationFinder.headsEverywhere.contains(tokens[$0]) })
            {
                // "Lake Albert", "Mount Elgon" (not "Mount Sinai Hospital"); (Romance) over "de": "Punta del Diablo".
                place = feature
            } else if !caseless, let r = beforeLowercaseFeature(run, in: tokens, words: words, found: found, gazetteer: gazetteer) {
                // "the Bia West district", "the Tigray region"; and "Erie, Niagara and Chautauqua counties": the list's
                // names before too.
                place = r.name
                for item in r.list { add(item) }
            } else if afterPreposition, t.flags.isDisjoint(with: .boundary),
                run.upperBound + 1 < tokens.count, regionAt.contains(run.upperBound),
                tokens[run.upperBound].flags.contains(.afterPunctuation), run.count == 1,
                endsPhrase(after: run.upperBound, in: tokens, found: found, gazetteer: gazetteer)
            {
                place = run
            } else if afterPreposition,
                case let town = datelineOnlyTown(run, in: tokens, gazetteer: gazetteer, countries: found.countries),
                let r = town?.range ?? smallTownAt(run),
                onlyAsPlace(r, in: tokens, words: words)
            {
                place = r
                if let c = town?.country, !found.countries.contains(c), !countries.contains(where: { $0.country == c }) {
                    countries.append((c, r.lowerBound))
                }
            } else if !caseless, let r = coordinatedTown(run) {
                place = r
            } else if language == "fr", !caseless, t.flags.isDisjoint(with: .boundary),
                let town = townAfterContraction(run, linked: linked(run), in: tokens, found: found, gazetteer: gazetteer)
            {
                place = town.range
                written = town.name
                if !found.countries.contains(town.country), !countries.contains(where: { $0.country == town.country }) {
                    countries.append((town.country, town.range.lowerBound))
                }
            }
            // (A small town of a home country only: that country is the article's too.)
            if let r = place, let c = homeCountry(ofSmallTown: r, in: tokens, countries: found.countries, home: found.homeCountries),
                !countries.contains(where: { $0.country == c })
            {
                countries.append((c, r.lowerBound))
            }
            guard let r = place else {
                // The next word may start a name ("die Gemeinde Wennighausen": the German word for a
                // place is capitalised too).
                i += 1
                continue
            }
            add(r, as: written)
            var end = r.upperBound
            // "les communes de Plouguerneau, Landéda et Ploudalmézeau".
            for item in listed(from: r.lowerBound, first: r, in: tokens, taken: taken, found: found, words: words,
                               gazetteer: gazetteer, context: context) {
                add(item)
                end = item.upperBound
            }
            // "Cassino e Melfi": a capitalised name after a conjunction is a place too.
            while end + 1 < tokens.count, words.conjunctions.contains(tokens[end]), tokens[end + 1].isCapitalized, !taken[end + 1],
                !tokens[end + 1].flags.contains(.sentenceStart)
            {
                let next = linkedRun(from: end + 1, in: tokens, taken: taken, context: context)
                add(next)
                end = next.upperBound
            }
            i = max(end, i + 1)
        }
        if words.koreanDistrictSuffixes.count > 0 {
            for r in koreanDistricts(in: tokens, taken: taken, places: added, found: found, words: words, gazetteer: gazetteer) {
                add(r, syllables: true)
            }
        }
        return (out, countries)
    }

    /// (en) The capitalised run `run` when a word of E follows it in lower case in the same phrase ("the Bia West district"),
    /// or a plural of EP after it and the names listed before it with commas and "and" ("Erie, Niagara and Chautauqua
    /// counties"), at most five: not a name of words that name nothing of their own (a stop word, a title, a direction
    /// alone: "the Western region"), a name found already, nor a country's or people's name ("the Kurdish region").
    static func beforeLowercaseFeature(_ run: Range<Int>, in tokens: [Token], words: PlaceContext.Words, found: Found,
                                       gazetteer: Gazetteer) -> (name: Range<Int>, list: [Range<Int>])?
    {
        var e = run.upperBound
        guard e < tokens.count else { return nil }
        // "Wotje, Utirik and other northern atolls": "and other", up to two words in lower case and a plural after the list.
        if e + 2 < tokens.count, words.conjunctions.contains(tokens[e]), tokens[e + 1].text == "other",
            tokens[e].flags.isDisjoint(with: .boundary), tokens[e + 1].flags.isDisjoint(with: .boundary)
        {
            var k = e + 2
            while k < tokens.count, k - (e + 2) < 2, !tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: .boundary),
                !words.afterLowercasePlural.contains(tokens[k])
            {
                k += 1
            }
            if k < tokens.count, words.afterLowercasePlural.contains(tokens[k]) { e = k }
        }
        let plural = words.afterLowercasePlural.contains(tokens[e])
        guard plural || words.afterLowercase.contains(tokens[e]), tokens[e].original == tokens[e].text,
            tokens[e].flags.isDisjoint(with: .boundary)
        else { return nil }
        func plain(_ r: Range<Int>) -> Bool {
            guard !r.contains(where: { found.taken[$0] || found.nameWords.contains(tokens[$0].text) || tokens[$0].flags.contains(.allCaps)
                || Gazetteer.stopwords.contains(tokens[$0]) || PersonFinder.titles.contains(tokens[$0].text)
                || OrganizationFinder.headsEverywhere.contains(tokens[$0]) }),
                !r.allSatisfy({ Gazetteer.directionQualifiers.contains(tokens[$0]) }),
                // (A people's adjective of one word that names no country: "the Kurdish region", "the Flemish region".)
                r.count > 1 || !["ish", "ese", "ian"].contains(where: { tokens[r.lowerBound].text.hasSuffix($0) })
            else { return false }
            return !gazetteer.matches(in: Array(tokens[r]), reading: .query).contains {
                [.country, .demonym].contains(gazetteer.entries.kind($0.entry))
            }
        }
        // (A word capitalised only as a sentence's first is no name alone: "Several states".)
        guard plain(run), run.count > 1 || tokens[run.lowerBound].flags.isDisjoint(with: [.sentenceStart, .lineStart]) else { return nil }
        var list: [Range<Int>] = []
        if plural {
            // Back over the conjunctions ("and", "or": C) and commas, one name of one to three capitalised words at a time.
            var k = run.lowerBound
            while list.count < 5, k >= 2 {
                let joint = tokens[k - 1]
                let byComma = joint.isCapitalized && tokens[k].flags.contains(.afterPunctuation) && PlaceFinder.gap(joint, tokens[k]) == 2
                let byWord = !byComma && words.conjunctions.contains(joint) && joint.original == joint.text
                guard byComma || byWord else { break }
                var start = byComma ? k - 1 : k - 2
                guard start >= 0, tokens[start].isCapitalized else { break }
                while start > 0, k - start < 4, tokens[start - 1].isCapitalized, tokens[start].flags.isDisjoint(with: .boundary) { start -= 1 }
                let item = start..<(byComma ? k : k - 1)
                guard plain(item) else { break }
                list.append(item)
                k = start
            }
        }
        return (run, list)
    }

    /// The languages whose words for a place are written in lower case before its name ("el lago Gatún", "la ville de"): the
    /// Romance languages of the organisations' finder, and Galician and Catalan, which the language identifier gives some
    /// short Spanish texts.
    static let romanceLanguages: Set<String> = OrganizationFinder.romanceLanguages.union(["gl", "ca"])

    /// (zh, ja) The suffixes of a town's, a village's or an island's name (镇, 乡, 村, 岛; 町, 村, 島), which the name keeps: a
    /// city's of the same characters is another place (四万十町 and 四万十市, 洛阳镇 and 洛阳), and an island is named with its
    /// word (维提岛).
    static let townSuffixes: Set<String> = ["镇", "乡", "村", "町", "岛", "島", "河", "湖", "湾", "峠", "岬"]

    /// Capitalised words from `i` on, not taken, in one phrase, at most ``longestName``.
    static func capitalisedRun(from i: Int, in tokens: [Token], taken: [Bool]) -> Range<Int> {
        var end = i + 1
        // Words one space apart: not across a possessive ("Rockstar's Western") or other punctuation.
        while end < tokens.count, end - i < longestName, tokens[end].isCapitalized, !taken[end],
            tokens[end].flags.isDisjoint(with: Token.Flags.boundary.union(.numeric)),
            gap(tokens[end - 1], tokens[end]) == 1
        {
            end += 1
        }
        return i..<end
    }

    /// ``capitalisedRun(from:in:taken:)`` with the lower-case words that join the words of one
    /// place's name: hyphenated ("Saint-Aubin-les-Forges", "Stratford-upon-Avon") or, spaced, the
    /// Romance ones ("Frías de Albarracín", "Pian del Lupo"); at most ``longestName`` capitalised words.
    static func linkedRun(from i: Int, in tokens: [Token], taken: [Bool], context: PlaceContext) -> Range<Int> {
        var end = capitalisedRun(from: i, in: tokens, taken: taken).upperBound
        var capitals = end - i
        let phrase = Token.Flags.boundary.union(.numeric)
        while capitals < longestName, end + 1 < tokens.count, !taken[end], !taken[end + 1] {
            let link = tokens[end], next = tokens[end + 1]
            guard !link.isCapitalized, next.isCapitalized, link.flags.isDisjoint(with: phrase), next.flags.isDisjoint(with: phrase),
                !context.notPlaces.contains(next)
            else { break }
            let hyphenated = link.flags.contains(.hyphenated) && next.flags.contains(.hyphenated)
            guard hyphenated || (Gazetteer.nameLinks.contains(link) && gap(tokens[end - 1], link) == 1 && gap(link, next) == 1)
            else { break }
            let more = capitalisedRun(from: end + 1, in: tokens, taken: taken)
            let count = min(more.count, longestName - capitals)
            end += 1 + count
            capitals += count
        }
        return i..<end
    }

    /// A name, a comma and a phrase that says it is a place ("Pentre Isaf, a hamlet of forty houses",
    /// "Calomarde, una aldea de"), ending a phrase or before a preposition ("a village elder" is no
    /// place: a word in lower case follows the phrase).
    static func appositive(from i: Int, in tokens: [Token], taken: [Bool], words: PlaceContext.Words, context: PlaceContext) -> Range<Int>? {
        let run = linkedRun(from: i, in: tokens, taken: taken, context: context)
        let comma = run.upperBound
        guard comma < tokens.count, tokens[comma].flags.contains(.afterPunctuation),
            tokens[comma].flags.isDisjoint(with: [.sentenceStart, .lineStart]), !tokens[comma].isCapitalized,
            let count = words.apposition(startsAt: comma, in: tokens)
        else { return nil }
        let after = comma + count
        guard after < tokens.count else { return run }
        let t = tokens[after]
        if !t.flags.isDisjoint(with: .boundary) { return run }
        return ofWords.contains(t.text) || words.preposition(endsAt: after, in: tokens) || appositionFollowers.contains(t) ? run : nil
    }

    /// Words after "a village" that leave it a place ("a village where", "a town that").
    static let appositionFollowers: WordSet = [
        "where", "which", "that", "whose", "with", "about", "some", "just", "north", "south", "east", "west", "on", "at",
        "où", "qui", "avec", "donde", "que", "con", "dove", "che", "onde", "com", "wo", "mit", "im", "am",
    ]

    /// Scalars between the end of `a` and the start of `b` (0: glued, as ``Gazetteer/glued(_:_:)``;
    /// 1: a space or one mark).
    static func gap(_ a: Token, _ b: Token) -> Int { b.offset - a.offset - a.original.scalarCount }

    /// (ar) Words that begin a place's name of two ("mother", "father", "head", "spring", "well", "hill", "monastery",
    /// "inn", "sons of", "village", "mountain", "valley": قضاء أم قصر, رأس الخيمة, عين العرب), which takes the word after.
    static let arabicNameStarts: WordSet = ["أم", "ام", "أبو", "ابو", "رأس", "راس", "عين", "بئر", "تل", "دير", "خان", "بني", "كفر", "جبل", "وادي", "سيدي",
                                            // (Forty-third session: the Maghreb's Aït and Ouled, a well, a lava field, a creek, a
                                            // salt lake, a west or east that begins a village's name: ايت امحمد, حاسي خبي, حرة
                                            // لونير, خور الزبير, شط الجريد, غرب سهيل.)
                                            "آيت", "ايت", "أيت", "أولاد", "اولاد", "حاسي", "حرة", "خور", "شط", "غرب", "شرق", "زاوية"]

    /// A token of a script without case (Arabic, Hebrew): no upper or lower case letter in it.
    /// (Told by the first scalar's UTF-8 bytes, U+0590 D6 90 to U+07FF DF BF, without decoding it: this is asked of
    /// every token.)
    @inline(__always)
    static func isCaseless(_ t: Token) -> Bool {
        var bytes = t.original.utf8.makeIterator()
        guard let lead = bytes.next(), lead >= 0xD6, lead <= 0xDF else { return false }
        return lead > 0xD6 || (bytes.next() ?? 0) >= 0x90
    }

    /// After "Kinloch, Scotland": the country or region ends a phrase (a comma, the sentence's end,
    /// a word in lower case), so it is no "Barclays, Britain's biggest bank".
    static func endsPhrase(after start: Int, in tokens: [Token], found: Found, gazetteer: Gazetteer) -> Bool {
        guard tokens[start].flags.contains(.afterPunctuation), !tokens[start].flags.contains(.sentenceStart),
            let m = found.matches.first(where: { $0.start == start })
        else { return false }
        let end = m.start + m.count
        guard end < tokens.count else { return true }
        return !tokens[end].flags.isDisjoint(with: .boundary)
    }

    /// A name after "the city of" ends where its words end: no organisation's head word in it, and
    /// no "of" and a name after it ("the District of Columbia Court of Appeals").
    static func endsName(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        if run.contains(where: { OrganizationFinder.headsEverywhere.contains(tokens[$0]) }) { return false }
        let e = run.upperBound
        // A possessive after it ("the port of Rockstar's Western game"): the tokenizer drops the
        // "'s", so the next word stands further than a space away, with no punctuation flag.
        if e < tokens.count, tokens[e].flags.isDisjoint(with: .boundary), gap(tokens[e - 1], tokens[e]) > 1 {
            return false
        }
        return !(e + 1 < tokens.count && ofWords.contains(tokens[e].text) && tokens[e + 1].isCapitalized
            && tokens[e].flags.isDisjoint(with: .boundary) && tokens[e + 1].flags.isDisjoint(with: .boundary))
    }

    /// "Of" in the languages of the lists, folded: a name after it continues the one before.
    static let ofWords: Set<String> = ["of", "de", "di", "do", "da", "del", "della", "des", "du", "von", "der"]

    /// A town whose name is also a word or a surname counts only where the article writes it as a
    /// place every time: each capitalised mention of its first word stands after a preposition of
    /// place or a word for a place ("from Paterson" and then "Paterson slotted four penalties" is a
    /// player).
    /// (A name that begins with an article, "Le Cannet-des-Maures", by its word after the article: "Le ministre" is none of
    /// its mentions; "au Muy" is one.)
    static func onlyAsPlace(_ r: Range<Int>, in tokens: [Token], words: PlaceContext.Words) -> Bool {
        let skip = r.count > 1 && Analyzer.capitalisedArticles.contains(tokens[r.lowerBound]) ? 1 : 0
        let first = tokens[r.lowerBound + skip]
        for k in tokens.indices where tokens[k].key.hash == first.key.hash && tokens[k].isCapitalized && tokens[k].text == first.text {
            var before = k - 1
            if skip == 1, before >= 0, tokens[before].text == tokens[r.lowerBound].text { before -= 1 }
            guard before >= 0 else { return false }
            if !words.preposition(endsAt: before, in: tokens) && !words.placeWord(endsAt: before, in: tokens) { return false }
        }
        return true
    }

    /// (vi) The province or town that the gazetteer knows at the start of a run of three capitalised words or more
    /// after a word for one, where a person's name follows it ("Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy"): a
    /// Vietnamese place's name is two or three words, a name after a title is.
    static func knownStart(of run: Range<Int>, in tokens: [Token], gazetteer: Gazetteer) -> Range<Int>? {
        guard run.count >= 3 else { return nil }
        let found = gazetteer.matches(in: Array(tokens[run]), reading: .dateline)
        guard let m = found.first, m.start == 0, m.count >= 2, m.count < run.count,
            [.city, .place].contains(gazetteer.entries.kind(m.entry))
        else { return nil }
        return run.lowerBound..<run.lowerBound + m.count
    }

    /// A town in `run` (from its start) that the gazetteer takes only in a dateline or as a small
    /// town, in a country the article names; a large city whose name is a word also where the article
    /// names no country ("Thousands marched in Bologna"; not "in Surrey" of a story that names Britain).
    static func datelineOnlyTown(_ run: Range<Int>, in tokens: [Token], gazetteer: Gazetteer, countries: OrderedSet)
        -> (range: Range<Int>, country: String)?
    {
        // (Nor the start of a longer name: "entre Le Cannet-des-Maures" is no Le Cannet.)
        guard !Gazetteer.goesOnByHyphen(tokens, at: run.upperBound) else { return nil }
        // The whole run ("from Fleet Street" is no town of Fleet).
        guard let m = gazetteer.wholeMatch(of: Array(tokens[run]), reading: .dateline) else { return nil }
        let entry = gazetteer.entries[m.entry]
        guard [.city, .place].contains(entry.kind), let c = m.country ?? entry.country,
            countries.contains(c) || countries.items.isEmpty && gazetteer.largeWordCities.contains(m.entry)
        else { return nil }
        return (run.lowerBound..<run.lowerBound + m.count, c)
    }

    /// (zh, ja, ko) The two characters before the suffix at `i` when they are a place's name.
    /// Katakana before a place's suffix, at most this many (a longer run is no town's name).
    static let longestKatakanaName = 8

    static func beforeSuffix(at i: Int, in tokens: [Token], taken: [Bool], words: PlaceContext.Words) -> Range<Int>? {
        guard i >= 2 else { return nil }
        let r = i - 2..<i
        guard r.allSatisfy({ tokens[$0].flags.contains(.ideographic) && !taken[$0] }),
            Gazetteer.glued(tokens[i - 2], tokens[i - 1]), Gazetteer.glued(tokens[i - 1], tokens[i])
        else { return nil }
        let hangul = PersonFinder.isHangul(tokens[i])
        // Words that end in the suffix and are no place (城市, 上市, 필요시); in Korean, a word of its own
        // (제시 "to present" is no part of 거제시).
        for w in words.notPlaces where w.count <= i + 1 && w.indices.allSatisfy({ tokens[i + 1 - w.count + $0].text == w[$0] }) {
            let start = i + 1 - w.count
            if !hangul || start == 0 || !Gazetteer.glued(tokens[start - 1], tokens[start]) { return nil }
        }
        // (A river's or a lake's name of one character after a word that stands before names is that character's: 与漠河 is
        // "and Mohe".)
        if ["河", "湖"].contains(tokens[i].text), beforeNames.contains(tokens[i - 2]) { return nil }
        // (A name is no particle in kana: 県の村.)
        if !hangul, r.contains(where: { !PersonFinder.isHan(tokens[$0]) && !PersonFinder.isKatakana(tokens[$0]) }) { return nil }
        // A name in katakana is the whole run of katakana before the suffix (ニセコ町, not セコ), of eight at most.
        if !hangul, r.allSatisfy({ PersonFinder.isKatakana(tokens[$0]) }) {
            var start = i - 2
            while start > 0, i - start < Self.longestKatakanaName, !taken[start - 1], PersonFinder.isKatakana(tokens[start - 1]),
                Gazetteer.glued(tokens[start - 1], tokens[start]) { start -= 1 }
            if start > 0, PersonFinder.isKatakana(tokens[start - 1]), Gazetteer.glued(tokens[start - 1], tokens[start]) { return nil }
            return start..<i
        }
        let next = i + 1 < tokens.count && Gazetteer.glued(tokens[i], tokens[i + 1]) ? i + 1 : nil
        if hangul {
            // A word of its own: nothing glued before the name; after the suffix, the word ends or
            // a particle or a city's word follows (세종시에서, 세종시청).
            if i >= 3, Gazetteer.glued(tokens[i - 3], tokens[i - 2]) { return nil }
            if let n = next {
                let follows = words.afterSuffix.contains { w in
                    n + w.count <= tokens.count && w.indices.allSatisfy { tokens[n + $0].text == w[$0] }
                        && (n + w.count == tokens.count || !Gazetteer.glued(tokens[n + w.count - 1], tokens[n + w.count]))
                }
                if !follows { return nil }
            }
        } else {
            // 文昌市 after a province, a preposition or punctuation; not 市场 ("market").
            if let n = next, words.notAfterSuffix.contains(tokens[n]) { return nil }
            // Before the name: a province the gazetteer named, punctuation, kana, or a word of place
            // (在, 从); another character would make the name longer than two, or, with a suffix that
            // takes them, three (、奥津川村, 在石家庄市).
            // (Not after a word that ends before a name: 以来北极镇, 开通塔河县.)
            let afterWord = i >= 4 && words.wordsBeforeName.contains { w in
                w.count == 2 && tokens[i - 4].text == w[0] && tokens[i - 3].text == w[1] && Gazetteer.glued(tokens[i - 4], tokens[i - 3])
            }
            if i >= 3, !afterWord, Gazetteer.glued(tokens[i - 3], tokens[i - 2]), !taken[i - 3], couldOpenName(tokens[i - 3]) {
                guard words.longSuffixes.contains(tokens[i]), tokens[i - 3].flags.contains(.ideographic),
                    i == 3 || !Gazetteer.glued(tokens[i - 4], tokens[i - 3]) || !couldOpenName(tokens[i - 4])
                else { return nil }
                return i - 3..<i
            }
        }
        return r
    }

    /// A Han character that, glued before a place's name, would be part of it: none of a province's or
    /// city's suffix or a preposition of place.
    static func couldOpenName(_ t: Token) -> Bool {
        PersonFinder.isHan(t) && !beforeNames.contains(t)
    }

    /// Characters that may stand glued before a place's name (长沙市, 广东省韶关市, 在文昌市, 長野県小谷村).
    static let beforeNames: WordSet = ["在", "于", "省", "市", "县", "区", "州", "自", "从", "到", "至", "和", "与", "及", "県"]

    /// (zh, ja) A district's name of two characters before its suffix at `i`, right after a city's
    /// suffix (杭州市余杭区, 横浜市青葉区); not 开发区 or 灾区, which no city's suffix precedes.
    static func district(at i: Int, in tokens: [Token], taken: [Bool]) -> Range<Int>? {
        guard i >= 3, ["市", "都"].contains(tokens[i - 3].text) else { return nil }
        let r = i - 2..<i
        guard r.allSatisfy({ PersonFinder.isHan(tokens[$0]) && !taken[$0] }),
            (i - 3..<i).allSatisfy({ Gazetteer.glued(tokens[$0], tokens[$0 + 1]) })
        else { return nil }
        return r
    }

    /// The first one or two words of a body in a script without case, when a dash follows them
    /// ("الظهران - أعلنت شركة ..."), and the first is no word for news ("عاجل -", "urgent").
    static func caselessDateline(_ tokens: [Token], bodyStart: Int, body: String, context: PlaceContext) -> Range<Int>? {
        guard bodyStart < tokens.count, isCaseless(tokens[bodyStart]), !context.notDatelines.contains(tokens[bodyStart]) else { return nil }
        let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]
        for end in bodyStart + 1..<min(bodyStart + 3, tokens.count) {
            guard isCaseless(tokens[end - 1]) else { return nil }
            // The text between the last word and the next is a dash between spaces.
            let space = gap(tokens[end - 1], tokens[end])
            guard space > 0 else { continue }
            let between = body.unicodeScalars.dropFirst(tokens[end].offset - space).prefix(space)
            if between.contains(where: dashes.contains), between.first == " ", between.allSatisfy({ $0 == " " || dashes.contains($0) }) {
                return bodyStart..<end
            }
            // "المنامة (بنا) - ...": an agency's credit in brackets between the place and the dash.
            if between.first == " ", between.contains("(") {
                let rest = body.unicodeScalars.dropFirst(tokens[end - 1].offset + tokens[end - 1].original.scalarCount).prefix(40)
                if let open = rest.firstIndex(of: "("), rest[rest.startIndex..<open].allSatisfy({ $0 == " " }),
                    let close = rest[open...].firstIndex(of: ")"),
                    case let tail = rest[rest.index(after: close)...].drop(while: { $0 == " " }), let dash = tail.first, dashes.contains(dash),
                    tail.dropFirst().first == " "
                {
                    return bodyStart..<end
                }
            }
        }
        return nil
    }

    /// A dateline's place as a name is written ("KINLOCH" → "Kinloch"), or nil when its first word
    /// says it is no place ("UPDATE 2", "By Jane Doe").
    static func datelineName(_ place: String, body: ArraySlice<Token>, context: PlaceContext) -> String? {
        let tokens = Tokenizer.tokenize(place)
        guard let first = tokens.first, !context.notDatelines.contains(first), tokens.count <= longestName,
            !tokens.contains(where: { $0.flags.contains(.numeric) })
        else { return nil }
        // A credit line's place in a script without spaces ((홍성=연합뉴스)), as written.
        if tokens.allSatisfy({ $0.flags.contains(.ideographic) }) { return place }
        // In capitals ("KINLOCH -"), or followed by a comma and more ("Kinloch, May 4 -"): not a
        // title's words before a dash ("Vote For Me - ...").
        let after = body.index(body.startIndex, offsetBy: tokens.count, limitedBy: body.endIndex) ?? body.endIndex
        guard tokens.allSatisfy({ $0.flags.contains(.allCaps) || $0.text.scalarCount == 1 })
            || (after < body.endIndex && body[after].flags.contains(.afterPunctuation))
        else { return nil }
        // (Hyphenated words keep their hyphen: "САНКТ-ПЕТЕРБУРГ" is "Санкт-Петербург"; the words that link a name's parts
        // are in lower case: "CIUDAD DE PANAMÁ" is "Ciudad de Panamá".)
        var name = ""
        for (k, t) in tokens.enumerated() {
            if k > 0 { name += t.flags.contains(.hyphenated) ? "-" : " " }
            name += k > 0 && k + 1 < tokens.count && Gazetteer.nameLinks.contains(t) ? t.original.lowercased() : nameCased(t)
        }
        return name
    }

    /// A word of a place's name as a name is written: one in capitals (a dateline's "KINLOCH") with its first letter only.
    static func nameCased(_ t: Token) -> String {
        t.flags.contains(.allCaps) ? String(t.original.prefix(1)) + t.original.dropFirst().lowercased() : t.original
    }
}
