extension PlaceFinder {
    /// A word of Korean text: a name of two syllables at `start` and what is glued after it up to the
    /// word's end (a particle or nothing).
    struct KoreanWord {
        var start: Int
        var end: Int
        /// The gazetteer's city only a dateline takes (전주), else a place it knows in running text (광주, 전북).
        var bare: Bool
        var particle: [String]
    }

    /// Syllables of a word glued after a name, at most this many.
    static let longestParticle = 3

    /// (ko) Korean cities by their bare name (전주, 진주, 공주), which the gazetteer takes only in a
    /// dateline, as each is also a word ("last week", "pearl", "princess"): a word of its own, the
    /// name and a particle of ``PlaceContext/Words/koreanParticles`` or nothing, that stands
    /// - before 에서 ("in", "from"): 전주에서;
    /// - after a province the gazetteer knows: 전북 전주;
    /// - in a list with another place, joined by 와/과, a comma or a middle dot: 전주와 진주, 공주에;
    /// - with no particle, one space before a word for a site or an area of it: 청주 공장, 진주 시내 (``beforeSite(_:in:words:)``);
    /// and the same with 항, its port, between the name and the particle (광양항에서, 광양항과 인천항).
    static func koreanCities(in tokens: [Token], taken: [Bool], found: Found, words: PlaceContext.Words, gazetteer: Gazetteer) -> [Range<Int>] {
        guard !words.koreanParticles.isEmpty else { return [] }
        // Places the gazetteer found, by their first token.
        var known: [Int: (end: Int, region: Bool)] = [:]
        for m in found.matches where m.start >= 0 && PersonFinder.isHangul(tokens[m.start]) {
            let kind = gazetteer.entries.kind(m.entry)
            guard [.capital, .city, .place].contains(kind) else { continue }
            known[m.start] = (m.start + m.count, kind == .place)
        }
        // A province's short name that is also a word (경기 평택에) leads a city as a province does.
        for i in provinceWords(in: tokens, words: words) where known[i] == nil { known[i] = (i + 2, true) }
        var names: [KoreanWord] = []
        var i = 0
        while i + 1 < tokens.count {
            defer { i += 1 }
            guard PersonFinder.isHangul(tokens[i]), i == 0 || !Gazetteer.glued(tokens[i - 1], tokens[i]) else { continue }
            var nameEnd = i + 2
            var bare = false
            if let k = known[i] {
                nameEnd = k.end
            } else {
                guard !taken[i], !taken[i + 1], Gazetteer.glued(tokens[i], tokens[i + 1]),
                    let m = gazetteer.wholeMatch(of: [tokens[i], tokens[i + 1]], reading: .dateline), gazetteer.entries.kind(m.entry) == .city
                else { continue }
                bare = true
            }
            var end = nameEnd
            while end < tokens.count, end - nameEnd <= longestParticle, Gazetteer.glued(tokens[end - 1], tokens[end]) { end += 1 }
            var particle = tokens[nameEnd..<end].map(\.text)
            guard particle.count <= longestParticle, particle.isEmpty || words.koreanParticles.contains(particle) else { continue }
            // A city's port is the city (광양항과 인천항): what follows 항 is the particle.
            if particle.first == "항" { particle.removeFirst() }
            names.append(KoreanWord(start: i, end: end, bare: bare, particle: particle))
            i = end - 1
        }
        var out: [Range<Int>] = []
        for (n, w) in names.enumerated() where w.bare {
            let before = n > 0 ? names[n - 1] : nil
            let after = n + 1 < names.count ? names[n + 1] : nil
            let listed = after.map { joined(w, $0, in: tokens) } == true || before.map { joined($0, w, in: tokens) } == true
            let inProvince = before.map { !$0.bare && known[$0.start]?.region == true && $0.particle.isEmpty && $0.end == w.start } == true
            if w.particle.starts(with: ["에", "서"]) || listed || inProvince || beforeSite(w, in: tokens, words: words) {
                out.append(w.start..<w.start + 2)
            }
        }
        return out
    }

    /// True when a word of ``PlaceContext/Words/koreanSites`` (공장, 시내, 일대), alone or with a particle of
    /// ``PlaceContext/Words/koreanParticles``, stands one space after the name `w` that has no particle (청주 공장).
    static func beforeSite(_ w: KoreanWord, in tokens: [Token], words: PlaceContext.Words) -> Bool {
        guard w.particle.isEmpty, w.end < tokens.count, gap(tokens[w.end - 1], tokens[w.end]) == 1,
            tokens[w.end].flags.isDisjoint(with: [.sentenceStart, .lineStart])
        else { return false }
        var end = w.end + 1
        while end < tokens.count, end - w.end < 8, Gazetteer.glued(tokens[end - 1], tokens[end]) { end += 1 }
        let next = tokens[w.end..<end].map(\.text)
        return words.koreanSites.contains { site in
            next.starts(with: site) && (next.count == site.count || words.koreanParticles.contains(Array(next[site.count...])))
        }
    }

    /// True when `b` is the next word after `a` in a list: after 와/과, or after a comma or a dot alone.
    static func joined(_ a: KoreanWord, _ b: KoreanWord, in tokens: [Token]) -> Bool {
        guard a.end == b.start, tokens[b.start].flags.isDisjoint(with: [.sentenceStart, .lineStart]) else { return false }
        if a.particle == ["와"] || a.particle == ["과"] { return true }
        return a.particle.isEmpty && gap(tokens[a.end - 1], tokens[b.start]) <= 2
    }

