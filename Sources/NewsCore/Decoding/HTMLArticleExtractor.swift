import Foundation

/// Extracts the article from a saved web page: metadata from `<title>`, Open Graph,
/// `article:published_time`, `<link rel=canonical>`, `<html lang>` and JSON-LD NewsArticle, and
/// the main text by scoring blocks for text length, commas and link density, in the manner of
/// Readability, after dropping navigation, asides, forms, scripts and elements whose class or
/// id marks them as chrome (comments, share bars, related links, cookie banners, footers).
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    public func extract(_ bytes: [UInt8], encoding: String? = nil) throws(IntakeError) -> Article {
        guard let root = try MarkupNode.parseHTML(bytes, encoding: encoding) else {
            throw .noArticle(detail: "the HTML could not be parsed")
        }
        var article = metadata(root)
        // The headline as the page shows it, before the chrome is pruned.
        let headlines = [article.title, root.descendants("h1").first.map { Self.clean($0.textContent) } ?? ""]
            .filter { !$0.isEmpty }
        // JSON-LD articleBody is often complete and clean, but some sites cut it to a teaser.
        let main = mainText(root)
        if article.body.count < main.count * 6 / 10 { article.body = main }
        // The headline repeated as the body's first paragraph is not body text.
        if let first = article.body.split(separator: "\n\n", maxSplits: 1).first, headlines.contains(where: { $0 == first }) {
            article.body = String(article.body.dropFirst(first.count).drop(while: { $0 == "\n" }))
        }
        if article.title.isEmpty && article.body.isEmpty {
            throw .noArticle(detail: "the page has no title and no article text")
        }
        return article
    }

    /// Plain text of an HTML fragment (a feed item's description, a mail's HTML part): all the
    /// text, in paragraphs, without main-content selection.
    /// - Throws: ``IntakeError`` when the fragment nests deeper than the parser reads.
    public func text(ofFragment html: String) throws(IntakeError) -> String {
        guard html.includes("<") else { return Self.clean(html) }
        guard let root = try MarkupNode.parseHTML(Array(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8")
        else { return Self.clean(html) }
        var blocks: [String] = []
        Self.collect(root, into: &blocks)
        return blocks.joined(separator: "\n\n")
    }

    // MARK: Metadata

    private func metadata(_ root: MarkupNode) -> Article {
        var meta: [String: String] = [:]
        for node in root.descendants("meta") {
            guard let content = node["content"]?.trimmed(), !content.isEmpty else { continue }
            for key in [node["property"], node["name"], node["itemprop"]].compactMap({ $0?.lowercased() }) where meta[key] == nil {
                meta[key] = content
            }
        }
        var jsonLD: [String: Any] = [:]
        for script in root.descendants("script") where script["type"]?.lowercased() == "application/ld+json" {
            if let found = Self.newsArticle(in: script.textContent) {
                jsonLD = found
                break
            }
        }
        func ld(_ key: String) -> String? {
            switch jsonLD[key] {
            case let s as String: return Self.decodeEntities(s)
            case let o as [String: Any]: return o["name"] as? String
            case let a as [Any]: return (a.first as? [String: Any])?["name"] as? String ?? a.first as? String
            default: return nil
            }
        }
        let titleTag = root.descendants("title").first?.textContent.trimmed()
        let h1 = root.descendants("h1").first?.textContent.trimmed()
        let title = ld("headline") ?? meta["og:title"] ?? meta["twitter:title"] ?? h1 ?? titleTag ?? ""
        let canonical = root.descendants("link").first { ($0["rel"] ?? "").lowercased() == "canonical" }?["href"]
        let published = ld("datePublished") ?? meta["article:published_time"] ?? meta["datepublished"]
            ?? meta["pubdate"] ?? meta["date"] ?? meta["dc.date"] ?? meta["sailthru.date"]
        let language = root["lang"] ?? meta["og:locale"] ?? ld("inLanguage")
        // Some sites put the article's HTML in articleBody: its text, not its tags.
        let body = ld("articleBody").map { raw in
            raw.includes("</") || raw.includes("/>") ? (try? text(ofFragment: raw)) ?? Self.clean(raw) : Self.clean(raw)
        } ?? ""
        return Article(
            title: Self.clean(title), body: body, url: canonical ?? meta["og:url"] ?? ld("url"),
            published: published.flatMap(DateParser.parse),
            source: ld("publisher") ?? meta["og:site_name"] ?? meta["application-name"],
            language: language.map { String($0.prefix(2)).lowercased() }, format: "html")
    }

    /// The first NewsArticle-like object in a JSON-LD block (also inside `@graph` or arrays).
    static func newsArticle(in json: String) -> [String: Any]? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return nil }
        let kinds: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                                  "WebPage"]
        func search(_ v: Any) -> [String: Any]? {
            if let o = v as? [String: Any] {
                let type = o["@type"]
                let types = (type as? [String]) ?? [(type as? String) ?? ""]
                if types.contains(where: { kinds.contains($0) && $0 != "WebPage" }) { return o }
                if let graph = o["@graph"] { return search(graph) }
                return nil
            }
            if let a = v as? [Any] {
                for e in a { if let found = search(e) { return found } }
            }
            return nil
        }
        return search(value)
    }

    /// Text of `node` as paragraphs: each block element starts a new one.
    static func collect(_ node: MarkupNode, into out: inout [String]) {
        var current = ""
        func flush() {
            let text = clean(current)
            if !text.isEmpty { out.append(text) }
            current = ""
        }
        func walk(_ n: MarkupNode) {
            if n.name == nil {
                current += n.text
                return
            }
            if let name = n.name, dropped.contains(name) { return }
            let isBlock = n.name.map(blocks.contains) ?? false
            if isBlock { flush() }
            n.children.forEach(walk)
            if isBlock { flush() }
        }
        walk(node)
        flush()
    }

    /// `&amp;`, `&#163;`, `&#xA3;` and the other common entities (JSON-LD often carries them).
    static func decodeEntities(_ s: String) -> String {
        guard s.includes("&") else { return s }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "#39": "'"]
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let entity = String(after[..<semi])
                var replacement: String?
                if let v = named[entity] {
                    replacement = v
                } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16) {
                    replacement = Unicode.Scalar(code).map { String($0) }
                } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()) {
                    replacement = Unicode.Scalar(code).map { String($0) }
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    /// Collapses white space (including non-breaking spaces) into single spaces.
    static func clean(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for ch in s {
            if ch.isWhitespace || ch == "\u{00A0}" {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(ch)
            }
        }
        return out
    }
}
