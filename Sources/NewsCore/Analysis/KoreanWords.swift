import CNewsData

/// Korean words that begin with a common family name's syllable, from `Resources/korean-words.tsv` (written by
/// scripts/generate-korean-words.py from Debian's hunspell-ko): what a bare name with its particle (김도영은) is not.
struct KoreanWords: Sendable {
    /// The family names' syllables that a bare name may begin with (F: 김, 이, 박 ... the 50 most common).
    let family: Set<String>
    /// Words of three syllables and verbs' stems of three (W: 박물관, 김장철, 이어지).
    let three: WordSet
    /// Words of two syllables (P: 정부, 최근), which a particle's or a suffix's syllable makes three.
    let two: WordSet
    /// Words of four syllables whose last is a particle's syllable (T: 경상남도).
    let four: WordSet
    /// Syllables that make a word of two into one of three (S: particles, verbs' endings, nouns' suffixes: 정부에,
    /// 정리하, 고용률).
    let suffixes: Set<String>

    /// The shipped list, read once on first use (a Korean article's).
    static let shared = KoreanWords(EmbeddedData.text(newsd_korean_words_tsv))

    /// - Parameter text: lines `KIND<TAB>WORD|WORD`.
    init(_ text: String) {
        let lists = NameShapes.kindLists(text)
        func set(_ kind: Substring) -> WordSet { NameShapes.wordSet(lists[kind] ?? []) }
        family = Set((lists["F"] ?? []).map(String.init))
        three = set("W")
        two = set("P")
        four = set("T")
        suffixes = Set((lists["S"] ?? []).map(String.init))
    }
}
