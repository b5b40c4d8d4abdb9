/// The whole analysis of one article: clean text, language, countries, places, people,
/// organisations, topics, fingerprint and story keys. Pure and thread-safe: one instance is
/// shared by every decoding thread.
public struct Analyzer: Sendable {
    public let gazetteer: Gazetteer
    public let scorer: TopicScorer
    /// Key terms kept per article for stories.
    static let keyTerms = 16

    public init(taxonomy: Taxonomy = .default, gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
        scorer = TopicScorer(taxonomy: taxonomy)
    }

    /// Returns the article with its body cleaned (and a source from its dateline when it had
    /// none), and what was found in it.
    public func analyze(_ input: Article) -> (article: Article, analysis: ArticleAnalysis) {
        let r = analyzeKeepingTokens(input)
        return (r.article, r.analysis)
    }

    /// ``analyze(_:)``, returning also the tokens of title and body it read (the title's first):
    /// what the pipeline matches subscriptions against, without tokenizing the article again.
    public func analyzeKeepingTokens(_ input: Article) -> (article: Article, analysis: ArticleAnalysis, tokens: [Token], titleCount: Int) {
        var article = input
        // HTML pages come out of the extractor without their chrome (navigation, comments,
        // related links are pruned from the tree); cleaning them again only loses text.
        var cleaned = ArticleCleaner.Result(body: article.body)
        if article.format == "html" { ArticleCleaner.readDateline(&cleaned) } else { cleaned = ArticleCleaner.clean(article.body) }
        article.body = cleaned.body
        if article.source == nil, let s = cleaned.datelineSource { article.source = s }

        var tokens = Tokenizer.tokenize(article.title)
        let titleCount = tokens.count
        Tokenizer.tokenize(article.body, into: &tokens)
        // The body starts a line of its own: its first word is no neighbour of the title's last
        // ("... in the North" / "Sheffield saw ...").
        if titleCount > 0, titleCount < tokens.count { tokens[titleCount].flags.insert(.lineStart) }
        var analysis = ArticleAnalysis()
        analysis.language = LanguageIdentifier.identify(title: article.title, body: article.body, tokens: tokens) ?? article.language

        // Names the gazetteer knows.
        // (A possessive's "'s" ends an ambiguous name before a capitalised word: "Kerala's Vizhinjam port".)
        // (Read once for the gazetteer and for the bodies' names below.)
        let titlePossessives = OrganizationFinder.possessives(in: article.title, tokens: tokens, range: 0..<titleCount)
        let bodyPossessives = OrganizationFinder.possessives(in: article.body, tokens: tokens, range: titleCount..<tokens.count)
        var matches = gazetteer.matches(in: tokens, german: analysis.language == "de", bodyStart: titleCount,
                                        possessives: titlePossessives.places + bodyPossessives.places)
        // (US$ and HK$ are currencies.)
        Self.dropCurrencyCodes(&matches, tokens: tokens, titleCount: titleCount, title: article.title, body: article.body)
        // (누리마트가 holds no Lima.)
        // (인도적 지원 is humanitarian aid; 행복이란, "as for happiness", holds no Iran.)
        // Names found by their context use the words of the article's language. (Read once: each read copies all the lists.)
        let context = NameContext.shared.words(for: analysis.language)
        if analysis.language == "ko" {
            matches.removeAll {
                gazetteer.insideHangulWord($0, in: tokens) || gazetteer.hangulWordNotCountry($0, in: tokens)
                    || gazetteer.koreanNameHoldingCountry($0, in: tokens, titles: context.koreanTitles)
            }
            // (리카르도 멘도사 제독: a family name, and where the article says it again before a title.)
            let families = Set(matches.filter { gazetteer.koreanFamilyNameAsCity($0, in: tokens, titles: context.koreanTitles) }.map(\.entry))
            if !families.isEmpty {
                matches.removeAll { families.contains($0.entry) && gazetteer.koreanCityBeforeTitle($0, in: tokens, titles: context.koreanTitles) }
            }
        }
        // (站长韩国强介绍 holds no South Korea.)
        if analysis.language == "zh" {
            matches.removeAll {
                gazetteer.chineseNameHoldingCountry($0, in: tokens, titles: context.before + context.familyTitles, context: context)
                    || gazetteer.insideChineseDottedName($0, in: tokens, context: context)
            }
        }
        if analysis.language == "ar" {
            let all = matches
            matches.removeAll { Self.arabicNisba($0, in: tokens, matches: all, gazetteer: gazetteer) }
        }
        // (Mỹ phẩm is cosmetics; Того же, "the same"; 中非合作, China-Africa cooperation.)
        // (The language's lists read in their box: `languages[language]?` copied all of them.)
        if let language = analysis.language, PlaceContext.shared.languages.index(forKey: language) != nil,
            case let phrases = PlaceContext.shared.lists(for: language).words.phrasesHoldingNames, !phrases.isEmpty
        {
            matches.removeAll { Self.insidePhraseHoldingName($0, tokens: tokens, titleCount: titleCount, phrases: phrases) }
        }
        // (de) "Seine litauische Amtskollegin": a determiner at a sentence's start, not the river.
        if let language = analysis.language, case let words = PlaceContext.shared.lists(for: language).words.sentenceStartNotPlaces,
            words.count > 0
        {
            matches.removeAll { m in
                m.start >= 0 && m.count == 1 && words.contains(tokens[m.start])
                    && (m.start == 0 || m.start == titleCount || !tokens[m.start].flags.isDisjoint(with: [.sentenceStart, .lineStart]))
            }
        }
        // (vi) "Liên đoàn Lao động": Lao, written without Lào's tone mark, is labour.
        if analysis.language == "vi", case let written = PlaceContext.shared.lists(for: "vi").words.writtenNotCountries, !written.isEmpty {
            matches.removeAll { m in
                m.start >= 0 && m.count == 1 && [.country, .demonym].contains(gazetteer.entries.kind(m.entry)) && written.contains(tokens[m.start].original.lowercased())
            }
        }
        // A body's one-word name right after a word for a place is the place's name ("el departamento del Meta" is no
        // Meta Platforms): left to the place finder, which reads the word.
        if let language = analysis.language, PlaceContext.shared.languages.index(forKey: language) != nil {
            let placeWords = PlaceContext.shared.lists(for: language)
            for n in matches.indices.reversed() where matches[n].start > 0 && matches[n].count == 1
                && gazetteer.entries.kind(matches[n].entry) == .organization && placeWords.words.placeWord(endsAt: matches[n].start - 1, in: tokens)
            {
                matches.remove(at: n)
            }
        }
        // (ja, zh) A city's name right after a direction's character that begins the name (秋田県北秋田市 holds no 秋田市):
        // the longer name is another town's, which the place finder reads by its suffix.
        if analysis.language == "ja" || analysis.language == "zh" {
            for n in matches.indices.reversed() where Self.afterDirectionCharacter(matches[n], in: tokens, gazetteer: gazetteer) {
                matches.remove(at: n)
            }
        }
        // (The Irish Congress of Trade Unions is no United States Congress.)
        // (Loops over the matches here, not closures: a closure that read `gazetteer` was specialised with a copy of the
        // whole analyzer, a retain and a release of each of its arrays, every article.)
        if analysis.language == "en" {
            var kept: [Gazetteer.Match] = []
            kept.reserveCapacity(matches.count)
            for m in matches where !gazetteer.beginsLongerName(m, in: tokens, matches: matches)
                && !Self.seaAdjective(m, in: tokens, gazetteer: gazetteer)
            {
                kept.append(m)
            }
            matches = kept
        }
        // Whether the gazetteer knows the dateline's place itself (not only a country after it).
        var datelineKnown = false
        /// "TRURO, England, Nov 2 -": the part of a country that names it too, after the dateline's town.
        var datelineSubdivision: String?
        if let place = cleaned.datelinePlace {
            let dateline = Self.datelineTokens(place, tokens[titleCount...])
            var found = gazetteer.matches(in: dateline.tokens, reading: .dateline)
            datelineKnown = found.contains { $0.start == 0 }
            if datelineKnown {
                datelineSubdivision = Self.datelineSubdivision(found, dateline, gazetteer: gazetteer)
            }
            // A name inside the place's own words is part of a longer one the gazetteer does not know
            // ("DUNMORE SPRINGS, Oregon" is no Springs); a region or country after them counts.
            found.removeAll { $0.start > 0 && $0.start < dateline.placeCount }
            // Only right after them, one name after another ("TRURO, Cornwall, England"): not a name further on, past an
            // agency's credit, which is the story's first words ("BEAVER CREEK (ANSA) - Dominik Paris ha vinto").
            var next = dateline.placeCount
            found.removeAll { m in
                guard m.start >= dateline.placeCount else { return false }
                guard m.start == next else { return true }
                next = m.start + m.count
                return false
            }
            matches += found.map { Gazetteer.Match(entry: $0.entry, start: -1, count: 0, country: $0.country) }
        }
        Self.chooseCitiesCountries(&matches, gazetteer: gazetteer)
        // (Romance) "cerca de El Chaco": a place's name with its article, not the region's (Analyzer+PlacesWithArticles).
        let articlePlaces = analysis.language.map { PlaceFinder.romanceLanguages.contains($0) } == true
            ? Self.placesWithArticles(&matches, in: tokens, titleCount: titleCount, gazetteer: gazetteer) : []
        /// The countries whose press writes the article's language: their small towns need no other mention of them.
        let homeCountries = PlaceContext.shared.homeCountries(for: analysis.language)
        Self.islandsNamedLikeTowns(&matches, in: tokens, gazetteer: gazetteer, home: homeCountries)
        // "entre Ávila y Arenas de San Pedro": a small town whose name holds the gazetteer's (Analyzer+SmallTownsOverMatches).
        let townsOverMatches = Self.smallTownsOverMatches(&matches, in: tokens, gazetteer: gazetteer, home: homeCountries,
                                                          context: PlaceContext.shared)
        // "la Laguna de Rocha": a feature named after a town (Analyzer+FeaturesOverMatches).
        let featuresOverMatches = analysis.language.map { PlaceFinder.romanceLanguages.contains($0) } == true
            ? Self.featuresOverMatches(&matches, in: tokens, gazetteer: gazetteer,
                                       featureWords: PlaceContext.shared.lists(for: analysis.language).words.featureFirst) : []
        // A small town is a place where the article names its country otherwise (Commerce City in a
        // story from Denver, Malanville in one about Benin); elsewhere its name is more often a word or a name.
        if matches.contains(where: \.small) {
            var named = Self.countriesNamed(by: matches, gazetteer: gazetteer)
            // (And the language's home countries: domestic news names none, "un incendie près de Fréjus".)
            named.formUnion(homeCountries)
            // And it stands after a word in lower case ("in Commerce City", "à Malanville") or a sentence's
            // preposition ("Em Congonhas,"), not in a list of names ("Fenton, Morley, Priet", "A Lo Cicero"); in German
            // also after a noun for a place or a site, which German capitalises ("im Werk Zwickau").
            let german = analysis.language == "de"
            var kept: [Gazetteer.Match] = []
            kept.reserveCapacity(matches.count)
            for m in matches {
                guard m.small else {
                    kept.append(m)
                    continue
                }
                let t = tokens[m.start]
                let dropped = !named.contains(m.country ?? gazetteer.entries.country(m.entry) ?? "")
                    || !t.flags.contains(.ideographic) && (m.start == 0 || !t.flags.isDisjoint(with: .boundary)
                        || !Gazetteer.readsLowercase(tokens[m.start - 1]) && !(german && Gazetteer.germanPlaceNouns.contains(tokens[m.start - 1])))
                if !dropped { kept.append(m) }
            }
            matches = kept
        }
        // "Santiago Carbó", "Michele De Palma": a town's name inside a person's, held back for the name finders.
        var inNames: [Gazetteer.Match] = []
        var inNameIndices = Self.placesInPersonNames(matches, tokens: tokens, gazetteer: gazetteer, language: analysis.language ?? "")
        // (Not a fixture's club, whose "v" reads as a name's particle: "Plymouth v Everton".)
        if analysis.language == "en" { inNameIndices.removeAll { Self.namesClubInFixture(matches[$0], in: tokens, gazetteer: gazetteer) } }
        if !inNameIndices.isEmpty {
            inNames = inNameIndices.map { matches[$0] }
            for k in inNameIndices.reversed() { matches.remove(at: k) }
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        // The dateline's place in capitals is no acronym nor name ("POINTE-A-PITRE, 6 déc (AFP) -" holds no PITRE), after
        // the credit too ("(ANSA) - NUORO, 06 DIC -"). (Not words in lower case before a dash: "Actor Gerard Jugnot - star
        // of ...".)
        if let place = cleaned.datelinePlace, !place.contains(where: \.isLowercase) {
            Self.takeDatelinePlace(place, tokens: tokens, bodyStart: titleCount, taken: &taken)
        }
        var countries = OrderedSet()
        var places = OrderedSet()
        for r in articlePlaces + featuresOverMatches + townsOverMatches.map(\.range) {
            places.insert(Gazetteer.name(r, in: tokens))
            for k in r { taken[k] = true }
        }
        var organizations = OrderedSet()
        var known: [(name: String, tokens: [String])] = []
        var knownOrganizations: [Range<Int>] = []
        /// The words of the hand-kept lexicon's organisations among them (not a generated firm's, which may be a town's).
        var handKeptOrganizations: Set<Int> = []
        var foundByLanguage: [Range<Int>] = []
        var knownCanonicals: [String] = []
        var contextual: [Gazetteer.Match] = []
        var weights = CountryWeights()
        // The title, the dateline and the lead say which event an article is about.
        // (Scalars rather than words, so a lead in a script without spaces is as long as one with them.)
        let leadEnd = titleCount + tokens[titleCount...].prefix { $0.offset < Self.leadScalars }.count
        var leadNames = Set<String>()
        var capitals = Set<String>()
        for (r, c) in townsOverMatches {
            countries.insert(c)
            weights.add(c, at: r.lowerBound, titleCount: titleCount, leadEnd: leadEnd)
        }
        /// The end of the last town's or region's name read (``namesSubdivision``: "TRURO, England").
        var placeEnd = -1
        /// Each place read from the gazetteer's matches and where (``mention(_:_:kind:language:)``).
        var placeMentions: [Mention] = []
        /// Each country read from them and where: a city's or capital's; others nowhere.
        var countryMentions: [Mention] = []
        // Cities inside the names of clubs and firms, and whatever else those names hold ("Bayern" in
        // "FC Bayern München" is no region).
        var inOrganizations: [Range<Int>] = []
        for m in matches {
            if let r = gazetteer.organization(around: m, in: tokens, language: analysis.language) { inOrganizations.append(r) }
        }
        // (en) "Natural Resources Wales", "Transport for Wales": a body's name that ends with its country's.
        var countryInBody = false
        if analysis.language == "en" {
            for m in matches where m.start > titleCount && gazetteer.entries.kind(m.entry) == .country {
                countryInBody = true
                break
            }
        }
        if countryInBody {
            var covered = [Bool](repeating: false, count: tokens.count)
            for m in matches where m.start >= 0 { for k in m.start..<min(m.start + m.count, tokens.count) { covered[k] = true } }
            for m in matches where m.start >= 0 && gazetteer.entries.kind(m.entry) == .country {
                if let r = OrganizationFinder.countryTail(m, in: tokens, covered: covered, titleCount: titleCount, context: context) {
                    inOrganizations.append(r)
                }
            }
        }
        // A club's word that the article writes in a club's name is the club alone too ("FC Bayern
        // München ... Bayern leads the table").
        var clubWords: [String] = []
        for r in inOrganizations {
            for i in r where Gazetteer.organizationWordsBefore.contains(tokens[i]) { clubWords.append(tokens[i].text) }
        }
        // (And in a club's name the lexicon lists: "FC Bayern Munich ... Bayern won".)
        for m in matches where m.start >= 0 && m.count > 1 && gazetteer.entries.kind(m.entry) == .organization {
            for i in m.start..<m.start + m.count where Gazetteer.organizationWordsBefore.contains(tokens[i]) { clubWords.append(tokens[i].text) }
        }
        // "The Alberta Petroleum Association (APA)": not Austria Presse Agentur, nor Austria.
        let redefined = OrganizationFinder.redefinedAcronyms(matches, in: tokens, gazetteer: gazetteer, starts: context.organizationStarts)
        // (es, it) "frente al Eibar": a city after a masculine article is a club (Analyzer+ClubsByArticle).
        let clubArticles = analysis.language.flatMap { Self.clubArticles[$0] }
        for (index, m) in matches.enumerated() where !redefined.contains(index) {
            let entry = gazetteer.entries[m.entry]
            if m.start >= 0, let r = inOrganizations.first(where: { $0.contains(m.start) }) {
                organizations.insert(Gazetteer.name(r, in: tokens))
                for i in r { taken[i] = true }
                continue
            }
            if m.start >= 0, m.count == 1, !clubWords.isEmpty, clubWords.contains(tokens[m.start].text) {
                taken[m.start] = true
                continue
            }
            if clubArticles.map({ Self.namesClubByArticle(m, in: tokens, articles: $0, gazetteer: gazetteer) }) ?? false
                || analysis.language == "en" && Self.namesClubInFixture(m, in: tokens, gazetteer: gazetteer)
            {
                organizations.insert(Gazetteer.name(m.start..<m.start + m.count, in: tokens))
                for i in m.start..<m.start + m.count { taken[i] = true }
                continue
            }
            if entry.kind == .capital { capitals.insert(TextFolding.fold(gazetteer.placeName(m.entry))) }
            if m.start < leadEnd {
                switch entry.kind {
                case .capital: leadNames.insert("g:" + TextFolding.fold(gazetteer.placeName(m.entry)))
                case .city, .place: leadNames.insert("l:" + TextFolding.fold(gazetteer.placeName(m.entry)))
                case .organization: leadNames.insert("o:" + TextFolding.fold(entry.canonical))
                default: break
                }
                if let c = m.country ?? entry.country, entry.kind != .person { leadNames.insert("c:" + c) }
            }
            if entry.kind != .person && m.start >= 0 && !Self.demonymInGermanName(m, entry.kind, in: tokens, language: analysis.language) {
                for i in m.start..<m.start + m.count { taken[i] = true }
            }
            switch entry.kind {
            case .country:
                // A country's name that its context made a town or state of another country
                // ("Lebanon, Tennessee"; "Atlanta, Georgia") is a place.
                if m.townOrState, m.start >= 0 { places.insert(Gazetteer.name(m.start..<m.start + m.count, in: tokens)) }
                // A part of the country that names it too: "across England".
                else if Self.namesSubdivision(m, gazetteer: gazetteer, in: tokens, afterPlace: placeEnd == m.start) {
                    places.insert(Gazetteer.name(m.start..<m.start + m.count, in: tokens))
                }
            case .demonym: break
            case .capital, .city, .place:
                let name = Self.placeNameAsWritten(gazetteer.placeName(m.entry), m, in: tokens)
                places.insert(name)
                placeMentions.append(Self.mention(name, m, kind: entry.kind, language: analysis.language))
                if m.start >= 0 { placeEnd = m.start + m.count }
            case .organization:
                if let r = analysis.language == "en" ? Self.nationalBranch(m, matches: matches, in: tokens, gazetteer: gazetteer)
                    : analysis.language == "ko" ? Self.localBody(m, matches: matches, in: tokens, gazetteer: gazetteer) : nil
                {
                    // ("The Kenya Red Cross", 전남경찰청: the branch or the local office, not the international or national body.)
                    organizations.insert(Gazetteer.name(r, in: tokens))
                    for i in r { taken[i] = true }
                } else if let end = Self.subsidiaryEnd(m, matches: matches, in: tokens, gazetteer: gazetteer, language: analysis.language) {
                    organizations.insert(Gazetteer.name(m.start..<end, in: tokens))
                    for i in m.start..<end { taken[i] = true }
                } else {
                    organizations.insert(entry.canonical)
                }
                if m.start >= 0 {
                    knownOrganizations.append(m.start..<m.start + m.count)
                    if gazetteer.isHandKept(m.entry) { handKeptOrganizations.insert(m.start) }
                    // A headline in capitals goes on past the known name ("NL INDUSTRIES INC ADDS UNIT"): its rest, eight
                    // words at most, is no acronym nor person.
                    var k = m.start + m.count
                    if (m.start..<k).allSatisfy({ tokens[$0].flags.contains(.allCaps) }) {
                        while k < tokens.count, k < m.start + m.count + 8, tokens[k].flags.contains(.allCaps),
                            tokens[k].flags.isDisjoint(with: .boundary)
                        {
                            taken[k] = true
                            k += 1
                        }
                    }
                    knownCanonicals.append(entry.canonical)
                }
            case .person:
                if m.start >= 0 && PersonFinder.namesAThing(tokens, m.start..<m.start + m.count) { break }
                if !known.contains(where: { $0.name == entry.canonical }) {
                    known.append((entry.canonical, Tokenizer.words(entry.canonical)))
                }
                // The words the text wrote the name in (Дмитрий Песков for Dmitry Peskov): the person finder reads them as
                // the known person, not as a second name. (At most one entry a match.)
                if m.start >= 0 {
                    let written = tokens[m.start..<m.start + m.count].map(\.text)
                    if !known.contains(where: { $0.tokens == written }) { known.append((entry.canonical, written)) }
                }
            case .contextual: contextual.append(m)
            }
            if let c = m.country ?? entry.country, entry.kind != .person {
                countries.insert(c)
                countryMentions.append([.city, .capital].contains(entry.kind) ? Self.mention(c, m, kind: entry.kind, language: nil) : Mention(name: c))
                if !m.small { weights.add(c, at: m.start, titleCount: titleCount, leadEnd: leadEnd) }
            }
        }
        // Whether a demonym's match of one word starts at `k`.
        let isDemonym = { (k: Int) in matches.contains { $0.start == k && $0.count == 1 && gazetteer.entries.kind($0.entry) == .demonym } }
        // (Romance) "la Marine nationale", "la Guardia costiera greca": a national service (Analyzer+RomanceServices).
        if analysis.language.map({ PlaceFinder.romanceLanguages.contains($0) }) == true {
            for r in Self.romanceServices(in: tokens, taken: taken, isDemonym: isDemonym) {
                organizations.insert(Gazetteer.name(r, in: tokens))
                for k in r { taken[k] = true }
            }
        }
        // (ko) "페루 해군": a country's armed service (Analyzer+KoreanArmedForces).
        if analysis.language == "ko" {
            for r in Self.koreanArmedForces(matches, in: tokens, gazetteer: gazetteer) {
                organizations.insert(Gazetteer.name(r, in: tokens))
                for k in r { taken[k] = true }
            }
        }
        for m in contextual {
            let meanings = gazetteer.entries[m.entry].meanings
            if let meaning = meanings.first(where: { countries.contains($0.country) }) {
                if meaning.place != "-" { places.insert(meaning.place) }
            } else if let fallback = meanings.last, fallback.place == "-" {
                // عمان with no Jordan named is Oman.
                countries.insert(fallback.country)
                weights.add(fallback.country, at: m.start, titleCount: titleCount, leadEnd: leadEnd)
            }
        }

        // Names found by their context; organisations by their languages' patterns first, whose
        // words are no one's name.
        // (A demonym's word is looked up only for a credit line's taken words: "(Belga)".)
        if let agency = OrganizationFinder.creditAgency(article.body, tokens: tokens, bodyStart: titleCount, taken: &taken, isDemonym: isDemonym) {
            organizations.insert(agency)
        }
        // "AT&T", "Rothschild & Co", "the King's Fund": the signs that the tokens lost, for the names written from them.
        let joiners = OrganizationFinder.NameJoiners(
            ampersands: OrganizationFinder.ampersands(in: article.title, tokens: tokens, range: 0..<titleCount)
                + OrganizationFinder.ampersands(in: article.body, tokens: tokens, range: titleCount..<tokens.count),
            possessives: titlePossessives.bodies + bodyPossessives.bodies)
        if analysis.language == "ko" {
            Self.koreanGroupFirms(tokens, context: context, known: knownOrganizations, canonicals: knownCanonicals, taken: &taken,
                             organizations: &organizations)
        }
        // (A run the gazetteer read as a country or a body: no team's name before 队, 中国女排, 北京国安.)
        let countryOrBody = { (r: Range<Int>) in
            matches.contains { $0.start == r.lowerBound && $0.count == r.count && [.country, .organization].contains(gazetteer.entries.kind($0.entry)) }
        }
        for found in OrganizationFinder.findByLanguage(in: tokens, taken: &taken, titleCount: titleCount, context: context,
                                                       language: analysis.language, joiners: joiners, countryOrBody: countryOrBody) {
            // شركة أرامكو السعودية: a head word ("company") before a body the gazetteer knows is that body.
            if knownOrganizations.contains(where: { $0.lowerBound == found.range.lowerBound + 1 && $0.upperBound == found.range.upperBound }) {
                taken[found.range.lowerBound] = true
                continue
            }
            organizations.insert(found.name)
            for k in found.range { taken[k] = true }
            foundByLanguage.append(found.range)
            // (zh) The division that begins a body's name is a place of the article's, as a province's is there
            // (锡林郭勒盟 of 锡林郭勒盟应急管理局).
            if analysis.language == "zh", let d = OrganizationFinder.chineseDivision(startingAt: found.range.lowerBound, in: tokens) {
                places.insert(Gazetteer.name(d, in: tokens))
            }
        }
        // 東京証券取引所, 서울대학교, "Verbraucherzentrale Sachsen": a town or region named only inside the names of bodies
        // is none of the places (Analyzer+PlacesInBodies).
        if !foundByLanguage.isEmpty && !placeMentions.isEmpty {
            Self.dropPlacesOnlyInNames(foundByLanguage, placeMentions: placeMentions, countryMentions: countryMentions,
                                       places: &places, countries: &countries)
        }
        // "Radio Mitre", "Rádio Renascença", "Air Tanzania": a broadcaster by its medium's word, an airline by "Air"
        // (OrganizationFinder+Broadcasters).
        let placeRanges = matches.compactMap { m -> Range<Int>? in
            m.start >= 0 && [.country, .capital, .city, .place].contains(gazetteer.entries.kind(m.entry)) ? m.start..<m.start + m.count : nil
        }
        for r in OrganizationFinder.broadcasters(tokens, taken, places: placeRanges, language: analysis.language) {
            organizations.insert(Gazetteer.name(r, in: tokens))
            for k in r { taken[k] = true }
        }
        // "the Buffalo Bills", "Ospreys centre Keelan Giles-Moran": a team by its town and a plural nickname, a club before a
        // player's position (Analyzer+TeamsByTown).
        if analysis.language == "en" {
            // (The article's words of sport are looked for only where a team's shape stands: few articles have one.)
            let names = NameContext.shared
            var teams = Self.teamsByTown(in: tokens, taken: taken, gazetteer: gazetteer, context: names)
                + Self.clubsBeforePositions(in: tokens, taken: taken, matches: matches, context: names)
            if !teams.isEmpty && !Self.namesSport(tokens, context: names) { teams = [] }
            for r in teams {
                organizations.insert(Gazetteer.name(r, in: tokens))
                for k in r { taken[k] = true }
            }
        }
        var people: [String] = []
        for name in PersonFinder.find(in: tokens, taken: taken, known: known, context: context) where !people.contains(name) {
            people.append(name)
        }
        for name in PersonFinder.findWithoutCase(in: tokens, taken: taken, context: context, language: analysis.language)
        where !people.contains(name) {
            people.append(name)
        }
        // A name whose last words are a listed person's as the text wrote them is that person ("عبد الفتاح البرهان" where
        // the lexicon read البرهان, Abdel Fattah al-Burhan): one name, the lexicon's. (Four words at most, over the few
        // listed people the article names.)
        if people.count > 1 {
            let canonicals = Set(known.map(\.name))
            people = people.compactMap { name in
                guard !canonicals.contains(name) else { return name }
                let words = Tokenizer.words(name)
                guard words.count <= 4, let listed = known.first(where: { k in
                    k.tokens.count <= words.count && words.suffix(k.tokens.count).elementsEqual(k.tokens) && people.contains(k.name)
                }) else { return name }
                return listed.name == name ? name : nil
            }
        }
        // (A name only ever between quotation marks is a ship's or a work's: el buque "Juan Carlos I".)
        if !people.isEmpty {
            // (The texts' bytes once for all the names.)
            let texts = [Array(article.title.utf8), Array(article.body.utf8)]
            people.removeAll { PersonFinder.standsOnlyInQuotes($0, in: texts) }
            // ("the plant's owner Lyondell Chemical said", "Stade Toulousain": a firm's or a club's (Analyzer+FirmsReadAsPeople).)
            let firms = people.filter { Self.firmReadAsPerson($0) }
            if !firms.isEmpty {
                for name in firms { organizations.insert(name) }
                people.removeAll { firms.contains($0) }
            }
        }
        // A generated firm's one-word name that is the family name of a person the article names in full is the
        // person's ("Gareth Pryce ... supporting Pryce": Pryce is a listed firm too), unless another mention names the firm.
        if !people.isEmpty, knownOrganizations.contains(where: { $0.count == 1 }) {
            let familyNames = Set(people.compactMap { name -> String? in
                let words = Tokenizer.words(name)
                return words.count >= 2 ? words.last : nil
            })
            var named = Set<String>(), asFamilyName = Set<String>()
            for (r, canonical) in zip(knownOrganizations, knownCanonicals) {
                if r.count == 1, !handKeptOrganizations.contains(r.lowerBound), familyNames.contains(tokens[r.lowerBound].text) {
                    asFamilyName.insert(canonical)
                } else {
                    named.insert(canonical)
                }
            }
            for name in asFamilyName.subtracting(named) { organizations.removeAll { $0 == name } }
        }
        // "Adrien Dolimont (MR)": a party's acronym after a person's name (Analyzer+PartiesAfterNames).
        // ("Marco Odermatt (SUI)": a country's code there is no body's.)
        let afterNames = Self.partiesAfterNames(people, in: tokens, taken: taken)
        for a in afterNames.parties { organizations.insert(tokens[a].original) }
        for a in afterNames.parties + afterNames.codes { taken[a] = true }
        // (The acronyms' finder, which runs before the people's, took such a code for a body.)
        for a in afterNames.codes { organizations.removeAll { $0 == tokens[a].original } }
        var foundByShape: [Range<Int>] = []
        for (name, range) in OrganizationFinder.find(in: tokens, taken: taken, language: analysis.language, joiners: joiners,
                                                     known: knownOrganizations) {
            if people.contains(name) {
                guard OrganizationFinder.beginsWithHead(name) else { continue }
                people.removeAll { $0 == name }
            }
            organizations.insert(name)
            foundByShape.append(range)
        }
        // "Politecnico di Torino", "Denver Police Department": so is a city inside a name found by its shape. (Not a region
        // nor a sea: such a name may run on past its end, "Umspannwerke für die Nordsee", and more often means it too.)
        if !foundByShape.isEmpty && !placeMentions.isEmpty {
            Self.dropPlacesOnlyInNames(foundByLanguage + foundByShape, placeMentions: placeMentions.filter { !$0.afterStart },
                                       countryMentions: countryMentions, places: &places, countries: &countries)
        }
        // "Ryanair ... rivals easyJet and Wizz Air": the other members of a list that holds an organisation.
        // (A known name of one word counts only when the article names it twice or the hand-kept lexicon has it ("easyJet
        // and Wizz Air", "Fiom e Fim Cisl"): "Goodland, Colby and Hays", generated firms' names, are towns; capitals alone
        // that no list holds are as often a format's: "USB and Firewire".)
        let personWords = Set(people.flatMap { Tokenizer.words($0) })
        let knownAnchors = knownOrganizations.filter { r in
            r.count > 1 || tokens[r.lowerBound].flags.contains(.allCaps)
                || Token.occurs(tokens, wordAt: r.lowerBound, atLeast: 2) || handKeptOrganizations.contains(r.lowerBound)
        }
        let shaped = foundByLanguage.filter { r in r.count > 1 || !tokens[r.lowerBound].flags.contains(.allCaps) }
        for r in OrganizationFinder.listMembers(in: tokens, taken: taken, anchors: knownAnchors + shaped,
                                                leftwards: knownAnchors.map { _ in true } + shaped.map { _ in false },
                                                people: personWords, context: context) {
            organizations.insert(Gazetteer.name(r, in: tokens))
            for k in r { taken[k] = true }
        }
        // A firm named in full, then by its short form ("Calderwood Chemicals Ltd ... Calderwood said") or
        // without its legal form: that is no one's name and no second organisation.
        let aliases = OrganizationFinder.aliases(of: organizations.items, in: tokens, taken: &taken)
        if !aliases.isEmpty {
            people.removeAll { aliases.contains(Tokenizer.words($0)) }
            organizations.removeAll { aliases.contains(Tokenizer.words($0)) }
        }
        // The words of the names found: a town held back as part of a name that none of them holds is the town.
        // (Not the words that join a name's parts: "de" of "Unidad Militar de Emergencias" is no part of "Frías de Albarracín".)
        let nameWords = Set((people + organizations.items).flatMap { Tokenizer.words($0) }.filter { !OrganizationFinder.connectorsEverywhere.contains($0) })
        if !inNames.isEmpty {
            // (vi) And a province's inside a body's name, as other places there are (UBND tỉnh Quảng Ninh, Sở Y tế Đà Nẵng).
            let inBody = { (m: Gazetteer.Match) in analysis.language == "vi" && foundByLanguage.contains { $0.contains(m.start) } }
            for m in inNames where inBody(m) || !taken[m.start] && !nameWords.contains(tokens[m.start].text) {
                let entry = gazetteer.entries[m.entry]
                places.insert(Self.placeNameAsWritten(gazetteer.placeName(m.entry), m, in: tokens))
                if entry.kind == .capital { capitals.insert(TextFolding.fold(gazetteer.placeName(m.entry))) }
                if let c = m.country ?? entry.country {
                    countries.insert(c)
                    if !m.small { weights.add(c, at: m.start, titleCount: titleCount, leadEnd: leadEnd) }
                }
                taken[m.start] = true
                matches.append(m)
            }
        }
        // Places no list holds, found by their context ("the town of Kinloch", 文昌市). (The lists passed, not left to the
        // default argument, which made a copy of all of them every article.)
        let cjk = analysis.language == "ja" || analysis.language == "zh"
        let found = PlaceFinder.Found(taken: taken, nameWords: nameWords, matches: matches, countries: countries,
                                      homeCountries: homeCountries, people: cjk ? Set(people) : [],
                                      towns: townsOverMatches.map(\.range))
        let byContext = PlaceFinder.find(in: tokens, titleCount: titleCount, body: article.body, found: found, datelinePlace: cleaned.datelinePlace,
                                         datelineKnown: datelineKnown, language: analysis.language, gazetteer: gazetteer,
                                         context: PlaceContext.shared)
        for place in byContext.places { places.insert(place) }
        for (c, start) in byContext.countries {
            countries.insert(c)
            weights.add(c, at: start, titleCount: titleCount, leadEnd: leadEnd)
        }
        if let name = datelineSubdivision, !places.items.contains(where: { TextFolding.fold($0) == TextFolding.fold(name) }) {
            places.insert(name)
        }
        analysis.countries = countries.items
        analysis.mainCountries = weights.main(in: countries.items)
        // (Not a continent: places are below a country's level.)
        analysis.places = Self.withoutUnmarkedTwins(places.items.filter { !Self.continents.contains($0) })
        analysis.people = Self.withoutHonorifics(people, language: analysis.language, context: context)
        analysis.organizations = organizations.items

        // Topics, fingerprint, story keys.
        // Each stem's record and hash, made once for the topic model's, the scorer's and the key
        // terms' tables (a stem that is its word's: the tokenizer's key).
        let (stems, stemKeys) = Stemmer.stemsAndKeys(tokens, language: analysis.language)
        analysis.topics = scorer.topics(stems: stems, keys: stemKeys, titleCount: titleCount, language: analysis.language)
        analysis.fingerprintValue = SimHash.fingerprint(tokens.count - titleCount >= 8 ? tokens[titleCount...] : tokens[...])
        analysis.keys = keys(analysis, source: article.source, capitals: capitals, stems: stems, stemKeys: stemKeys, tokens: tokens, taken: taken,
                             titleCount: titleCount, leadEnd: leadEnd)
        analysis.leadKeys = Self.leadKeys(analysis.keys, named: leadNames, stems: stems[..<leadEnd], stemKeys: stemKeys, tokens: tokens[..<leadEnd])
        return (article, analysis, tokens, titleCount)
    }

    /// Marks taken the words of a dateline's place, among the body's first eight (after the agency's credit too).
    static func takeDatelinePlace(_ place: String, tokens: [Token], bodyStart: Int, taken: inout [Bool]) {
        let words = Tokenizer.tokenize(place).map(\.text)
        guard let first = words.first,
            let k = (bodyStart..<min(tokens.count, bodyStart + 8)).first(where: { tokens[$0].text == first }),
            k + words.count <= tokens.count, words.indices.allSatisfy({ tokens[k + $0].text == words[$0] })
        else { return }
        for i in k..<k + words.count { taken[i] = true }
    }

    /// The dateline's words as the body begins with them, up to the date or the source: with the
    /// state or country after a comma ("BANGOR, Maine, March 3 -" is in the US, not Wales); and how
    /// many of them are the place's own.
    static func datelineTokens(_ place: String, _ body: ArraySlice<Token>) -> (tokens: [Token], placeCount: Int) {
        let placeTokens = Tokenizer.tokenize(place)
        guard let first = placeTokens.first, body.first?.text == first.text else { return (placeTokens, placeTokens.count) }
        // A credit line's place in a script without spaces ((춘천=연합뉴스), 【札幌=共同】): its own words as the body has them.
        if placeTokens.allSatisfy({ $0.flags.contains(.ideographic) }), body.count >= placeTokens.count,
            zip(placeTokens, body).allSatisfy({ $0.text == $1.text })
        {
            return (Array(body.prefix(placeTokens.count)), placeTokens.count)
        }
        var end = body.startIndex
        while end < body.endIndex && end - body.startIndex < 8 {
            let t = body[end]
            if end > body.startIndex
                && (t.flags.contains(.numeric) || !t.isCapitalized || Gazetteer.stopwords.contains(t)
                    || t.flags.contains(.sentenceStart))
            {
                break
            }
            end += 1
        }
        return (Array(body[body.startIndex..<end]), placeTokens.count)
    }

    /// Scalars of the body counted as its lead, after the title (about 70 English words).
    static let leadScalars = 420

    /// The story keys that stand in the title or the lead: gazetteer names found there, people and
    /// organisations whose last word is there, key terms whose stem is there.
    static func leadKeys(_ keys: [String], named: Set<String>, stems: ArraySlice<String>, stemKeys: WordKeys, tokens: ArraySlice<Token>) -> [String] {
        var words = LeadWords(tokens)
        var leadStems = LeadWords(stems, keys: stemKeys)
        var out: [String] = []
        for key in keys {
            if named.contains(key) {
                out.append(key)
                continue
            }
            // Kinds by bytes: "x:" then an ASCII byte (nearly every key) is two characters and the value.
            let bytes = key.utf8
            if bytes.count >= 3, bytes[bytes.index(after: bytes.startIndex)] == 0x3A, bytes[bytes.index(bytes.startIndex, offsetBy: 2)] < 0x80 {
                let value = Substring(bytes.dropFirst(2))
                let kept: Bool
                switch bytes.first {
                case 0x74: kept = leadStems.contains(value)  // t:
                case 0x6E: kept = words.contains(value)  // n:
                case 0x70, 0x6F: kept = Self.lastWord(value).map { words.contains($0) } ?? false  // p: o:
                default: kept = false
                }
                if kept { out.append(key) }
                continue
            }
            let value = key.dropFirst(2)
            let kept: Bool
            switch key.prefix(2) {
            case "t:": kept = leadStems.contains(value)
            case "n:": kept = words.contains(value)
            case "p:", "o:": kept = value.split(separator: " ").last.map { words.contains($0) } ?? false
            default: kept = false
            }
            if kept { out.append(key) }
        }
        return out
    }

    /// `value.split(separator: " ").last`, by bytes when the value is ASCII (a byte is a character there).
    static func lastWord(_ value: Substring) -> Substring? {
        let bytes = value.utf8
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return value.split(separator: " ").last }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return nil }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != 0x20 { start = bytes.index(before: start) }
        return value[start..<end]
    }

    /// Story keys: `p:` people, `l:` places, `g:` capitals (often a government's metonym, so weaker),
    /// `o:` organisations (news agencies and the article's own source left out: they name who
    /// reports, not what happened), `c:` countries, and the key terms: `n:` names the gazetteer
    /// does not know (a word written capitalised inside a sentence: "Mamuju", "Noul", "ACSA"), and
    /// `t:` words (stemmed) said often, or in the title or lead. Words the gazetteer already
    /// gave (a country's name is its `c:` key) and people's names are not terms again.
    private func keys(_ a: ArticleAnalysis, source: String?, capitals: Set<String>, stems: [String], stemKeys: WordKeys, tokens: [Token],
                      taken: [Bool], titleCount: Int, leadEnd: Int) -> [String] {
        var out = a.people.map { "p:" + TextFolding.fold($0) }
        for place in a.places {
            let folded = TextFolding.fold(place)
            out.append((capitals.contains(folded) ? "g:" : "l:") + folded)
        }
        let reporter = source.map { TextFolding.fold($0) }
        for org in a.organizations {
            let folded = TextFolding.fold(org)
            guard !Self.newsAgencies.contains(folded), folded != reporter else { continue }
            out.append("o:" + folded)
        }
        out += a.countries.map { "c:" + $0 }
        let names = WordSet(a.people.flatMap { Tokenizer.words($0) })
        // One dictionary entry a stem, updated in place: this loop runs for every word.
        // (Sized for the article's distinct stems, about half its words: no growing as it fills.)
        var terms = WordTable<TermCount>(minimumCapacity: stems.count / 2)
        // (A token's fields read in place: `let t = tokens[i]` copied it, a retain and a release of its two Strings.)
        for i in stems.indices {
            let flags = tokens[i].flags
            guard !taken[i], !flags.contains(.numeric), !flags.contains(.ideographic), Self.hasFourCharacters(stems[i], key: stemKeys.keys[i]),
                !Self.commonWords.contains(stemKeys, at: i), !Gazetteer.stopwords.contains(tokens[i]), !names.contains(tokens[i])
            else { continue }
            terms.update(stemKeys, at: i, default: TermCount()) { $0.add(tokens, at: i, inTitle: i < titleCount, inLead: i < leadEnd) }
        }
        // Said twice or more, or once in the lead; the most frequent first.
        var candidates: [(key: String, value: TermCount)] = []
        for (e, value) in terms.values.enumerated() where value.count >= 2 || value.lead {
            candidates.append((terms.key(at: e), value))
        }
        let top = candidates.sorted { $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key) }
            .prefix(Self.keyTerms)
        for (stem, term) in top {
            // A term written as a name, and never in lower case ("the airport" makes "Airport" a
            // word), is keyed by the name.
            if let name = term.name, !term.lower {
                out.append("n:" + name)
            } else {
                out.append("t:" + stem)
            }
        }
        return out
    }

    /// `word.count >= 4`, without breaking graphemes where the bytes tell: four ASCII bytes (no
    /// carriage return) at the start are four characters, whatever follows them.
    @inline(__always)
    static func hasFourCharacters(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 4 else { return false }
        var i = bytes.startIndex
        for _ in 0..<4 {
            let b = bytes[i]
            if b >= 0x80 || b == 0x0D { return word.count >= 4 }
            i = bytes.index(after: i)
        }
        return true
    }

    /// ``hasFourCharacters(_:)`` of a word with its key: a short word's bytes are in the key's
    /// record, read without going through the String.
    @inline(__always)
    static func hasFourCharacters(_ word: String, key: WordKey) -> Bool {
        let r = key.record
        guard !r.isLong else { return hasFourCharacters(word) }
        guard r.high >> 56 >= 4 else { return false }
        let head = UInt32(truncatingIfNeeded: r.low)
        // (Four ASCII bytes, none a carriage return: a byte equal to 0x0D gives a zero byte in `x`.)
        let x = head ^ 0x0D0D_0D0D
        let zeroByte = (x &- 0x0101_0101) & ~x & 0x8080_8080
        guard head & 0x8080_8080 == 0, zeroByte == 0 else { return hasFourCharacters(word) }
        return true
    }

    /// Who reports, not what happened: never a story key.
    static let newsAgencies: WordSet = [
        "reuters", "associated press", "agence france-presse", "afp", "ap", "xinhua", "xinhua news agency", "kyodo news",
        "kyodo", "jiji press", "bernama", "antara", "yonhap", "yonhap news agency", "philippine news agency",
        "vietnam news agency", "dpa", "ansa", "efe", "tass", "ria novosti", "bloomberg", "nhk", "bbc", "cnn",
        "al jazeera", "united press international", "press trust of india", "anadolu agency", "central news agency",
        "saudi press agency", "petra", "emirates news agency", "qatar news agency", "kuwait news agency",
        "syrian arab news agency", "middle east news agency", "islamic republic news agency", "europa press", "lusa",
        "agencia brasil", "austria presse agentur", "keystone-sda", "china news service", "newsis", "news1", "interfax",
    ]

    /// Frequent news words that say nothing about which event an article is about.
    static let commonWords: WordSet = [
        "said", "say", "year", "time", "people", "would", "could", "also", "with", "have", "will", "been", "from",
        "that", "this", "they", "their", "there", "which", "about", "more", "after", "over", "than", "when",
        "what", "were", "into", "some", "other", "first", "last", "week", "month", "government", "country",
        "countrie", "official", "report", "told", "news", "make", "made", "take", "like", "just", "only", "well",
        "back", "many", "most", "much", "very", "even", "still", "while", "where", "being", "those", "these",
        "them", "does", "because", "against", "between", "under", "since", "before", "during", "including",
        "according", "added", "day", "days", "new", "world", "state", "part", "work", "percent", "million",
        "billion", "should", "need", "want", "good", "think", "know", "going", "come", "year", "years",
        // Roles and generic bodies: every event has them.
        "minister", "ministri", "president", "presid", "prime", "leader", "spokesman", "spokeswoman", "spokesperson",
        "chief", "secretari", "deputi", "agenc", "agency", "nation", "national", "intern", "international", "citi",
        "city", "compani", "company", "offici", "people", "peopl", "local", "member", "public", "region",
    ]

    /// Every top-level topic's score and evidence, fired or not, best first (`newsd analyze
    /// --explain`, the evaluation). `article` is as ``analyze(_:)`` returned it.
    public func topLevelRanking(_ article: Article) -> [TopicScore] {
        let title = Tokenizer.tokenize(article.title)
        let language = LanguageIdentifier.identify(article.title + "\n" + article.body) ?? article.language
        let stems = Stemmer.stems(title + Tokenizer.tokenize(article.body), language: language)
        let scores = scorer.score(stems: stems, titleCount: title.count, language: language)
        let topics = scorer.taxonomy.topics
        return topics.indices.filter { topics[$0].parent == nil }
            .map { TopicScore(id: topics[$0].id, score: TopicScorer.squash(scores.ratio[$0]), evidence: scores.evidence[$0]) }
            .sorted { $0.score > $1.score }
    }
}

