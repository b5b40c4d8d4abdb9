/// Korean names written bare in running text, with a particle and no title (김도영은, 이강인의, 서승재와 김원호도),
/// as sports and society news write them once a name is known.
extension PersonFinder {
    /// What a particle after a bare name asks of the syllable before it.
    enum KoreanFinal { case consonant, vowel, either }

    /// (ko) Particles after a bare name, each with the final consonant it asks for (이강인이, 김민재가).
    static let koreanBareParticles: [String: KoreanFinal] = [
        "이": .consonant, "은": .consonant, "을": .consonant, "과": .consonant, "가": .vowel, "는": .vowel,
        "를": .vowel, "와": .vowel, "의": .either, "도": .either, "만": .either, "에게": .either,
        "과의": .consonant, "와의": .vowel, "처럼": .either,
    ]

    /// Whether the Hangul syllable `s` ends in a consonant (받침).
    static func hasFinalConsonant(_ s: String) -> Bool {
        guard let v = s.unicodeScalars.first?.value, v >= 0xAC00, v <= 0xD7A3 else { return false }
        return (v - 0xAC00) % 28 != 0
    }

    /// (ko) Bare names: a word of a common family name's syllable, two syllables more and a particle that agrees
    /// with the third's final consonant, when the three are no word Resources/korean-words.tsv knows (김장철을,
    /// 박물관은, 정리하는), nor a word of two before a particle's or a suffix's syllable (최근에는, 고용률은), nor a
    /// body's name (윤리위는) nor a loanword (이마트는), and no place, body or firm the gazetteer found holds a syllable of it.
    static func koreanBareNames(_ tokens: [Token], _ taken: [Bool]) -> [String] {
        let words = KoreanWords.shared
        var out: [String] = []
        for w in gluedRuns(tokens, limit: 6, where: isHangul) where (4...5).contains(w.count) {
            let stem = w.lowerBound..<(w.lowerBound + 3)
            let particle = tokens[stem.upperBound..<w.upperBound].map(\.original).joined()
            guard let final = koreanBareParticles[particle], words.family.contains(tokens[w.lowerBound].original),
                !w.contains(where: { taken[$0] })
            else { continue }
            // (Not glued to a letter or a digit before it: LG에너지솔루션.)
            if w.lowerBound > 0, glued(tokens, w.lowerBound - 1),
                tokens[w.lowerBound - 1].original.unicodeScalars.first?.properties.isAlphabetic == true
                    || tokens[w.lowerBound - 1].flags.contains(.numeric)
            {
                continue
            }
            // (Nor glued to a letter, a digit or more Hangul after it: a longer word.)
            if w.upperBound < tokens.count, glued(tokens, w.upperBound - 1),
                tokens[w.upperBound].original.unicodeScalars.first?.properties.isAlphabetic == true
                    || tokens[w.upperBound].flags.contains(.numeric)
            {
                continue
            }
            let last = tokens[stem.upperBound - 1].original
            switch final {
            case .consonant: guard hasFinalConsonant(last) else { continue }
            case .vowel: guard !hasFinalConsonant(last) else { continue }
            case .either: break
            }
            let name = tokens[stem].map(\.original).joined()
            let head = tokens[stem.lowerBound..<(stem.lowerBound + 2)].map(\.original).joined()
            guard !words.three.contains(name), !words.four.contains(name + particle),
                !(words.two.contains(head) && words.suffixes.contains(last)),
                !koreanBodyEnds.contains(last), last != "위", last != "처",
                // (Nor a loanword's: a syllable of ㅡ with no final consonant, which no Korean given name holds: 이마트.)
                !tokens[stem].contains(where: { koreanTranscriptionSyllables.contains($0.original) })
            else { continue }
            out.append(name)
        }
        return out
    }
}
