import CNewsData
import Foundation

/// A compact learned topic classifier for English, beside the rules: a softmax regression over
/// word stems, trained at development time on the BBC corpus by `scripts/train_topic_model.py`
/// and shipped as `Resources/topic-model.tsv`. It gives short items (a title and a sentence),
/// where few rule terms occur, a best topic; ``TopicScorer`` adds `alpha * p` to the rules' score.
public struct TopicModel: Sendable {
    /// The topic ids the model knows, in its column order.
    public let classes: [String]
    /// What a probability of 1 adds to a topic's rule score (1 is the threshold).
    public let alpha: Double
    let bias: [Float]
    /// Per stem, its row in `weights`.
    let rows: WordTable<Int32>
    /// Whether every stem's row is its entry in ``rows`` (each stem on one line, as trained): then a look-up's entry
    /// is the row, without reading ``rows``' values (a cache miss for each stem the model knows).
    let rowsAreEntries: Bool
    let words: [String]
    /// Per row: a function word ("its", "the"), never named as evidence.
    let functionWord: [Bool]
    /// Row-major, `classes.count` a row.
    let weights: [Float]

    /// The shipped model, read once on first use.
    public static let shared: TopicModel? = {
        var count = 0
        guard let start = newsd_topic_model_tsv(&count) else { return nil }
        do { return try TopicModel(tsv: UnsafeBufferPointer(start: start, count: count)) } catch {
            fatalError("the shipped topic model does not parse: \(error)")
        }
    }()

    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "topic-model.tsv:\(line): \(message)" }
    }

    /// `classes`, `alpha` and `bias` lines, then `stem<TAB>weight...` lines; `#` comments.
    /// Read as bytes, the numbers with strtof: the model is read at every start.
    init(tsv: UnsafeBufferPointer<UInt8>) throws {
        var classes: [String] = []
        var alpha = 1.0
        var bias: [Float] = []
        var rows = WordTable<Int32>()
        var words: [String] = []
        var weights: [Float] = []
        var lineNumber = 0
        var i = 0
        let n = tsv.count
        while i < n {
            lineNumber += 1
            var end = i
            while end < n && tsv[end] != 0x0A { end += 1 }
            defer { i = end + 1 }
            guard end > i, tsv[i] != 0x23 else { continue }  // empty, or a # comment
            var tab = i
            while tab < end && tsv[tab] != 0x09 { tab += 1 }
            let key = String(decoding: UnsafeBufferPointer(rebasing: tsv[i..<tab]), as: UTF8.self)
            let fields = String(decoding: UnsafeBufferPointer(rebasing: tsv[min(tab + 1, end)..<end]), as: UTF8.self)
            switch key {
            case "classes": classes = fields.split(separator: "\t").map(String.init)
            case "alpha": alpha = Double(fields) ?? 1
            default:
                var values: [Float] = []
                values.reserveCapacity(classes.count)
                fields.withCString { c in
                    var p = UnsafeMutablePointer(mutating: c)
                    while p.pointee != 0 {
                        var next: UnsafeMutablePointer<CChar>?
                        let v = strtof(p, &next)
                        guard let next, next != p else { break }
                        values.append(v)
                        p = next
                    }
                }
                guard !classes.isEmpty, values.count == classes.count else {
                    throw FormatError(line: lineNumber, message: "expected \(classes.count) weights after the `classes` line")
                }
                if key == "bias" {
                    bias = values
                } else {
                    rows[key, default: 0] = Int32(words.count)
                    words.append(key)
                    weights += values
                }
            }
        }
        guard bias.count == classes.count else { throw FormatError(line: 0, message: "no `bias` line") }
        self.classes = classes
        self.alpha = alpha
        self.bias = bias
        self.rows = rows
        rowsAreEntries = rows.values.indices.allSatisfy { rows.values[$0] == Int32($0) }
        self.words = words
        functionWord = words.map { Gazetteer.stopwords.contains($0) }
        self.weights = weights
    }

    /// Each class's probability, and for the classes at `explainAbove` or more the (up to three)
    /// words that said most for them (function words left out: they say little to a reader).
    /// - Parameters:
    ///   - stems: the article's stems (``Stemmer``), title first.
    ///   - titleCount: how many are the title's: they count twice.
    public func predict(stems: [String], titleCount: Int, explainAbove: Double = 0.25) -> (p: [Double], features: [[String]]) {
        predict(stems: WordKeys(stems, key: { $0 }), titleCount: titleCount, explainAbove: explainAbove)
    }

    /// ``predict(stems:titleCount:explainAbove:)`` of stems made ready for look-ups.
    func predict(stems: WordKeys, titleCount: Int, explainAbove: Double) -> (p: [Double], features: [[String]]) {
        // Weighted count per row, in a flat array as long as the model (6,000 rows): read in
        // ascending row order, so sums are summed in one order, without sorting the hits. (The
        // counts are small whole numbers, summed exactly in any order.)
        var counts = [Float](repeating: 0, count: words.count)
        // The rows hit, a bit each: read in ascending order without scanning every row's count.
        var hit = [UInt64](repeating: 0, count: (words.count + 63) / 64)
        var known = 0
        // (Looked up in a batch: the table's cache misses overlap.)
        let k = classes.count
        weights.withUnsafeBufferPointer { weights in
            for (i, e) in rows.entries(of: stems).enumerated() where e >= 0 {
                let row = rowsAreEntries ? e : rows.values[Int(e)]
                counts[Int(row)] += i < titleCount ? 2 : 1
                hit[Int(row) >> 6] |= 1 << UInt64(row & 63)
                known += 1
                // (The row's weights, read below once every row is counted.)
                newsd_prefetch(weights.baseAddress! + Int(row) * k)
            }
        }
        var z = bias.map(Double.init)
        guard known > 0 else { return (softmax(z), Array(repeating: [], count: k)) }
        var norm: Float = 0
        var x: [(row: Int, value: Float)] = []
        x.reserveCapacity(known)
        for (w, word) in hit.enumerated() {
            var bits = word
            while bits != 0 {
                let row = w << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                let v = log1p(counts[row])
                x.append((row, v))
                norm += v * v
            }
        }
        norm = norm.squareRoot()
        weights.withUnsafeBufferPointer { weights in
            z.withUnsafeMutableBufferPointer { z in
                for (row, v) in x {
                    let base = row * k
                    let scaled = v / norm
                    for c in 0..<k { z[c] += Double(scaled * weights[base + c]) }
                }
            }
        }
        let p = softmax(z)
        let features = (0..<k).map { c -> [String] in
            guard p[c] >= explainAbove else { return [] }
            // The three largest contributions, by insertion into a list of three.
            var top: [(row: Int, value: Float)] = []
            for (row, v) in x where !functionWord[row] {
                let contribution = v * weights[row * k + c]
                guard contribution > 0, top.count < 3 || contribution > top[top.count - 1].value else { continue }
                let at = top.firstIndex { contribution > $0.value || (contribution == $0.value && row < $0.row) } ?? top.count
                top.insert((row, contribution), at: at)
                if top.count > 3 { top.removeLast() }
            }
            return top.map { words[$0.row] }
        }
        return (p, features)
    }

    private func softmax(_ z: [Double]) -> [Double] {
        let m = z.max() ?? 0
        let e = z.map { exp($0 - m) }
        let s = e.reduce(0, +)
        return e.map { $0 / s }
    }
}
