/// Whether a key term can say which event an article reports: its document frequency in a
/// reference news corpus (`Resources/term-document-frequency.tsv`, embedded in the binary; made
/// by `NewsdBench termstats` from the BBC corpus). A fixed table, not counts over the articles
/// seen, so a term counts the same whatever arrived before it and the partition into stories
/// stays independent of arrival order. (Weighting terms by this inverse document frequency was
/// measured too: it cost recall on the labelled set, and on Reuters gained nothing over this gate.)
public struct TermWeights: Sendable {
    let documents: Int
    let frequency: WordTable<Int>

    public static let shared = TermWeights(tsv: String(decoding: PackageResources.term_document_frequency_tsv, as: UTF8.self))

    /// `documents<TAB>N`, then `stem<TAB>count` lines; `#` comments.
    init(tsv: String) {
        var documents = 0
        var frequency = WordTable<Int>()
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            guard cols.count == 2, let n = Int(cols[1]) else { continue }
            if cols[0] == "documents" { documents = n } else { frequency[String(cols[0]), default: 0] = n }
        }
        self.documents = max(documents, 1)
        self.frequency = frequency
    }

    /// Whether a stem stands in the reference corpus (three documents or more): a word of English news, not a
    /// rare name.
    func isNewsWord(_ stem: some StringProtocol) -> Bool { frequency[String(stem)] != nil }

    /// Whether a stem is rare enough (in at most 5% of news articles) to name what happened.
    public func isDistinctive(_ stem: some StringProtocol) -> Bool {
        Float(frequency[String(stem)] ?? 0) <= 0.05 * Float(documents)
    }
}
