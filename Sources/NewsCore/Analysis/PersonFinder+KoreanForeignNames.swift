/// Foreign names written in Hangul as two words right after a title or a position word, the second with its
/// particle (코치 마티아스 보에는, 외국인 투수 마이클 로렌스와), as sports and business news write them.
extension PersonFinder {
    /// (ko) Two words after a title or a position word of ``NameContext/Words/koreanTitles`` or
    /// ``NameContext/Words/koreanPositions`` (nothing glued to it, one space apart): a given name of one to four
    /// syllables with no particle, and a family name of two to five with a particle of ``koreanBareParticles`` that
    /// agrees with its last syllable's final consonant; not after a cue that is a common noun before a noun as well
    /// (``NameContext/Words/koreanCuesBeforeNouns``: 대표 브랜드, 선발 라인업); one of the two holds a syllable of transcription
    /// (``koreanTranscriptionSyllables``), no token of them is taken, and nothing but a space follows the particle.
    /// Bounded: one pass over the words, each looked at with its two neighbours.
    static func koreanForeignNamesAfterTitle(_ tokens: [Token], _ taken: [Bool], context: NameContext.Words) -> [String] {
        let words = gluedRuns(tokens, limit: 8, where: isHangul)
        guard words.count >= 3 else { return [] }
        func text(_ r: Range<Int>) -> String { tokens[r].map(\.original).joined() }
        var out: [String] = []
        for n in 1..<(words.count - 1) {
            let cue = words[n - 1], given = words[n], family = words[n + 1]
            guard title(context.koreanTitles, tokens, at: cue.lowerBound) == cue.upperBound
                || title(context.koreanPositions, tokens, at: cue.lowerBound) == cue.upperBound,
                !context.koreanCuesBeforeNouns.contains(tokens[cue].map(\.text).joined()),
                oneSpaceApart(tokens, cue, given), oneSpaceApart(tokens, given, family), (1...4).contains(given.count), (3...7).contains(family.count),
                tokens[given.lowerBound].flags.isDisjoint(with: .boundary), tokens[family.lowerBound].flags.isDisjoint(with: .boundary),
                !(given.lowerBound..<family.upperBound).contains(where: { taken[$0] }),
                !koreanParticlesNoNameEndsIn.contains(tokens[given.upperBound - 1].original),
                title(context.koreanTitles, tokens, at: given.lowerBound) == nil,
                title(context.koreanTitles, tokens, at: family.lowerBound) == nil
            else { continue }
            // (Nothing glued after the particle: a letter, a digit or a longer word.)
            if family.upperBound < tokens.count, glued(tokens, family.upperBound - 1),
                tokens[family.upperBound].original.unicodeScalars.first?.properties.isAlphabetic == true
                    || tokens[family.upperBound].flags.contains(.numeric)
            {
                continue
            }
            // The particle: two syllables, else one (에게 before 게 alone).
            for length in [2, 1] where family.count - length >= 2 {
                let stem = family.lowerBound..<(family.upperBound - length)
                guard let final = koreanBareParticles[text(stem.upperBound..<family.upperBound)] else { continue }
                let last = tokens[stem.upperBound - 1].original
                switch final {
                case .consonant: guard hasFinalConsonant(last) else { continue }
                case .vowel: guard !hasFinalConsonant(last) else { continue }
                case .either: break
                }
                let name = given.lowerBound..<stem.upperBound
                guard tokens[name].contains(where: { koreanTranscriptionSyllables.contains($0.original) }),
                    !koreanVerbEndings.contains(where: { text(given).hasSuffix($0) }), !koreanAdverbs.contains(text(given))
                else { continue }
                out.append(text(given) + " " + text(stem))
                break
            }
        }
        return out
    }
}
