/// A key the presearcher (``SubscriptionIndex``) files queries under and looks articles up by.
enum PresearchKey: Hashable, Sendable {
    /// What kind of thing a key names; the index keeps one table per kind.
    enum Kind: Int, CaseIterable, Sendable {
        case word, wordPrefix, country, topic, personWord, orgWord, placeWord, sourceWord, language
    }

    /// A key of one kind with its folded value.
    case single(Kind, String)
    /// Two common keys (a country, a topic, a language) that a conjunction needs together:
    /// far rarer than either. The lesser key comes first, so the pair is the same either way.
    indirect case pair(PresearchKey, PresearchKey)

    static func word(_ w: String) -> Self { .single(.word, w) }
    /// The first three letters of a word: how `pre*` queries are filed.
    static func wordPrefix(_ w: String) -> Self { .single(.wordPrefix, String(w.prefix(3))) }
    static func country(_ c: String) -> Self { .single(.country, c) }
    static func topic(_ t: String) -> Self { .single(.topic, t) }
    static func language(_ l: String) -> Self { .single(.language, l) }

    /// The pair of `a` and `b`, or `a` itself when they are the same key.
    static func pairing(_ a: Self, _ b: Self) -> Self {
        a == b ? a : (a < b ? .pair(a, b) : .pair(b, a))
    }

    /// Keys most articles hold one of: countries, topics, languages.
    var isCommon: Bool {
        guard case .single(let kind, _) = self else { return false }
        return kind == .country || kind == .topic || kind == .language
    }

    /// A single key's value ("" for a pair).
    var value: String {
        if case .single(_, let v) = self { return v }
        return ""
    }
}

extension PresearchKey: Comparable {
    /// Orders single keys by kind, then value; pairs after all single keys.
    static func < (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case (.single(let ka, let va), .single(let kb, let vb)): (ka.rawValue, va) < (kb.rawValue, vb)
        case (.single, .pair): true
        case (.pair, .single): false
        case (.pair(let a1, let a2), .pair(let b1, let b2)): a1 != b1 ? a1 < b1 : a2 < b2
        }
    }
}

extension PresearchKey: CustomStringConvertible {
    /// `w:navy`, `c:JP`, `&c:JP+t:defense`: for tests and `--explain` output.
    var description: String {
        switch self {
        case .single(let kind, let value):
            let prefix = ["w", "w3", "c", "t", "pn", "on", "pl", "s", "l"][kind.rawValue]
            return prefix + ":" + value
        case .pair(let a, let b): return "&\(a)+\(b)"
        }
    }
}
