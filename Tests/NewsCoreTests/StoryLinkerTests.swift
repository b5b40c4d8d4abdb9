@testable import NewsCore
import Testing

@Suite struct StoryLinkerTests {
    static let analyzer = Analyzer()
    static let base = """
        Japanese and Vietnamese coast guard officials met in Da Nang on Tuesday to agree on joint patrols in the \
        South China Sea, after Chinese vessels blocked fishing boats near the Paracel Islands last week. The two \
        sides signed a memorandum on information sharing and search and rescue, officials said. Vietnam's deputy \
        defence minister Hoang Xuan Chien said the deal would help keep sea lanes open. Japan will provide two \
        patrol vessels next year under its official security assistance programme, according to the embassy.
        """

    static func link(_ linker: StoryLinker, _ seq: Int64, _ title: String, _ body: String, hours: Int64 = 0) -> StoryLinker.Link {
        let (_, a) = analyzer.analyze(Article(title: title, body: body, format: "text"))
        return linker.link(seq: seq, atMillis: 1_800_000_000_000 + hours * 3_600_000, analysis: a)
    }

    @Test func aReprintOrALightEditIsANearDuplicate() {
        let linker = StoryLinker()
        #expect(Self.link(linker, 1, "Japan, Vietnam agree on patrols", Self.base) == .init(duplicateOf: nil, story: 1))
        // A reprint under another headline.
        #expect(Self.link(linker, 2, "Vietnam and Japan to patrol together", Self.base).duplicateOf == 1)
        // A light edit: a few words changed.
        let edited = Self.base.replacingOccurrences(of: "on Tuesday", with: "on Wednesday")
            .replacingOccurrences(of: "next year", with: "in 2027")
        let link = Self.link(linker, 3, "Japan, Vietnam agree on patrols", edited)
        #expect(link.duplicateOf == 1)
        #expect(link.story == 1)
    }

    @Test func anotherArticleOnTheSameEventJoinsTheStoryButIsNoDuplicate() {
        let linker = StoryLinker()
        _ = Self.link(linker, 1, "Japan, Vietnam agree on patrols", Self.base)
        let other = Self.link(linker, 2, "Hanoi and Tokyo sign coast guard deal",
            """
            Vietnam and Japan signed a coast guard cooperation memorandum in Da Nang, setting up joint patrols in the \
            South China Sea. The signing follows an incident near the Paracel Islands in which Chinese ships blocked \
            Vietnamese fishing boats. Deputy defence minister Hoang Xuan Chien welcomed the agreement.
            """, hours: 5)
        #expect(other.duplicateOf == nil)
        #expect(other.story == 1)
    }

    @Test func differentEventsAndOldStoriesStayApart() {
        let linker = StoryLinker()
        _ = Self.link(linker, 1, "Japan, Vietnam agree on patrols", Self.base)
        let sport = Self.link(linker, 2, "Arsenal win the cup",
            "Arsenal beat Chelsea 2-1 in the cup final at Wembley on Saturday, with Bukayo Saka scoring twice in the second half.")
        #expect(sport == .init(duplicateOf: nil, story: 2))
        // The same wording a month later is still a duplicate, but no longer in the story window.
        let late = Self.link(linker, 3, "Coast guards meet again",
            """
            Japanese and Vietnamese coast guard officials met again in Da Nang to review joint patrols in the South China \
            Sea and the Paracel Islands incident. Deputy defence minister Hoang Xuan Chien attended.
            """, hours: 24 * 30)
        #expect(late.story == 3)
    }

    @Test func aRolledBackLinkIsForgotten() {
        let linker = StoryLinker()
        _ = Self.link(linker, 1, "Japan, Vietnam agree on patrols", Self.base)
        linker.rollback()
        #expect(linker.count == 0)
        #expect(Self.link(linker, 1, "Japan, Vietnam agree on patrols", Self.base).duplicateOf == nil)
        linker.commit()
        #expect(Self.link(linker, 2, "Reprint", Self.base).duplicateOf == 1)
    }
}

@Suite struct StoryLinkerMemoryTests {
    static func fingerprint(_ seq: Int64) -> String {
        String(UInt64(bitPattern: seq) &* 0x9E37_79B9_7F4A_7C15 | 1, radix: 16)
    }

    @Test func oldFingerprintsAreForgottenPastTheLimit() {
        var config = StoryLinker.Configuration()
        config.fingerprints = 100
        let linker = StoryLinker(configuration: config)
        var analysis = ArticleAnalysis()
        for seq in Int64(1)...Int64(450) {
            // Fingerprints far apart: every article its own.
            analysis.fingerprint = Self.fingerprint(seq)
            _ = linker.link(seq: seq, atMillis: seq * 1000, analysis: analysis)
            linker.commit()
        }
        #expect(linker.count <= 200)
        // The latest are still found; the first are forgotten.
        analysis.fingerprint = Self.fingerprint(450)
        #expect(linker.link(seq: 451, atMillis: 451_000, analysis: analysis).duplicateOf == 450)
        analysis.fingerprint = Self.fingerprint(1)
        #expect(linker.link(seq: 452, atMillis: 452_000, analysis: analysis).duplicateOf == nil)
    }