    /// Where a province's short name that is also a word (``PlaceContext/Words/koreanProvinces``: 경기
    /// "game", 강원) stands as a word of its own, nothing glued before or after it.
    static func provinceWords(in tokens: [Token], words: PlaceContext.Words) -> [Int] {
        guard !words.koreanProvinces.isEmpty else { return [] }
        var out: [Int] = []
        for w in words.koreanProvinces where w.count == 2 {
            for i in 0..<max(tokens.count - 1, 0) where tokens[i].text == w[0] && tokens[i + 1].text == w[1] {
                guard Gazetteer.glued(tokens[i], tokens[i + 1]), i == 0 || !Gazetteer.glued(tokens[i - 1], tokens[i]),
                    i + 2 == tokens.count || !Gazetteer.glued(tokens[i + 1], tokens[i + 2])
                else { continue }
                out.append(i)
            }
        }
        return out
    }

    /// (ko) A district, county or township by its suffix (``PlaceContext/Words/koreanDistrictSuffixes``:
    /// 강남구, 해운대구, 완도군, 옥계면): a name of two or three syllables, the suffix and a particle of
    /// ``PlaceContext/Words/afterSuffix`` or nothing, as a word of its own right after a place's name
    /// (서울 강남구의, 강릉시 옥계면) or after one and 와/과 or a comma (신안군과 완도군의); not a word of
    /// ``PlaceContext/Words/notPlaces`` (서울 지역구, 정부군). And a province's short name that is also a
    /// word (경기 화성시, 경기 평택에; not 경기 침체) right before a place.
    /// (ko) Directions that name a township of one syllable (북면, 남면, 동읍) and the suffixes they take.
    static let koreanDirections: WordSet = ["북", "남", "동", "서"]
    static let koreanTownships: WordSet = ["면", "읍"]

    static func koreanDistricts(in tokens: [Token], taken: [Bool], places: [Range<Int>], found: Found, words: PlaceContext.Words,
                                gazetteer: Gazetteer) -> [Range<Int>]
    {
        // Places in Hangul by their first token and by the token after their last.
        var ends = Set<Int>(), starts = Set<Int>()
        // And their names without a county's or a city's suffix (울릉 of 울릉군), whose township the article may name
        // anywhere (울릉읍: the county's seat).
        var bareNames = Set<String>()
        func note(_ r: Range<Int>) {
            guard !r.isEmpty, PersonFinder.isHangul(tokens[r.lowerBound]) else { return }
            starts.insert(r.lowerBound)
            ends.insert(r.upperBound)
            if r.count >= 3, ["군", "시"].contains(tokens[r.upperBound - 1].text) {
                bareNames.insert(tokens[r.lowerBound..<r.upperBound - 1].map(\.text).joined())
            }
        }
        for r in places { note(r) }
        for m in found.matches where m.start >= 0 && [.capital, .city, .place].contains(gazetteer.entries.kind(m.entry)) {
            note(m.start..<m.start + m.count)
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard PersonFinder.isHangul(tokens[i]), i == 0 || !Gazetteer.glued(tokens[i - 1], tokens[i]),
                tokens[i].flags.isDisjoint(with: [.sentenceStart, .lineStart])
            else { continue }
            var end = i + 1
            while end < tokens.count, end - i < 8, Gazetteer.glued(tokens[end - 1], tokens[end]) { end += 1 }
            guard i > 0, (i..<end).allSatisfy({ !taken[$0] }) else { continue }
            // Right after a place (a space or a comma between), or after a place and 와/과.
            let afterPlace = ends.contains(i) && gap(tokens[i - 1], tokens[i]) <= 2
                || (i >= 2 && ["와", "과"].contains(tokens[i - 1].text) && ends.contains(i - 1)
                    && Gazetteer.glued(tokens[i - 2], tokens[i - 1]) && gap(tokens[i - 1], tokens[i]) == 1)
            // (Or a county's own township by the county's name: 울릉군 ... 울릉읍.)
            let ownTownship = !afterPlace && (2...3).contains { length in
                i + length < end && Self.koreanTownships.contains(tokens[i + length])
                    && bareNames.contains(tokens[i..<i + length].map(\.text).joined())
            }
            guard afterPlace || ownTownship else { continue }
            for length in 1...3 where i + length < end {
                let suffix = i + length
                guard words.koreanDistrictSuffixes.contains(tokens[suffix]) else { continue }
                // (A name of one syllable only for a direction's township: 인제군 북면.)
                if length == 1, !(Self.koreanDirections.contains(tokens[i]) && Self.koreanTownships.contains(tokens[suffix])) { continue }
                let particle = tokens[suffix + 1..<end].map(\.text)
                guard particle.isEmpty || words.afterSuffix.contains(particle) else { continue }
                let word = tokens[i...suffix].map(\.text)
                guard !words.notPlaces.contains(word) else { continue }
                out.append(i..<suffix + 1)
                starts.insert(i)
                ends.insert(suffix + 1)
                break
            }
            i = end - 1
        }
        // 경기 before a place: a province.
        for p in provinceWords(in: tokens, words: words) where p + 2 < tokens.count && starts.contains(p + 2) && !taken[p] && !taken[p + 1] {
            guard gap(tokens[p + 1], tokens[p + 2]) == 1 else { continue }
            out.append(p..<p + 2)
        }
        return out
    }
}
