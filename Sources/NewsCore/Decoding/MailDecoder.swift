import Foundation
import Glibc

/// E-mail (.eml, RFC 5322 + MIME): Subject, Date and From become title, published and source;
/// the body is the text/plain part, or the HTML part through ``HTMLArticleExtractor``.
/// Handles multipart (alternative, mixed, related, nested), forwarded message/rfc822 parts,
/// quoted-printable and base64, RFC 2047 encoded words, and any charset iconv knows.
public struct MailDecoder: Sendable {
    public init() {}

    static let knownHeaders: Set<String> = [
        "from", "to", "subject", "date", "message-id", "mime-version", "received", "return-path", "content-type",
        "delivered-to", "reply-to", "cc", "list-id",
    ]

    /// True when the bytes start with an RFC 5322 header block naming at least two usual headers.
    /// Asked of every `.txt` file; the bytes are read line by line, and the answer of
    /// ``looksLikeMailByCharacters(_:end:)`` (the definition) is taken only when a line has
    /// something bytes cannot judge alone (a non-ASCII header name, a Unicode line break, a
    /// combining mark after a colon or a leading blank).
    static func looksLikeMail(_ head: [UInt8]) -> Bool {
        // Only the first 40 lines are read: cut after the 40th line feed.
        var end = 0
        var feeds = 0
        while end < head.count && feeds < 40 {
            if head[end] == 0x0A { feeds += 1 }
            end += 1
        }
        let fast = head.withUnsafeBufferPointer { b -> Bool? in
            var i = 0
            var lines = 0
            var known = 0
            var key: [UInt8] = []
            while lines < 40 {
                let start = i
                var colon = -1
                var wideName = false
                while i < end {
                    let c = b[i]
                    if c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C { break }
                    if c >= 0x80 {
                        // U+0085, U+2028 and U+2029 end a line too: left to Characters.
                        if c == 0xC2 && i + 1 < end && b[i + 1] == 0x85 { return nil }
                        if c == 0xE2 && i + 2 < end && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) { return nil }
                        if colon < 0 { wideName = true }
                    } else if c == UInt8(ascii: ":") && colon < 0 {
                        colon = i
                    }
                    i += 1
                }
                let lineEnd = i
                lines += 1
                if lineEnd == start { break }  // the blank line after the headers, or the end
                let first = b[start]
                if first == 0x20 || first == 0x09 {
                    if start + 1 < lineEnd && b[start + 1] >= 0x80 { return nil }
                } else {
                    // No colon at all: not a header, whatever the characters.
                    guard colon >= 0 else { return false }
                    // A non-ASCII name (letters of any script pass) is judged by Characters.
                    if wideName { return nil }
                    guard colon > start else { return false }
                    if colon + 1 < lineEnd && b[colon + 1] >= 0x80 { return nil }
                    key.removeAll(keepingCapacity: true)
                    for j in start..<colon {
                        let c = b[j]
                        let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                        guard (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") else { return false }
                        key.append(lower)
                    }
                    if Self.knownHeaders.contains(String(decoding: key, as: UTF8.self)) { known += 1 }
                }
                guard i < end else { break }
                // One line break: "\r\n" is one, as it is one Character.
                if b[i] == 0x0D && i + 1 < end && b[i + 1] == 0x0A { i += 2 } else { i += 1 }
                if i == end {
                    // A break at the very end leaves one empty line, which ends the headers.
                    break
                }
            }
            return known >= 2
        }
        return fast ?? looksLikeMailByCharacters(head, end: end)
    }

    /// ``looksLikeMail(_:)`` by `Character`s: the definition, for what bytes cannot judge.
    static func looksLikeMailByCharacters(_ head: [UInt8], end: Int) -> Bool {
        let text = String(decoding: head[..<end], as: UTF8.self)
        var known = 0
        // By `isNewline`: in a String, "\r\n" is one Character, which is not "\n".
        for l in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).prefix(40) {
            if l.isEmpty { break }
            if l.first == " " || l.first == "\t" { continue }
            guard let colon = l.firstIndex(of: ":"), l[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
                !l[..<colon].isEmpty
            else { return false }
            if knownHeaders.contains(l[..<colon].lowercased()) { known += 1 }
        }
        return known >= 2
    }

