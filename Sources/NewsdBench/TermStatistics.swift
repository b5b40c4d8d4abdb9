import Foundation
import NewsCore

/// Document frequencies of the stems story keys are made of, over a reference corpus, as the
/// TSV that `Sources/NewsCore/Resources/term-document-frequency.tsv` embeds: how common a word
/// is in news in general, so a story's key terms weigh by how much they say (a static table,
/// so a weight never depends on which articles arrived first).
///
///     NEWSD_BENCH=1 swift run -c release NewsdBench termstats ../shared/corpus/bbc > Sources/NewsCore/Resources/term-document-frequency.tsv
enum TermStatistics {
    static func run(_ dirs: [String]) {
        var df: [String: Int] = [:]
        var documents = 0
        for dir in dirs {
            for article in Corpus.articles(in: dir) {
                documents += 1
                let tokens = Tokenizer.tokenize(article.title) + Tokenizer.tokenize(article.body)
                var seen = Set<String>()
                for t in tokens where !t.flags.contains(.numeric) && !t.flags.contains(.ideographic) {
                    let stem = Stemmer.stem(t.text)
                    if stem.count >= 4 { seen.insert(stem) }
                }
                for s in seen { df[s, default: 0] += 1 }
            }
        }
        print("# Document frequency of word stems (Stemmer.stem of folded tokens, 4 letters or more) in a")
        print("# reference news corpus; stems in fewer than 3 documents are left out. Made by NewsdBench termstats.")
        print("documents\t\(documents)")
        for (stem, n) in df.filter({ $0.value >= 3 }).sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) {
            print("\(stem)\t\(n)")
        }
    }
}
