/// Plain text and Markdown articles. The title is the first non-empty line when it looks like a
/// headline (or a Markdown heading); an optional `---` front-matter block gives metadata.
public struct PlainTextDecoder: Sendable {
    public var markdown: Bool

    public init(markdown: Bool) {
        self.markdown = markdown
    }

    public func decode(_ text: String) throws(IntakeError) -> Article {
        var lines = text.lineSlices()
        var meta: [String: String] = [:]
        if let first = lines.first, first.trimmingTrailingSpace() == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpace() == "---" }),
            end - 1 <= 40
        {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmed().lowercased()
                var value = line[line.index(after: colon)...].trimmed()
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty, !value.isEmpty { meta[key] = value }
            }
            lines.removeSubrange(0...end)
        }

        var title = meta["title"] ?? ""
        var bodyStart = 0
        if let i = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) {
            let line = lines[i].trimmed()
            let setext = i + 1 < lines.count && Self.isSetextUnderline(lines[i + 1])
            if line.hasPrefix("#") {
                let heading = String(line.drop(while: { $0 == "#" })).trimmed()
                if title.isEmpty { title = heading }
                bodyStart = i + 1
            } else if setext {
                if title.isEmpty { title = line }
                bodyStart = i + 2
            } else if title.isEmpty, Self.looksLikeHeadline(line) {
                title = line
                bodyStart = i + 1
            } else {
                bodyStart = i
            }
        }
        if markdown { title = MarkdownText.inline(title) }
        let bodyLines = lines[min(bodyStart, lines.count)...]
        let body = markdown ? MarkdownText.plain(bodyLines) : Self.paragraphs(bodyLines)
        if title.isEmpty && body.isEmpty { throw .noArticle(detail: "no text after the front matter") }
        return Article(
            title: title,
            body: body,
            url: meta["url"] ?? meta["link"] ?? meta["canonical"],
            published: (meta["published"] ?? meta["date"] ?? meta["pubdate"]).flatMap(DateParser.parse),
            source: meta["source"] ?? meta["publisher"] ?? meta["author"],
            language: (meta["language"] ?? meta["lang"]).map { String($0.prefix(2)).lowercased() },
            format: markdown ? "markdown" : "text"
        )
    }

    /// A headline is one short line that does not read like the end of a sentence.
    static func looksLikeHeadline(_ line: String) -> Bool {
        guard line.count <= 200, line.split(separator: " ").count <= 30 else { return false }
        guard let last = line.last else { return false }
        if last == "." && !line.hasSuffix("...") { return false }
        if last == "," || last == ";" || last == ":" { return false }
        return line.first.map { !$0.isLowercase } ?? false
    }

    static func isSetextUnderline(_ line: Substring) -> Bool {
        let t = line.trimmed()
        return t.count >= 3 && (t.allSatisfy { $0 == "=" } || t.allSatisfy { $0 == "-" })
    }

    /// Joins lines into paragraphs separated by one blank line; trims each line.
    static func paragraphs<S: Sequence>(_ lines: S) -> String where S.Element == Substring {
        var out = ""
        var pendingBreak = false
        for raw in lines {
            let line = raw.trimmingCharacters()
            if line.isEmpty {
                pendingBreak = !out.isEmpty
                continue
            }
            if pendingBreak {
                out += "\n\n"
                pendingBreak = false
            } else if !out.isEmpty {
                out += "\n"
            }
            out += line
        }
        return out
    }
}

extension StringProtocol {
    func trimmed() -> String { String(Substring(self).trimmingCharacters()) }

    func trimmingTrailingSpace() -> Substring {
        var s = Substring(self)
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
