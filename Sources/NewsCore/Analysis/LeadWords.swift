/// The words (or stems) of an article's title and lead, asked whether a story key's word is
/// among them (``Analyzer/leadKeys(_:named:stems:stemKeys:tokens:)``): about 70 words and 40
/// questions an article, where a `Set<String>` hashed every word with SipHash.
///
/// Looked up by bytes in a ``WordTable`` while every word and the word asked are ASCII (there
/// `==` is byte equality); otherwise through a `Set<String>` made on first need, so that canonical
/// equivalence (`==` on other text) answers as it did.
struct LeadWords {
    private var table: WordTable<Bool>
    private let tokens: ArraySlice<Token>?
    private let stems: ArraySlice<String>
    private var ascii = true
    private var set: Set<String>?

    /// The words of `tokens` (``Token/text``), by the keys the tokenizer made for them.
    init(_ tokens: ArraySlice<Token>) {
        self.tokens = tokens
        stems = []
        table = WordTable(minimumCapacity: tokens.count)
        for t in tokens {
            guard t.text.isAllASCII else {
                ascii = false
                break
            }
            _ = table.findOrInsert(t, true)
        }
    }

    /// `stems`, with their records and hashes made already in `keys` (word `i` of `keys` is `stems[i]`).
    init(_ stems: ArraySlice<String>, keys: WordKeys) {
        tokens = nil
        self.stems = stems
        table = WordTable(minimumCapacity: stems.count)
        for i in stems.indices {
            guard stems[i].isAllASCII else {
                ascii = false
                break
            }
            _ = table.findOrInsert(keys, at: i, true)
        }
    }

    /// Whether `word` is one of the words, by `==`.
    mutating func contains(_ word: Substring) -> Bool {
        if ascii, let found = word.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            for b in bytes where b >= 0x80 { return nil }
            return table.entry(bytes: bytes) != nil
        }), let found {
            return found
        }
        if set == nil { set = tokens.map { Set($0.map(\.text)) } ?? Set(stems) }
        return set!.contains(String(word))
    }
}
