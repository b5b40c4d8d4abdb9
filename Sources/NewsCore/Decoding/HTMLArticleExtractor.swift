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
        // JSON-LD articleBody is often complete and clean, but some sites cut it to a teaser.
        let main = mainText(root)
        if article.body.count < main.count * 6 / 10 { article.body = main }
        // The headline repeated as the body's first paragraph is not body text.
        if !article.title.isEmpty, let first = article.body.split(separator: "\n\n", maxSplits: 1).first,
            first == article.title
        {
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
        let body = ld("articleBody").map { Self.clean($0) } ?? ""
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

    // MARK: Main text

    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "iframe", "svg", "button", "select", "input",
        "textarea", "footer", "template", "object", "embed", "canvas", "menu", "dialog",
    ]
    static let negative = [
        "comment", "sidebar", "related", "share", "sharing", "social", "promo", "advert", "sponsor", "cookie",
        "banner", "newsletter", "subscribe", "footer", "masthead", "breadcrumb", "popup", "modal", "widget",
        "outbrain", "taboola", "recommend", "mostread", "trending", "signup", "paywall", "nav", "menu", "tags",
        "hidden", "skip", "bio", "caption", "credit", "disqus", "gdpr", "consent", "pagination", "pager", "rss",
        "shoutbox", "skyscraper", "agegate", "remark", "replies", "community", "supplemental", "toolbar",
    ]
    static let positive = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog"]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "header", "br", "hr",
    ]

    func mainText(_ root: MarkupNode) -> String {
        let body = root.descendants("body").first ?? root
        prune(body)
        // schema.org microdata marks the article body outright.
        var marked: [String] = []
        for node in Self.all(body) where node["itemprop"]?.lowercased() == "articlebody" {
            Self.collect(node, into: &marked)
        }
        if marked.joined().count >= 200 { return marked.joined(separator: "\n\n") }
        var scores: [ObjectIdentifier: (node: MarkupNode, score: Double)] = [:]
        for p in Self.paragraphs(body) {
            let text = p.textContent.trimmed()
            guard text.count >= 25 else { continue }
            var score = 1.0 + Double(text.filter { $0 == "," || $0 == "，" || $0 == "、" }.count)
            score += min(Double(text.count) / 100, 3)
            var ancestor = p.parent
            var level = 0
            while let a = ancestor, level < 3 {
                let id = ObjectIdentifier(a)
                let base = scores[id]?.score ?? Self.initialScore(a)
                scores[id] = (a, base + score / Double(level == 0 ? 1 : level * 2))
                ancestor = a.parent
                level += 1
            }
        }
        guard let best = scores.values
            .map({ ($0.node, $0.score * (1 - Self.linkDensity($0.node))) })
            .max(by: { $0.1 < $1.1 })
        else {
            var all: [String] = []
            Self.collect(body, into: &all)
            return all.joined(separator: "\n\n")
        }
        // Siblings that score well or read like prose belong to the article too.
        var chosen: [MarkupNode] = [best.0]
        if let parent = best.0.parent {
            let threshold = max(10, best.1 * 0.2)
            chosen = parent.elements.filter { sibling in
                if sibling === best.0 { return true }
                if let s = scores[ObjectIdentifier(sibling)], s.score * (1 - Self.linkDensity(sibling)) >= threshold { return true }
                guard sibling.name == "p" else { return false }
                let text = sibling.textContent.trimmed()
                return text.count > 80 && Self.linkDensity(sibling) < 0.25
            }
        }
        var out: [String] = []
        for node in chosen { Self.collect(node, into: &out) }
        return out.joined(separator: "\n\n")
    }

    /// Removes chrome in place.
    private func prune(_ node: MarkupNode) {
        node.children.removeAll { child in
            guard let name = child.name else { return false }
            // ASP.NET and similar wrap the whole page in one <form>: keep a form that holds prose.
            if name == "form" { return !Self.holdsProse(child) }
            if Self.dropped.contains(name) { return true }
            if child["hidden"] != nil || child["aria-hidden"] == "true" { return true }
            if let role = child["role"]?.lowercased(), ["navigation", "complementary", "banner", "contentinfo", "dialog"].contains(role) {
                return true
            }
            if name != "body" && name != "article" && name != "main" && Self.looksLikeChrome(child) { return true }
            return false
        }
        node.children.forEach(prune)
    }

    /// class/id tokens name chrome (and nothing that may be content), and the node does not hold
    /// the bulk of the page's prose.
    static func looksLikeChrome(_ node: MarkupNode) -> Bool {
        let tokens = markTokens(node)
        guard !tokens.isEmpty, tokens.contains(where: { t in negative.contains { t.includes($0) } }) else { return false }
        if tokens.contains(where: { t in maybe.contains { t.includes($0) } }) { return false }
        return !holdsProse(node)
    }

    /// Over 1,500 characters of text, less than 30% of it in links.
    static func holdsProse(_ node: MarkupNode) -> Bool {
        node.textContent.count > 1500 && linkDensity(node) < 0.3
    }

    static let maybe = ["article", "body", "column", "content", "main", "shadow", "story", "post", "entry", "text"]

    /// Lower-case words of the class and id attributes, split on white space, `-` and `_`.
    static func markTokens(_ node: MarkupNode) -> [String] {
        ((node["class"] ?? "") + " " + (node["id"] ?? "")).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// Every element below `root`, depth first.
    static func all(_ root: MarkupNode) -> [MarkupNode] {
        var out: [MarkupNode] = []
        func walk(_ n: MarkupNode) {
            for c in n.children where c.name != nil {
                out.append(c)
                walk(c)
            }
        }
        walk(root)
        return out
    }

    private static func paragraphs(_ root: MarkupNode) -> [MarkupNode] {
        var out: [MarkupNode] = []
        func walk(_ n: MarkupNode) {
            for c in n.children where c.name != nil {
                if c.name == "p" || c.name == "pre" || c.name == "td" || c.name == "blockquote" {
                    out.append(c)
                } else if c.name == "div" && !c.children.contains(where: { $0.name.map(blocks.contains) ?? false }) {
                    out.append(c)  // a div used as a paragraph
                } else {
                    walk(c)
                }
            }
        }
        walk(root)
        return out
    }

    private static func initialScore(_ node: MarkupNode) -> Double {
        var score: Double
        switch node.name {
        case "article": score = 10
        case "div", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        let tokens = markTokens(node)
        if tokens.contains(where: { t in positive.contains { t.includes($0) } }) { score += 25 }
        if tokens.contains(where: { t in negative.contains { t.includes($0) } }) { score -= 25 }
        if node["itemprop"] == "articleBody" { score += 50 }
        return score
    }

    private static func linkDensity(_ node: MarkupNode) -> Double {
        let total = node.textContent.count
        guard total > 0 else { return 0 }
        let linked = node.descendants("a").reduce(0) { $0 + $1.textContent.count }
        return min(Double(linked) / Double(total), 1)
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