    /// The deepest nesting of multipart and message/rfc822 parts read; deeper is refused.
    public static let maximumDepth = 10

    public func decode(_ bytes: [UInt8]) throws(IntakeError) -> Article {
        let message = Part(Self.unixLines(bytes))
        let subject = message.header("subject").map(Self.decodeWords) ?? ""
        var title = HTMLArticleExtractor.clean(subject)
        for prefix in ["Fwd:", "FWD:", "Fw:", "FW:", "Fwd :"] where title.hasPrefix(prefix) {
            title = String(title.dropFirst(prefix.count)).trimmed()
        }
        let from = message.header("from").map(Self.decodeWords).map(Self.displayName)
        var body = try text(of: message, depth: 0)
        body = PlainTextDecoder.paragraphs(body.split(separator: "\n", omittingEmptySubsequences: false))
        guard !title.isEmpty || !body.isEmpty else { throw .noArticle(detail: "the mail has no subject and no text") }
        return Article(
            title: title, body: body, url: message.header("archived-at").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<> ")) },
            published: message.header("date").flatMap(DateParser.parse), source: from,
            language: message.header("content-language").map { String($0.prefix(2)).lowercased() }, format: "mail")
    }

    /// The readable text of a part: text/plain preferred in multipart/alternative unless thin.
    private func text(of part: Part, depth: Int) throws(IntakeError) -> String {
        guard depth < Self.maximumDepth else {
            throw .noArticle(
                detail: "the mail's MIME parts nest more than \(Self.maximumDepth) deep (multipart or message/rfc822 inside one another); "
                    + "newsd reads \(Self.maximumDepth) levels: forward the message itself, not a chain of attachments")
        }
        let (type, params) = part.contentType
        if type.hasPrefix("multipart/") {
            guard let boundary = params["boundary"] else {
                throw .noArticle(detail: "a \(type) part has no boundary parameter")
            }
            let parts = part.subparts(boundary: boundary)
            if type == "multipart/alternative" {
                let plain = parts.first { $0.contentType.type == "text/plain" }
                let html = parts.first { $0.contentType.type == "text/html" }
                if let plain, let text = try? text(of: plain, depth: depth + 1), text.count >= 200 || html == nil {
                    return text
                }
                if let html { return try text(of: html, depth: depth + 1) }
            }
            var texts: [String] = []
            for sub in parts where !sub.isAttachment {
                let t = try text(of: sub, depth: depth + 1)
                if !t.isEmpty { texts.append(t) }
                if type != "multipart/mixed" && !texts.isEmpty { break }
            }
            return texts.joined(separator: "\n\n")
        }
        if type == "message/rfc822" {
            let inner = Part(Self.unixLines(part.decodedBody))
            let subject = inner.header("subject").map(Self.decodeWords) ?? ""
            let body = try text(of: inner, depth: depth + 1)
            return subject.isEmpty ? body : subject + "\n\n" + body
        }
        guard type.hasPrefix("text/") || type.isEmpty else { return "" }
        let charset = params["charset"]?.lowercased()
        let decoded = part.decodedBody
        if type == "text/html" {
            guard let charset else { return try HTMLArticleExtractor().text(ofFragment: Self.undeclared(decoded)) }
            if charset == "utf-8" { return try HTMLArticleExtractor().text(ofFragment: String(decoding: decoded, as: UTF8.self)) }
            return try HTMLArticleExtractor().text(ofFragment: try Self.convert(decoded, from: charset))
        }
        guard let charset else { return Self.unixLines(Self.undeclared(decoded)) }
        // A decoded body keeps the CRLFs of its encoding (base64, quoted-printable "=0D=0A"); they
        // are replaced after the charset, whose code units may hold a 0x0D byte (UTF-16).
        return Self.unixLines(try Self.convert(decoded, from: charset))
    }

