/// Strips Markdown syntax down to the text a reader sees: headings, emphasis, links, images,
/// code spans, block quotes, list markers, reference definitions and HTML comments.
enum MarkdownText {
    static func plain<S: Sequence>(_ lines: S) -> String where S.Element == Substring {
        var kept: [Substring] = []
        var inComment = false
        for raw in lines {
            var line = Substring(raw.trimmed())
            if inComment {
                if let end = line.range(of: "-->") {
                    line = line[end.upperBound...]
                    inComment = false
                } else {
                    continue
                }
            }
            if line.hasPrefix("<!--") {
                if let end = line.range(of: "-->") { line = line[end.upperBound...] } else { inComment = true; continue }
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") { continue }
            if isRule(line) { kept.append(""); continue }
            if line.first == "[", let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(":") {
                continue  // reference definition
            }
            while line.first == ">" { line = line.dropFirst().drop(while: { $0 == " " }) }
            if line.first == "#" { line = line.drop(while: { $0 == "#" }).drop(while: { $0 == " " }) }
            if let marker = line.first, marker == "-" || marker == "*" || marker == "+",
                line.dropFirst().first == " "
            {
                line = line.dropFirst(2)
            }
            kept.append(Substring(inline(String(line))))
        }
        return PlainTextDecoder.paragraphs(kept)
    }

    static func isRule(_ line: Substring) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" else { return false }
        return chars.allSatisfy { $0 == c }
    }

    /// Inline syntax: `![alt](u)` is dropped, `[text](u)` keeps text, `**`, `__`, `` ` `` and
    /// single `*`/`_` emphasis markers around words are removed.
    static func inline(_ s: String) -> String {
        guard s.contains(where: { "[*_`!<".contains($0) }) else { return s }
        let chars = Array(s)
        var out = ""
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "[")),
                let link = parseLink(chars, from: c == "!" ? i + 1 : i)
            {
                if c != "!" { out += link.text }
                i = link.end
                continue
            }
            if c == "`" { i += 1; continue }
            if c == "*" || c == "_" {
                let prev: Character? = i > 0 ? chars[i - 1] : nil
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                let intraword = (prev?.isLetter ?? false) && (next?.isLetter ?? false)
                if !intraword && (prev == nil || prev!.isWhitespace || next == nil || next!.isWhitespace
                    || prev == "*" || prev == "_" || next == "*" || next == "_" || prev!.isLetter || next!.isLetter
                    || prev!.isPunctuation || next!.isPunctuation)
                {
                    i += 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func parseLink(_ chars: [Character], from start: Int) -> (text: String, end: Int)? {
        guard let close = chars[start...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(" else {
            return nil
        }
        guard let paren = chars[(close + 1)...].firstIndex(of: ")") else { return nil }
        return (String(chars[(start + 1)..<close]), paren + 1)
    }
}