    /// Synthetic articles: keys from a small vocabulary (long posting lists), fingerprints from
    /// a few values (long band lists).
    static func synthetic(_ n: Int, _ rng: inout SplitMix64, scale: UInt64 = 1) -> ArticleAnalysis {
        var a = ArticleAnalysis()
        a.keys = ["p:person\(rng.next() % (40 * scale))", "l:place\(rng.next() % (20 * scale))", "c:C\(rng.next() % 5)"]
            + (0..<6).map { _ in "t:term\(rng.next() % (200 * scale))" }
        a.leadKeys = Array(a.keys.prefix(2))
        a.fingerprintValue = rng.next() % 50 &* 0x9E37_79B9_7F4A_7C15
        return a
    }

    /// A linker's configuration with small windows and scans, which a few thousand articles pass.
    static func small(fingerprints: Int, stories: Int, postingScan: Int, candidates: Int) -> StoryLinker.Configuration {
        var config = StoryLinker.Configuration()
        config.fingerprints = fingerprints
        config.stories = stories
        config.postingScan = postingScan
        config.candidates = candidates
        return config
    }

    @Test func heldRecordsAndIndexListsStayBoundedHoweverManyArticlesCome() {
        let config = Self.small(fingerprints: 500, stories: 200, postingScan: 16, candidates: 8)
        let linker = StoryLinker(configuration: config)
        var rng = SplitMix64(seed: 7)
        for n in 1...6_000 {
            _ = linker.link(seq: Int64(n), atMillis: Int64(n) * 1_000, analysis: Self.synthetic(n, &rng))
            linker.commit()
            if n % 500 == 0 {
                #expect(linker.count <= 500 + 62)
                // The record arrays grow to the bound, not to the next power of two (1,024 for 500 + 62 + 256).
                #expect(linker.recordCapacity <= linker.recordCapacityLimit + 16, "\(linker.recordCapacity)")
                // Keys of the latest 200 only; their store and the interned keys stay bounded
                // (dead keys leave in batches of 1,024 articles; the vocabulary is 265 keys).
                #expect(linker.cachedStoryArticles == 200)
                let held = linker.heldKeys
                #expect(held.slots <= (200 + 1_024) * 9 && held.ids <= 2 * 265 && held.table <= 1_024, "\(held)")
                // A band bucket holds what a scan reads; a posting list is read for 16 entries however long.
                let longest = linker.longestLists
                #expect(longest.band <= 64 && longest.posting <= 200, "\(longest)")
                #expect(linker.lastWork.scanned <= 9 * 64 + 9 * 16 && linker.lastWork.compared <= config.candidates)
                #expect(linker.scanScratch <= StoryFeatures.keyLimit * config.postingScan)
            }
        }
    }

    @Test func aRolledBackTransactionLeavesNoTrace() {
        // More articles in one transaction than a band bucket or a posting scan holds (the rings
        // overwrite their oldest entries), then a rollback: what follows links as if they never came.
        var config = StoryLinker.Configuration()
        config.candidates = 8
        config.fingerprints = 300
        config.stories = 150
        let linker = StoryLinker(configuration: config)
        let clean = StoryLinker(configuration: config)
        // Four fingerprints: each band bucket gets a quarter of the articles, and its ring wraps.
        func article(_ n: Int, _ rng: inout SplitMix64) -> ArticleAnalysis {
            var a = Self.synthetic(n, &rng, scale: 2)
            a.fingerprintValue = UInt64(n % 4 + 1) &* 0x9E37_79B9_7F4A_7C15
            return a
        }
        var (a, b) = (SplitMix64(seed: 5), SplitMix64(seed: 5))
        for n in 1...400 {
            _ = linker.link(seq: Int64(n), atMillis: Int64(n) * 60_000, analysis: article(n, &a))
            _ = clean.link(seq: Int64(n), atMillis: Int64(n) * 60_000, analysis: article(n, &b))
            linker.commit()
            clean.commit()
        }
        // The noise shares one band with a kept fingerprint and differs in all the others: each
        // band's ring gets entries whose fingerprints are far from the ones they overwrite, so a
        // ring that got back its arrival numbers but not their fingerprints misses near-duplicates.
        var noise = SplitMix64(seed: 99)
        for n in 401...700 {
            var x = article(n, &noise)
            let band = n % 9
            let mask: UInt64 = band == 8 ? 0xFF << 56 : 0x7F << UInt64(7 * band)
            x.fingerprintValue ^= ~mask
            _ = linker.link(seq: Int64(n), atMillis: Int64(n) * 60_000, analysis: x)
        }
        linker.rollback()
        #expect(linker.count == clean.count)
        for n in 401...900 {
            let x = linker.link(seq: Int64(n), atMillis: Int64(n) * 60_000, analysis: article(n, &a))
            let y = clean.link(seq: Int64(n), atMillis: Int64(n) * 60_000, analysis: article(n, &b))
            #expect(x == y, "article \(n)")
            if x != y { return }
            linker.commit()
            clean.commit()
        }
    }