    /// A part that declares no charset: UTF-8 (ASCII included) when its bytes are, else the
    /// charset uchardet finds, else Windows-1252.
    static func undeclared(_ bytes: [UInt8]) -> String {
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        return TextDecoding.detectedCharset(bytes)?.text ?? TextDecoding.windows1252(bytes)
    }

    /// The text with CRLF and lone CR line ends turned into LF.
    static func unixLines(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in text.unicodeScalars {
            if u == "\n" && afterCR {
                afterCR = false
                continue
            }
            afterCR = u == "\r"
            out.append(afterCR ? "\n" : u)
        }
        return String(out)
    }

    /// The bytes with CRLF (the wire format of RFC 5322) and lone CR line ends turned into LF,
    /// so that headers, boundaries and paragraphs split alike whatever the line ends, even mixed.
    static func unixLines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                i += i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    // MARK: Charsets and encoded words

    /// Bytes in `charset` to a String. An unknown charset is accepted only for bytes that are
    /// valid UTF-8 (plain ASCII included); otherwise it is a clear failure, never mojibake.
    static func convert(_ bytes: [UInt8], from charset: String) throws(IntakeError) -> String {
        switch charset {
        case "utf-8", "utf8", "us-ascii", "ascii":
            return String(decoding: bytes, as: UTF8.self)
        case "iso-8859-1", "latin1", "windows-1252", "cp1252":
            return String(validating: bytes, as: UTF8.self) ?? TextDecoding.windows1252(bytes)
        default:
            if let converted = iconvert(bytes, from: charset) { return converted }
            if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
            throw .invalidEncoding(detail: "the mail declares the charset \"\(charset)\", which this system does not know, and its bytes are not UTF-8")
        }
    }

    private static func iconvert(_ bytes: [UInt8], from charset: String) -> String? {
        let cd = iconv_open("UTF-8", charset)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let ok = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
            output.withUnsafeMutableBufferPointer { outBuf -> Int? in
                var inPtr = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r == -1 ? nil : outBuf.count - outLeft
            }
        }
        guard let n = ok else { return nil }
        return String(decoding: output[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// RFC 2047: `=?charset?B?...?=` and `=?charset?Q?...?=`; white space between words is dropped.
    static func decodeWords(_ value: String) -> String {
        guard value.includes("=?") else { return value }
        var out = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let between = rest[..<start.lowerBound]
            let parts = rest[start.upperBound...].split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[3].hasPrefix("="), parts[1].count == 1 else {
                out += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
                lastWasEncoded = false
                continue
            }
            if !(lastWasEncoded && between.allSatisfy(\.isWhitespace)) { out += between }
            let charset = parts[0].split(separator: "*").first.map { $0.lowercased() } ?? "utf-8"
            let payload = String(parts[2])
            let bytes: [UInt8]
            if parts[1].uppercased() == "B" {
                bytes = Data(base64Encoded: payload, options: .ignoreUnknownCharacters).map { Array($0) } ?? []
            } else {
                bytes = quotedPrintable(Array(payload.replacingOccurrences(of: "_", with: " ").utf8))
            }
            out += (try? convert(bytes, from: charset)) ?? String(decoding: bytes, as: UTF8.self)
            rest = parts[3].dropFirst()
            lastWasEncoded = true
        }
        return out + rest
    }

    static func quotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: b - 0x30
            case 0x41...0x46: b - 0x41 + 10
            case 0x61...0x66: b - 0x61 + 10
            default: nil
            }
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "=") {
                if i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                    out.append(h << 4 | l)
                    i += 3
                    continue
                }
                // Soft line break: "=" at the end of a line.
                var j = i + 1
                while j < bytes.count && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
                if j < bytes.count && bytes[j] == 0x0D { j += 1 }
                if j < bytes.count && bytes[j] == 0x0A {
                    i = j + 1
                    continue
                }
                if j >= bytes.count {
                    i = j
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// `"Kyodo News" <news@kyodo.jp>` -> `Kyodo News`; a bare address stays as it is.
    static func displayName(_ from: String) -> String {
        if let lt = from.firstIndex(of: "<") {
            let name = from[..<lt].trimmingCharacters(in: CharacterSet(charactersIn: "\" \t"))
            if !name.isEmpty { return name }
            return from[from.index(after: lt)...].trimmingCharacters(in: CharacterSet(charactersIn: "> "))
        }
        return from.trimmed()
    }
}