/// How a key term stands in one article.
struct TermCount {
    /// Title words count three times.
    var count = 0
    var lead = false
    /// Written in lower case inside a body sentence at least once.
    var lower = false
    /// Written capitalised inside a body sentence (titles capitalise every word): the first such form.
    var name: String?

    /// Counts token `i` of `tokens`.
    mutating func add(_ tokens: [Token], at i: Int, inTitle: Bool, inLead: Bool) {
        count += inTitle ? 3 : 1
        if inLead { lead = true }
        let flags = tokens[i].flags
        guard !inTitle, !flags.contains(.sentenceStart) else { return }
        if !flags.contains(.capitalized) {
            lower = true
        } else if name.map({ tokens[i].text < $0 }) ?? true {
            name = tokens[i].text
        }
    }
}

/// Insertion-ordered unique strings.
struct OrderedSet {
    private(set) var items: [String] = []
    /// Made once there are more than ``few`` items: an article's few countries, places or
    /// organisations are found faster by comparing them in turn than by hashing (a Set allocated,
    /// SipHash per insert).
    private var seen: Set<String>?
    static let few = 16

    mutating func insert(_ s: String) {
        guard !contains(s) else { return }
        items.append(s)
        if seen != nil {
            seen!.insert(s)
        } else if items.count > Self.few {
            seen = Set(items)
        }
    }

    func contains(_ s: String) -> Bool { seen.map { $0.contains(s) } ?? items.contains(s) }

    mutating func removeAll(where remove: (String) -> Bool) {
        items.removeAll { s in
            guard remove(s) else { return false }
            seen?.remove(s)
            return true
        }
    }
}
