/// Turns file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM, and for bytes that
/// are not valid UTF-8 the charset uchardet finds (Shift_JIS, GB18030, EUC-KR, KOI8-R,
/// Windows-125x, ISO-8859-x...), Windows-1252 when it finds none. Rejects empty and binary content.
public enum TextDecoding {
    /// The decoded text with line endings normalised to `\n`, and the charset that was used.
    public static func decode(_ bytes: [UInt8]) throws(IntakeError) -> (text: String, charset: String) {
        if let magic = binaryMagic(bytes) { throw .binary(what: magic) }
        var text: String
        var charset: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes[3...], as: UTF8.self)
            charset = "utf-8"
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard bytes.count % 2 == 0 else {
                throw .invalidEncoding(detail: "UTF-16 byte-order mark but an odd number of bytes (\(bytes.count))")
            }
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(littleEndian ? a | b << 8 : a << 8 | b)
                i += 2
            }
            text = String(decoding: units, as: UTF16.self)
            charset = littleEndian ? "utf-16le" : "utf-16be"
        } else {
            try rejectBinary(bytes)
            if let utf8 = String(validating: bytes, as: UTF8.self) {
                text = utf8
                charset = "utf-8"
            } else if let (converted, detected) = detectedCharset(bytes) {
                text = converted
                charset = detected
            } else {
                // Western text in Windows-1252 has a few accented letters; data has half its bytes high.
                let sample = bytes.prefix(8192)
                let high = sample.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
                let controls = sample.reduce(0) { $0 + ($1 < 0x20 && $1 != 0x09 && $1 != 0x0A && $1 != 0x0D ? 1 : 0) }
                if high * 10 > sample.count * 3 || controls * 50 > sample.count {
                    throw .binary(what: "not UTF-8, and \(high) of the first \(sample.count) bytes are not text")
                }
                text = windows1252(bytes)
                charset = "windows-1252"
            }
        }
        let (cr, nul) = text.withUTF8 { (ContentSearch.contains(0x0D, in: $0), ContentSearch.contains(0, in: $0)) }
        if cr {
            text = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        }
        if nul { throw .binary(what: "NUL characters") }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        return (text, charset)
    }

    /// Bytes that are not UTF-8 in the charset uchardet finds, converted; nil when it finds none,
    /// or one that does not fit the bytes.
    static func detectedCharset(_ bytes: [UInt8]) -> (text: String, charset: String)? {
        guard let found = Charset.detect(bytes) else { return nil }
        if found == "WINDOWS-1252" { return (windows1252(bytes), "windows-1252") }
        guard let text = Charset.convert(bytes, from: found) else { return nil }
        return (text, found.lowercased())
    }

    private static func binaryMagic(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "GIF image"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
            ([0x1F, 0x8B], "gzip data"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz data"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// NUL bytes or a high share of control characters in the first 8 KiB mean binary data.
    private static func rejectBinary(_ bytes: [UInt8]) throws(IntakeError) {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { throw .binary(what: "NUL bytes") }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        if !head.isEmpty && controls * 10 > head.count {
            throw .binary(what: "\(controls) control bytes in the first \(head.count)")
        }
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