/// One MIME entity: unfolded headers and the raw body.
struct Part {
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    init(_ bytes: [UInt8]) {
        // The header block ends at the first empty line (LF or CRLF).
        var end = bytes.count
        var bodyStart = bytes.count
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { end = i; bodyStart = i + 2; break }
                if i + 2 < bytes.count && bytes[i + 1] == 0x0D && bytes[i + 2] == 0x0A { end = i; bodyStart = i + 3; break }
            }
            i += 1
        }
        if !bytes.isEmpty && (bytes[0] == 0x0A || (bytes[0] == 0x0D && bytes.count > 1 && bytes[1] == 0x0A)) {
            end = 0
            bodyStart = bytes[0] == 0x0A ? 1 : 2
        }
        let headerText = String(decoding: bytes[..<end], as: UTF8.self)
        var headers: [(String, String)] = []
        for raw in headerText.split(separator: "\n") {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1].1 += " " + line.trimmed()
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((line[..<colon].trimmed().lowercased(), line[line.index(after: colon)...].trimmed()))
            }
        }
        self.headers = headers
        body = bodyStart < bytes.count ? Array(bytes[bodyStart...]) : []
    }

    func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    var contentType: (type: String, params: [String: String]) {
        guard let value = header("content-type") else { return ("text/plain", [:]) }
        let pieces = value.split(separator: ";")
        var params: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let eq = piece.firstIndex(of: "=") else { continue }
            var v = piece[piece.index(after: eq)...].trimmed()
            if v.hasPrefix("\"") && v.hasSuffix("\"") && v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            params[piece[..<eq].trimmed().lowercased()] = v
        }
        return ((pieces.first.map { $0.trimmed().lowercased() }) ?? "text/plain", params)
    }

    var isAttachment: Bool { header("content-disposition")?.lowercased().hasPrefix("attachment") ?? false }

    var decodedBody: [UInt8] {
        switch header("content-transfer-encoding")?.lowercased() {
        case "base64":
            let text = String(decoding: body, as: UTF8.self)
            return Data(base64Encoded: text, options: .ignoreUnknownCharacters).map { Array($0) } ?? []
        case "quoted-printable":
            return MailDecoder.quotedPrintable(body)
        default:
            return body
        }
    }

    /// The parts of a multipart body, between `--boundary` lines, up to `--boundary--`.
    func subparts(boundary: String) -> [Part] {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [Part] = []
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in body.enumerated() where b == 0x0A {
            lines.append(body[start...i])
            start = i + 1
        }
        if start < body.count { lines.append(body[start...]) }
        var current: [UInt8]?
        for line in lines {
            var content = Array(line)
            while let last = content.last, last == 0x0A || last == 0x0D || last == 0x20 || last == 0x09 { content.removeLast() }
            if content.starts(with: delimiter) {
                if let current { parts.append(Part(current)) }
                if content.count >= delimiter.count + 2 && content[delimiter.count] == 0x2D && content[delimiter.count + 1] == 0x2D {
                    return parts
                }
                current = []
                continue
            }
            current?.append(contentsOf: line)
        }
        if let current, !current.isEmpty { parts.append(Part(current)) }
        return parts
    }
}