    @Test func anArticleKeepsItsHeaviestKeysUpToTheLimit() {
        // 1,000 terms and 5 people: the people are kept, and terms up to the limit.
        let names = (0..<5).map { "p:person\($0)" } + (0..<1_000).map { "t:term\($0)" }
        let f = StoryFeatures(keys: names, leadKeys: [])
        #expect(f.keys.count == StoryFeatures.keyLimit)
        #expect(f.keys.filter { $0.kind == .person }.count == 5)
        #expect(zip(f.keys, f.keys.dropFirst()).allSatisfy { $0.hash < $1.hash })
        // Linked and held, an article of 1,005 keys holds 128 key slots.
        let linker = StoryLinker()
        var a = ArticleAnalysis()
        a.keys = names
        _ = linker.link(seq: 1, atMillis: 0, analysis: a)
        linker.commit()
        #expect(linker.heldKeys.slots == StoryFeatures.keyLimit)
    }

    @Test func renumberingTheRecordsLinksAsBefore() {
        // Arrival numbers renumbered when they reach 300 (after two billion in a daemon) give the same links.
        var config = StoryLinker.Configuration()
        config.candidates = 8
        config.fingerprints = 200
        let plain = StoryLinker(configuration: config)
        let renumbered = StoryLinker(configuration: config, numberLimit: 300)
        var (a, b) = (SplitMix64(seed: 11), SplitMix64(seed: 11))
        for n in 1...1_200 {
            let x = plain.link(seq: Int64(n), atMillis: Int64(n) * 60_000, analysis: Self.synthetic(n, &a, scale: 10))
            let y = renumbered.link(seq: Int64(n), atMillis: Int64(n) * 60_000, analysis: Self.synthetic(n, &b, scale: 10))
            #expect(x == y, "article \(n)")
            if x != y { return }
            plain.commit()
            renumbered.commit()
        }
        #expect(renumbered.renumbered >= 5)
    }

    @Test func readingThePostingListsTogetherFindsWhatReadingThemOneByOneFound() {
        // Lists longer than a scan (a small vocabulary), keys leaving the window (stories 600),
        // events further apart than the window: the same candidates, in the same order, with the
        // same scores bit for bit (each a sum taken in the same order), so the same links.
        let config = Self.small(fingerprints: 2_000, stories: 600, postingScan: 8, candidates: 12)
        let together = StoryLinker(configuration: config)
        let oneByOne = StoryLinker(configuration: config)
        oneByOne.scansOneListAtATime = true
        together.recordsScores = true
        oneByOne.recordsScores = true
        var (a, b) = (SplitMix64(seed: 5), SplitMix64(seed: 5))
        for n in 1...3_000 {
            let at = Int64(n) * 400_000 - Int64(n % 7) * 3_600_000
            let x = together.link(seq: Int64(n), atMillis: at, analysis: Self.synthetic(n, &a, scale: 2))
            let y = oneByOne.link(seq: Int64(n), atMillis: at, analysis: Self.synthetic(n, &b, scale: 2))
            let same = x == y && together.lastWork == oneByOne.lastWork && together.lastScores.count == oneByOne.lastScores.count
                && zip(together.lastScores, oneByOne.lastScores).allSatisfy { $0.candidate == $1.candidate && $0.score.bitPattern == $1.score.bitPattern }
            #expect(same, "article \(n)")
            if !same { return }
            together.commit()
            oneByOne.commit()
        }
        // Lists longer than a scan: the scans stopped at their bound.
        #expect(together.longestLists.posting > 2 * config.postingScan, "\(together.longestLists)")
    }

    @Test func theSharedKeysAreNamedAsADictionaryOfEveryKeyNamedThem() {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<2_000 {
            // Keys listed twice, hashes of keys the article does not have, none at all.
            let keys = (0..<Int(rng.next() % 30)).map { _ in "t:k\(rng.next() % 40)" }
            let hashes = Array(Set((0..<Int(rng.next() % 8)).map { _ in StoryFeatures.hash("t:k\(rng.next() % 50)") }))
            let names = Dictionary(keys.map { (StoryFeatures.hash($0), $0) }, uniquingKeysWith: { a, _ in a })
            #expect(StoryLinker.names(of: hashes, in: keys) == hashes.compactMap { names[$0] }.sorted(), "\(keys) \(hashes)")
        }
    }
}
