/// The main text of a page: chrome pruned by element, role and class/id words; blocks scored for
/// text length, commas and link density, in the manner of Readability; then, inside the chosen
/// blocks, lists and paragraphs that are mostly links, captions, boilerplate lines ("Advertisement")
/// and repeated paragraphs left out.
extension HTMLArticleExtractor {
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "iframe", "svg", "button", "select", "input",
        "textarea", "footer", "template", "object", "embed", "canvas", "menu", "dialog", "figcaption",
    ]
    static let negative = [
        "comment", "sidebar", "related", "share", "sharing", "social", "promo", "advert", "sponsor", "cookie",
        "banner", "newsletter", "subscribe", "footer", "masthead", "breadcrumb", "popup", "modal", "widget",
        "outbrain", "taboola", "recommend", "mostread", "trending", "signup", "paywall", "nav", "menu", "tags",
        "hidden", "skip", "bio", "caption", "credit", "disqus", "gdpr", "consent", "pagination", "pager", "rss",
        "shoutbox", "skyscraper", "agegate", "remark", "replies", "community", "supplemental", "toolbar",
    ]
    /// class/id words that mark what is never the article, however much text it holds (reader
    /// comments, footers, related stories), unless it holds the headline or the marked article body.
    static let strongNegative: Set<String> = [
        "comment", "comments", "commentlist", "disqus", "replies", "respond", "footer", "related", "outbrain",
        "taboola", "recommended", "recommendations", "ad", "ads", "byline", "newsletter",
    ]
    static let positive = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog"]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "header", "br", "hr",
    ]
    /// Lines that pages put between paragraphs and that are never article text (lower case).
    static let boilerplateLines: Set<String> = [
        "advertisement", "ad", "advert", "ads", "sponsored", "story continues below",
        "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "scroll to continue with content",
        "skip advert", "read more", "see also", "related", "related articles", "related stories", "you may also like",
        "share this article", "share", "share this", "comments", "image", "photo", "video",
    ]

    /// Paragraphs at least this long are given once; shorter lines repeat in real articles.
    static let repeatedParagraphBytes = 100

    func mainText(_ root: MarkupNode) -> String {
        let body = root.descendants("body").first ?? root
        prune(body)
        // schema.org microdata marks the article body outright (the outermost mark, once).
        var marked: [String] = []
        var seen = Set<String>()
        for node in Self.outermost(Self.all(body), where: { $0["itemprop"]?.lowercased() == "articlebody" }) {
            Self.collectArticle(node, into: &marked, seen: &seen)
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
        var out: [String] = []
        seen = []
        let lengths = Self.textLengths(body)
        func linkDensity(_ node: MarkupNode) -> Double {
            guard let m = lengths[ObjectIdentifier(node)], m.text > 0 else { return 0 }
            return min(Double(m.linked) / Double(m.text), 1)
        }
        guard let best = scores.values
            .map({ ($0.node, $0.score * (1 - linkDensity($0.node))) })
            .max(by: { $0.1 < $1.1 })
        else {
            Self.collectArticle(body, into: &out, seen: &seen)
            return out.joined(separator: "\n\n")
        }
        // Siblings that score well or read like prose belong to the article too.
        var chosen: [MarkupNode] = [best.0]
        if let parent = best.0.parent {
            let threshold = max(10, best.1 * 0.2)
            chosen = parent.elements.filter { sibling in
                if sibling === best.0 { return true }
                if let s = scores[ObjectIdentifier(sibling)], s.score * (1 - linkDensity(sibling)) >= threshold { return true }
                guard sibling.name == "p" else { return false }
                let text = sibling.textContent.trimmed()
                return text.count > 80 && linkDensity(sibling) < 0.25
            }
        }
        // An article cut into sections by pictures or quotes: the other blocks of the best one's
        // element and class that score well too.
        if let kind = best.0["class"], !kind.isEmpty {
            let threshold = max(10, best.1 * 0.2)
            let twins = scores.values.filter { candidate in
                candidate.node !== best.0 && candidate.node.name == best.0.name && candidate.node["class"] == kind
                    && candidate.score * (1 - linkDensity(candidate.node)) >= threshold
            }.map(\.node)
            if !twins.isEmpty {
                var order: [ObjectIdentifier: Int] = [:]
                for (i, node) in Self.all(body).enumerated() { order[ObjectIdentifier(node)] = i }
                chosen = Self.outermost(
                    (chosen + twins).sorted { order[ObjectIdentifier($0)] ?? 0 < order[ObjectIdentifier($1)] ?? 0 },
                    where: { _ in true })
            }
        }
        for node in chosen { Self.collectArticle(node, into: &out, seen: &seen) }
        return out.joined(separator: "\n\n")
    }

    /// Removes chrome in place.
    private func prune(_ node: MarkupNode) {
        node.children.removeAll { child in
            guard let name = child.name else { return false }
            // ASP.NET and similar wrap the whole page in one <form>: keep a form that holds prose.
            if name == "form" || name == "figure" { return !Self.holdsProse(child) }
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

    /// class/id words name chrome (and nothing that may be content), and the node does not hold
    /// the bulk of the page's prose; or they name comments, footers or related stories, and the
    /// node holds neither the headline nor the marked article body.
    static func looksLikeChrome(_ node: MarkupNode) -> Bool {
        let tokens = markTokens(node)
        if tokens.contains(where: strongNegative.contains) { return !holdsHeadline(node) }
        guard !tokens.isEmpty, tokens.contains(where: { t in negative.contains { t.includes($0) } }) else { return false }
        if tokens.contains(where: { t in maybe.contains { t.includes($0) } }) { return false }
        return !holdsProse(node)
    }

    /// Over 1,500 characters of text, less than 30% of it in links.
    static func holdsProse(_ node: MarkupNode) -> Bool {
        node.textContent.count > 1500 && linkDensity(node) < 0.3
    }

    /// True when the node holds an `<h1>`, an `<article>` or the element marked `itemprop=articleBody`.
    static func holdsHeadline(_ node: MarkupNode) -> Bool {
        all(node).contains { $0.name == "h1" || $0.name == "article" || $0["itemprop"]?.lowercased() == "articlebody" }
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

    /// The nodes of `nodes` (in document order) that match and are not inside another that matches.
    static func outermost(_ nodes: [MarkupNode], where matches: (MarkupNode) -> Bool) -> [MarkupNode] {
        var out: [MarkupNode] = []
        for node in nodes where matches(node) {
            if let last = out.last, isAncestor(last, of: node) { continue }
            out.append(node)
        }
        return out
    }

    private static func isAncestor(_ a: MarkupNode, of node: MarkupNode) -> Bool {
        var p = node.parent
        while let n = p {
            if n === a { return true }
            p = n.parent
        }
        return false
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

    static func linkDensity(_ node: MarkupNode) -> Double {
        let total = node.textContent.count
        guard total > 0 else { return 0 }
        let linked = node.descendants("a").reduce(0) { $0 + $1.textContent.count }
        return min(Double(linked) / Double(total), 1)
    }

    /// Bytes of text, and of text inside links, below each element of `root` (itself included), in one pass.
    static func textLengths(_ root: MarkupNode) -> [ObjectIdentifier: (text: Int, linked: Int)] {
        var lengths: [ObjectIdentifier: (text: Int, linked: Int)] = [:]
        func measure(_ n: MarkupNode, inLink: Bool) -> (text: Int, linked: Int) {
            guard n.name != nil else {
                let count = n.text.utf8.count
                return (count, inLink ? count : 0)
            }
            let link = inLink || n.name == "a"
            var sum = (text: 0, linked: 0)
            for c in n.children {
                let m = measure(c, inLink: link)
                sum.text += m.text
                sum.linked += m.linked
            }
            lengths[ObjectIdentifier(n)] = sum
            return sum
        }
        _ = measure(root, inLink: false)
        return lengths
    }

    /// Text of an article's blocks as paragraphs, like ``collect(_:into:)``, without the blocks
    /// that are mostly links (lists of related stories, "Read more"), boilerplate lines, and
    /// paragraphs (60 bytes and more) already given, in `seen`: pages that repeat the article give it once.
    static func collectArticle(_ node: MarkupNode, into out: inout [String], seen: inout Set<String>) {
        let lengths = textLengths(node)
        var current = ""
        func flush() {
            let text = clean(current)
            current = ""
            guard !text.isEmpty else { return }
            // Short lines repeat in real articles (table cells, "Eat every 2-3 hours"); paragraphs do not.
            if text.utf8.count >= Self.repeatedParagraphBytes {
                guard seen.insert(text).inserted else { return }
            }
            if text.utf8.count <= 64, boilerplateLines.contains(text.lowercased().trimmingPunctuation()) { return }
            out.append(text)
        }
        func walk(_ n: MarkupNode) {
            guard let name = n.name else {
                current += n.text
                return
            }
            if dropped.contains(name) { return }
            let isBlock = blocks.contains(name)
            // A block of links (related stories, "Read more: ..."): most of its text in links, and
            // next to none outside them; a product named by a link in a line of prose stays.
            if isBlock, n !== node, let m = lengths[ObjectIdentifier(n)],
                m.linked * 5 > m.text * 4 || (m.linked * 2 > m.text && m.text - m.linked < 16)
            {
                return
            }
            if isBlock { flush() }
            n.children.forEach(walk)
            if isBlock { flush() }
        }
        walk(node)
        flush()
    }
}

extension String {
    /// The string without leading and trailing punctuation and white space.
    func trimmingPunctuation() -> String {
        let strip: (Character) -> Bool = { $0.isPunctuation || $0.isWhitespace }
        var s = Substring(self)
        while let f = s.first, strip(f) { s = s.dropFirst() }
        while let l = s.last, strip(l) { s = s.dropLast() }
        return String(s)
    }
}
