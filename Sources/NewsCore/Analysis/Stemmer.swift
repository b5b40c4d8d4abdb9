import CStemmer

/// Word stems for topic terms: a light English stemmer (plurals, -ing, -ed), enough to fold
/// "elections", "electing" and "elected" together, and Snowball's stemmers (libstemmer) for the
/// other languages it has. Words of a language without a stemmer pass through, as do single
/// characters of spaceless scripts (Chinese and Japanese terms match as runs of characters).
public enum Stemmer {
    /// The stems of `tokens` (folded words) in `language` (ISO 639-1; nil or "en": English).
    public static func stems(_ tokens: [Token], language: String?) -> [String] {
        // (By index, reading a token's fields in place: a closure over the tokens copied each one,
        // a retain and a release of its two Strings.)
        if let language, language != "en", let snowball = Snowball(language) {
            return tokens.indices.map { tokens[$0].flags.contains(.ideographic) ? tokens[$0].text : snowball.stem(tokens[$0].text) }
        }
        return tokens.indices.map { tokens[$0].flags.contains(.ideographic) ? tokens[$0].text : stem(tokens[$0].text) }
    }

    /// ``stems(_:language:)``, with each stem's record and hash for look-ups: a stem that is its
    /// token's word (the light English stemmer returns a word it leaves alone as it is, and only
    /// shortens the others, so a stem as long as its word is the word) takes the key the
    /// tokenizer made; the others are hashed.
    static func stemsAndKeys(_ tokens: [Token], language: String?) -> (stems: [String], keys: WordKeys) {
        let stems = Self.stems(tokens, language: language)
        if let language, language != "en", snowballLanguages.contains(language) { return (stems, WordKeys(stems, key: { $0 })) }
        var keys = WordKeys()
        keys.keys.reserveCapacity(stems.count)
        for i in stems.indices {
            if stems[i].utf8.count == tokens[i].text.utf8.count {
                // (The token's key read in place: passing the token copied it, a retain and a release of its two Strings.)
                let key = tokens[i].key
                if key.record.isLong { keys.long[i] = tokens[i].text }
                keys.keys.append(key)
            } else {
                keys.append(stems[i], at: i)
            }
        }
        return (stems, keys)
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

    /// Whether the first `count` bytes of `b` end in `s` (and are longer).
    @inline(__always)
    private static func ends(_ b: UnsafeMutableBufferPointer<UInt8>, _ count: Int, _ s: StaticString) -> Bool {
        let k = s.utf8CodeUnitCount
        guard count > k else { return false }
        let suffix = s.utf8Start
        var j = 0
        while j < k {
            if b[count - k + j] != suffix[j] { return false }
            j += 1
        }
        return true
    }

    /// `count` less one when the word ends in a doubled consonant other than l and s ("stopp").
    @inline(__always)
    private static func undoubled(_ b: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> Int {
        guard count >= 4, b[count - 2] == b[count - 1] else { return count }
        switch b[count - 1] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x6C, 0x73: return count  // a e i o u l s
        default: return count - 1
        }
    }

    /// The light English stemmer. Works on the word's bytes in a buffer on the stack; a word it
    /// leaves alone is returned as it is, without a copy.
    public static func stem(_ word: String) -> String {
        let n = word.utf8.count
        guard n > 3 else { return word }
        // (The bytes read through one buffer: iterating `utf8` reads a String an index at a time; read in
        // place, as a copy of the word to call `withUTF8` on cost a retain and a release.)
        func stemmed(_ word8: UnsafeBufferPointer<UInt8>) -> String {
            guard word8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
            return stem(word, word8)
        }
        if let stemmed = word.utf8.withContiguousStorageIfAvailable(stemmed) { return stemmed }
        var bytes = word
        return bytes.withUTF8(stemmed)
    }

    /// ``stem(_:)`` of a word of more than three lower-case ASCII letters, `bytes` its bytes.
    private static func stem(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { b in
            var count = n
            _ = b.initialize(fromContentsOf: bytes)
            // (A function of `count`, not a closure over it: a closure that changes a variable makes
            // every access to it a checked one.)
            if Stemmer.ends(b, count, "ies") && count > 4 {
                count -= 3
                b[count] = 0x79
                count += 1
            } else if Stemmer.ends(b, count, "sses") {
                count -= 2
            } else if Stemmer.ends(b, count, "s") && !Stemmer.ends(b, count, "ss") && !Stemmer.ends(b, count, "us")
                && !Stemmer.ends(b, count, "is")
            {
                count -= 1
            }
            if Stemmer.ends(b, count, "ing") && count >= 7 {
                count -= 3
                count = Stemmer.undoubled(b, count)
            } else if Stemmer.ends(b, count, "ied") && count > 4 {
                count -= 3
                b[count] = 0x79
                count += 1
            } else if Stemmer.ends(b, count, "ed") && count >= 6 && !Stemmer.ends(b, count, "eed") {
                count -= 2
                count = Stemmer.undoubled(b, count)
            }
            if count == n { return word }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<count]), as: UTF8.self)
        }
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
