/// "Did you mean ...?": the closest known word to a misspelt one, by edit distance.
public enum Suggestion {
    /// The candidate nearest to `word` (case folded) within a distance that grows with its
    /// length (1 up to 4 letters, then a third of it), or one that `word` begins or ends; nil
    /// when none is close. Cost: one distance per candidate, each bounded by the words' lengths.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let w = Array(word.lowercased())
        guard !w.isEmpty, w.count <= 64 else { return nil }
        let limit = max(1, w.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased())
            guard abs(c.count - w.count) <= limit || c.starts(with: w) || w.starts(with: c) else { continue }
            var d = distance(w, c)
            // A prefix ("cyber" for "cybersecurity") is a good guess even when far by letters.
            if d > limit, c.count >= 4, w.count >= 4, c.starts(with: w) || w.starts(with: c) { d = limit }
            if d <= limit, best.map({ d < $0.1 }) ?? true { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance of two words (two rows of memory).
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
