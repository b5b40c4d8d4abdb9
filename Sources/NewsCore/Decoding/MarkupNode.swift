import CMarkup

/// An element or text node copied out of a libxml2 tree, so the extractors work on plain Swift
/// values and libxml2 memory is freed right after parsing.
final class MarkupNode {
    /// Lower-case element name (with prefix for XML, e.g. `content:encoded`); nil for text.
    let name: String?
    let attributes: [String: String]
    var children: [MarkupNode] = []
    /// Text of a text or CDATA node.
    let text: String
    weak var parent: MarkupNode?

    init(name: String?, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    var elements: [MarkupNode] { children.filter { $0.name != nil } }

    func first(_ name: String) -> MarkupNode? { children.first { $0.name == name } }

    /// All descendants (depth first) with this element name.
    func descendants(_ name: String) -> [MarkupNode] {
        var out: [MarkupNode] = []
        func walk(_ node: MarkupNode) {
            for child in node.children where child.name != nil {
                if child.name == name { out.append(child) }
                walk(child)
            }
        }
        walk(self)
        return out
    }

    /// All text below this node, concatenated.
    var textContent: String {
        if name == nil { return text }
        var out = ""
        func walk(_ node: MarkupNode) {
            if node.name == nil { out += node.text } else { node.children.forEach(walk) }
        }
        walk(self)
        return out
    }

    // MARK: Parsing

    /// The nesting at which libxml2 stops reading a document (its `xmlParserMaxDepth`).
    static let maximumDepth = 256

    /// Parses HTML leniently (libxml2's HTML parser: broken markup is repaired, never fatal).
    /// - Parameter encoding: a charset name when known from outside (a mail part's header);
    ///   otherwise libxml2 reads the meta tag or guesses.
    /// - Throws: ``IntakeError/noArticle(detail:)`` when the elements nest deeper than libxml2 reads.
    static func parseHTML(_ bytes: [UInt8], encoding: String? = nil) throws(IntakeError) -> MarkupNode? {
        try parse(bytes, html: true, encoding: encoding)
    }

    /// Parses XML (feeds): no network, no external entities.
    /// - Throws: ``IntakeError/unsupportedFormat(detail:)`` when the elements nest deeper than libxml2 reads.
    static func parseXML(_ bytes: [UInt8]) throws(IntakeError) -> MarkupNode? {
        try parse(bytes, html: false, encoding: nil)
    }

    /// The charset to read a document in, when none is known from outside: the one it declares
    /// (libxml2 misses a meta tag after other text, and then reads UTF-8 as Latin-1), UTF-8 when
    /// its bytes are UTF-8, else the one uchardet finds; nil (libxml2 reads the byte-order mark)
    /// for UTF-16 and UTF-32 and when nothing is found.
    static func encoding(of bytes: [UInt8], html: Bool) -> String? {
        let byteOrderMarks: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF], [0, 0]]
        if byteOrderMarks.contains(where: { bytes.starts(with: $0) }) { return nil }
        if let declared = Charset.declared(in: bytes, html: html) {
            // A UTF-16 declaration in bytes without a byte-order mark is wrong, as browsers decide.
            return declared.hasPrefix("utf-16") || declared.hasPrefix("utf-32") ? "UTF-8" : declared
        }
        if String(validating: bytes, as: UTF8.self) != nil { return "UTF-8" }
        return Charset.detect(bytes)
    }

    private static func parse(_ bytes: [UInt8], html: Bool, encoding: String?) throws(IntakeError) -> MarkupNode? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let encoding = encoding ?? Self.encoding(of: bytes, html: html)
        var length = 0
        var tooDeep: Int32 = 0
        let events = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                newsd_markup_parse($0, buf.count, html ? 1 : 0, encoding, &length, &tooDeep)
            }
        }
        if tooDeep != 0 {
            let detail = "its \(html ? "HTML" : "XML") elements nest deeper than \(maximumDepth) levels, where the parser (libxml2) "
                + "stops, so the text past that point would be lost; remove the nesting or save the article as text"
            throw html ? .noArticle(detail: detail) : .unsupportedFormat(detail: detail)
        }
        guard let events else { return nil }
        defer { newsd_markup_free(events) }
        let stream = UnsafeBufferPointer(start: events, count: length)
        var i = 0
        func u32() -> Int {
            let v = Int(stream[i]) | Int(stream[i + 1]) << 8 | Int(stream[i + 2]) << 16 | Int(stream[i + 3]) << 24
            i += 4
            return v
        }
        func string() -> String {
            let n = u32()
            defer { i += n }
            return String(decoding: UnsafeBufferPointer(rebasing: stream[i..<(i + n)]), as: UTF8.self)
        }
        var stack: [MarkupNode] = []
        var root: MarkupNode?
        while i < length {
            let tag = stream[i]
            i += 1
            switch tag {
            case UInt8(ascii: "S"):
                let name = string()
                var attributes: [String: String] = [:]
                for _ in 0..<u32() {
                    let key = string()
                    attributes[html ? key.lowercased() : key] = string()
                }
                let node = MarkupNode(name: html ? name.lowercased() : name, attributes: attributes)
                if let parent = stack.last {
                    node.parent = parent
                    parent.children.append(node)
                } else if root == nil {
                    root = node
                }
                stack.append(node)
            case UInt8(ascii: "E"):
                _ = stack.popLast()
            default:
                let node = MarkupNode(name: nil, text: string())
                node.parent = stack.last
                stack.last?.children.append(node)
            }
        }
        return root
    }
}
