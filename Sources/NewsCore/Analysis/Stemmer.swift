import CStemmer

/// Word stems for topic terms: a light English stemmer (plurals, -ing, -ed), enough to fold
/// "elections", "electing" and "elected" together, and Snowball's stemmers (libstemmer) for the
/// other languages it has. Words of a language without a stemmer pass through, as do single
/// characters of spaceless scripts (Chinese and Japanese terms match as runs of characters).
public enum Stemmer {
    /// The stems of `tokens` (folded words) in `language` (ISO 639-1; nil or "en": English).
    public static func stems(_ tokens: [Token], language: String?) -> [String] {
        if let language, language != "en", let snowball = Snowball(language) {
            return tokens.map { $0.flags.contains(.ideographic) ? $0.text : snowball.stem($0.text) }
        }
        return tokens.map { $0.flags.contains(.ideographic) ? $0.text : stem($0.text) }
    }

    /// The stem of a folded word in `language`.
    public static func stem(_ word: String, language: String?) -> String {
        if let language, language != "en", let snowball = Snowball(language) { return snowball.stem(word) }
        return stem(word)
    }

    /// Languages Snowball stems, by ISO 639-1 code (English uses ``stem(_:)``, which the
    /// taxonomy and the story keys were tuned with).
    static let snowballLanguages: Set<String> = [
        "ar", "ca", "da", "de", "el", "es", "eu", "fi", "fr", "ga", "hi", "hu", "hy", "id", "it", "lt", "ne", "nl",
        "no", "pt", "ro", "ru", "sr", "sv", "ta", "tr", "yi",
    ]

    /// One Snowball stemmer: not thread-safe, so made per call (about a microsecond).
    final class Snowball {
        private let stemmer: OpaquePointer

        init?(_ language: String) {
            guard Stemmer.snowballLanguages.contains(language),
                let s = sb_stemmer_new(language, "UTF_8")
            else { return nil }
            stemmer = s
        }

        deinit { sb_stemmer_delete(stemmer) }

        func stem(_ word: String) -> String {
            var w = word
            return w.withUTF8 { buf in
                guard let base = buf.baseAddress,
                    let out = sb_stemmer_stem(stemmer, base, Int32(buf.count))
                else { return word }
                let n = Int(sb_stemmer_length(stemmer))
                return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
            }
        }
    }

    /// The light English stemmer.
    public static func stem(_ word: String) -> String {
        let u = word.utf8
        let n = u.count
        guard n > 3, u.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var b = Array(u)
        func ends(_ s: StaticString) -> Bool {
            let k = s.utf8CodeUnitCount
            guard b.count > k else { return false }
            return s.withUTF8Buffer { buf in
                var j = 0
                while j < k {
                    if b[b.count - k + j] != buf[j] { return false }
                    j += 1
                }
                return true
            }
        }
        if ends("ies") && b.count > 4 {
            b.removeLast(3)
            b.append(0x79)
        } else if ends("sses") {
            b.removeLast(2)
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            b.removeLast()
        }
        if ends("ing") && b.count >= 7 {
            b.removeLast(3)
            undouble(&b)
        } else if ends("ied") && b.count > 4 {
            b.removeLast(3)
            b.append(0x79)
        } else if ends("ed") && b.count >= 6 && !ends("eed") {
            b.removeLast(2)
            undouble(&b)
        }
        return String(decoding: b, as: UTF8.self)
    }

    private static func undouble(_ b: inout [UInt8]) {
        guard b.count >= 4, let last = b.last, b[b.count - 2] == last,
            !"aeiouls".utf8.contains(last)
        else { return }
        b.removeLast()
    }
}

extension Stemmer {
    /// British and American spellings: the other spelling of an English stem, if it has one
    /// ("defence" and "defense", "organisation" and "organization", "labour" and "labor"), so a
    /// topic term written one way matches text written the other.
    public static func spellingVariant(_ stem: String) -> String? {
        // Bytes, not String.contains: the taxonomy asks this for every English term at start-up.
        let b = Array(stem.utf8)
        for (british, american) in spellingBytes {
            if let at = find(british, in: b) { return replace(b, at: at, count: british.count, with: american) }
            if let at = find(american, in: b), find(british, in: b) == nil { return replace(b, at: at, count: american.count, with: british) }
        }
        // -ise/-ize, -isation/-ization, -yse/-yze, as stems leave them ("organis" of "organised").
        for (s, z) in [("isation", "ization"), ("yse", "yze"), ("ise", "ize"), ("is", "iz")] {
            if stem.hasSuffix(s), stem.count > s.count + 3 { return String(stem.dropLast(s.count)) + z }
            if stem.hasSuffix(z), stem.count > z.count + 3 { return String(stem.dropLast(z.count)) + s }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        outer: for i in 0...(haystack.count - needle.count) {
            for j in 0..<needle.count where haystack[i + j] != needle[j] { continue outer }
            return i
        }
        return nil
    }

    private static func replace(_ b: [UInt8], at: Int, count: Int, with new: [UInt8]) -> String {
        String(decoding: b[..<at] + new + b[(at + count)...], as: UTF8.self)
    }

    static let spellingBytes: [([UInt8], [UInt8])] = spellingPairs.map { (Array($0.utf8), Array($1.utf8)) }

    /// Longest first, where one contains another ("programme" before "program" would not do).
    static let spellingPairs: [(String, String)] = [
        ("programme", "program"), ("labour", "labor"), ("colour", "color"), ("favour", "favor"), ("honour", "honor"),
        ("neighbour", "neighbor"), ("behaviour", "behavior"), ("harbour", "harbor"), ("rumour", "rumor"),
        ("tumour", "tumor"), ("armour", "armor"), ("vapour", "vapor"), ("centre", "center"), ("theatre", "theater"),
        ("metre", "meter"), ("litre", "liter"), ("fibre", "fiber"), ("defence", "defense"), ("offence", "offense"),
        ("licence", "license"), ("grey", "gray"), ("aluminium", "aluminum"), ("paediatric", "pediatric"),
        ("haemorrhag", "hemorrhag"), ("anaemi", "anemi"), ("oestrogen", "estrogen"), ("manoeuvre", "maneuver"),
        ("foetus", "fetus"), ("diarrhoea", "diarrhea"), ("catalogue", "catalog"), ("travell", "travel"),
        ("cancell", "cancel"), ("jewellery", "jewelry"), ("sceptic", "skeptic"), ("judgement", "judgment"),
    ]
}
