import CUchardet
import Glibc

/// Charsets of files that are not UTF-8: the one a document declares (HTML meta, XML
/// declaration), the one uchardet finds in its first bytes, and conversion to UTF-8 with iconv.
enum Charset {
    /// The most bytes uchardet reads: enough for any charset to show, and a bound on its cost.
    static let detectionPrefix = 64 << 10
    /// How far into a document a charset declaration is looked for.
    static let declarationWindow = 8 << 10

    /// The charset uchardet finds in the first ``detectionPrefix`` bytes, in iconv's spelling;
    /// nil for ASCII, UTF-8 and when it finds none.
    static func detect(_ bytes: [UInt8]) -> String? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let prefix = bytes.prefix(detectionPrefix)
        let status = prefix.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { uchardet_handle_data(detector, $0.baseAddress, $0.count) }
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector).map({ String(cString: $0) }), !name.isEmpty else { return nil }
        let upper = name.uppercased()
        if upper == "ASCII" || upper == "UTF-8" { return nil }
        // As browsers do: Latin-1 is read as its superset, which has printable 0x80-0x9F.
        return upper == "ISO-8859-1" ? "WINDOWS-1252" : upper
    }

    /// The charset a markup document declares near its start, in lower case: for XML the
    /// declaration's `encoding`, for HTML a `<meta charset=...>` or `<meta http-equiv=content-type
    /// content="...; charset=...">`; nil when it declares none or one that iconv does not know.
    static func declared(in bytes: [UInt8], html: Bool) -> String? {
        let head = bytes.prefix(declarationWindow).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        var found: String?
        if head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) {
            found = value(after: Array("encoding".utf8), in: head[..<end])
        }
        if html, found == nil {
            var start = head.startIndex
            while found == nil, let meta = find(Array("<meta".utf8), in: head[start...]) {
                let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
                found = value(after: Array("charset".utf8), in: head[meta..<end])
                start = end
            }
        }
        guard let name = found, isKnown(name) else { return nil }
        return name
    }

    /// The token after `key`, `=` and an optional quote.
    private static func value(after key: [UInt8], in head: ArraySlice<UInt8>) -> String? {
        var start = head.startIndex
        while let at = find(key, in: head[start...]) {
            var i = at + key.count
            while i < head.endIndex, head[i] == 0x20 || head[i] == 0x09 { i += 1 }
            guard i < head.endIndex, head[i] == UInt8(ascii: "=") else {
                start = at + 1
                continue
            }
            i += 1
            while i < head.endIndex, head[i] == 0x20 || head[i] == 0x22 || head[i] == 0x27 { i += 1 }
            var j = i
            while j < head.endIndex, isNameByte(head[j]) { j += 1 }
            if j > i, j - i <= 40 { return String(decoding: head[i..<j], as: UTF8.self) }
            start = at + 1
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = haystack.startIndex
        while i <= haystack.endIndex - needle.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// True when iconv can convert from `charset`.
    static func isKnown(_ charset: String) -> Bool {
        let cd = iconv_open("UTF-8", charset)
        guard cd != iconv_t(bitPattern: -1) else { return false }
        iconv_close(cd)
        return true
    }

    /// `bytes` in `charset` as a String; a byte sequence that is not valid in the charset becomes
    /// U+FFFD, and more than one such sequence in 100 bytes means the charset is wrong: nil.
    static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        let cd = iconv_open("UTF-8", charset)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // Four bytes of UTF-8 per input byte at most, plus a replacement character per bad byte.
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var invalid = 0
        let written = input.withUnsafeMutableBufferPointer { inBuf -> Int in
            output.withUnsafeMutableBufferPointer { outBuf -> Int in
                var inPtr = UnsafeMutableRawPointer(inBuf.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuf.count
                var outPtr = UnsafeMutableRawPointer(outBuf.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outLeft = outBuf.count
                while inLeft > 0 {
                    if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { return -1 }
                    // An invalid or truncated sequence: one U+FFFD, then on past the byte.
                    invalid += 1
                    for b: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outPtr?.pointee = CChar(bitPattern: b)
                        outPtr = outPtr?.successor()
                    }
                    outLeft -= 3
                    inPtr = inPtr?.successor()
                    inLeft -= 1
                }
                return outBuf.count - outLeft
            }
        }
        guard written >= 0, invalid * 100 <= bytes.count else { return nil }
        return String(decoding: output[..<written], as: UTF8.self)
    }
}
