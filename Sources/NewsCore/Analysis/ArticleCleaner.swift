/// Removes the chrome that scrapers leave in article text ("Leave a Reply", "Back to top",
/// "Source link", share bars, comment forms, lists of related headlines, repeated lines), and
/// reads a dateline ("TAIPEI (Taiwan News) —") at the head of the body.
public enum ArticleCleaner {
    /// Lines that are chrome, folded and compared whole (or as a prefix where marked with *).
    static let chromeLines: Set<String> = [
        "back to top", "source link", "source", "share", "share this", "share this article", "share this story",
        "share on facebook", "share on twitter", "tweet", "email", "print", "like this", "like", "loading",
        "advertisement", "advertising", "sponsored", "sponsored content", "skip to content", "skip to main content",
        "menu", "search", "home", "subscribe", "sign in", "log in", "login", "register", "comments", "comment",
        "post comment", "submit", "reply", "cancel reply", "name", "email address", "website", "previous article",
        "next article", "previous post", "next post", "read more", "read next", "continue reading", "more",
        "click to share on facebook", "click to share on twitter", "click to email this to a friend",
        "click to print", "opens in new window", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
        "reddit", "pinterest", "copy link", "view comments", "show comments", "hide comments", "no comments yet",
        "photo", "file photo", "video", "listen to this article", "follow us", "trending", "most read",
        "most popular", "top stories", "you may also like", "recommended", "recommended for you", "see also",
        "also read", "related", "related news", "related stories", "related articles", "related posts",
        "related content", "more from", "more stories", "latest news", "editor's picks", "tags",
    ]

    /// Prefixes of chrome lines (folded).
    static let chromePrefixes: [String] = [
        "your email address will not be published", "required fields are marked", "save my name, email",
        "save my name email", "copyright ©", "copyright (c)", "©", "all rights reserved", "follow us on",
        "subscribe to our newsletter", "sign up for our newsletter", "sign up for", "click here to",
        "share this:", "like this:", "tags:", "filed under", "posted in", "read more:", "also read:",
        "related:", "see also:", "source:", "this article was originally published", "this story was originally",
        "the post ", "download our app", "get the latest news", "to continue reading", "you must be logged in",
        "cookies", "we use cookies", "by continuing to use", "advertisement -", "— advertisement",
        "leave a reply", "leave a comment", "post a comment", "add a comment", "join the conversation",
        "comments are closed", "log in to leave a comment",
    ]

    /// Lines after which the rest is a comment section or a footer.
    static let endMarkers: [String] = [
        "leave a reply", "leave a comment", "post a comment", "add a comment", "join the conversation",
        "comments are closed", "about the author", "related articles", "related posts", "related stories",
        "you may also like", "more stories", "read next", "recommended for you", "most read", "latest news",
    ]

    public struct Result: Sendable {
        public var body: String
        public var datelinePlace: String?
        public var datelineSource: String?
    }

    public static func clean(_ body: String) -> Result {
        var kept: [Substring] = []
        var seen = Set<String>()
        var related = false
        // Every line kept as it stands so far: then the body is the text joined back, unchanged.
        var unchanged = true
        let lines = body.lineSlices()
        kept.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters()
            if trimmed.isEmpty {
                if kept.last.map({ !$0.isEmpty }) ?? false {
                    kept.append("")
                    if !line.isEmpty { unchanged = false }
                } else {
                    unchanged = false
                }
                continue
            }
            // (From here on, a line not kept as `trimmed` changes the body.)
            unchanged = unchanged && trimmed.utf8.count == line.utf8.count
            // A paragraph (200 characters or more) is never a chrome line, a marker or a repeat
            // that counts: only its head is folded, for the chrome prefixes.
            // (Characters counted up to the 200th only: counting a long paragraph's all cost ~35 instructions a character.)
            let long = trimmed.utf8.count >= 200 && (trimmed.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
                || trimmed.index(trimmed.startIndex, offsetBy: 200, limitedBy: trimmed.endIndex) != nil)
            let folded = long ? TextFolding.fold(Substring(trimmed.unicodeScalars.prefix(Self.foldedHead))) : fold(trimmed)
            // A list of related headlines after a marker: short lines without a full stop.
            if related {
                if isHeadlineLike(trimmed) {
                    unchanged = false
                    continue
                }
                related = false
            }
            if !long, endMarkers.contains(where: { folded == $0 || (folded.hasPrefix($0) && folded.count < $0.count + 4) }) {
                unchanged = false
                // Near the end: the rest is comments, a footer or related links. Mid-text: a related list.
                if index * 3 >= lines.count * 2 || remainingIsChrome(lines[(index + 1)...]) { break }
                related = true
                continue
            }
            if (!long && chromeLines.contains(folded)) || hasChromePrefix(folded) {
                unchanged = false
                continue
            }
            // Repeated short lines (a headline repeated by a related box, a caption twice).
            if !long {
                guard seen.insert(folded).inserted else {
                    unchanged = false
                    continue
                }
            }
            kept.append(trimmed)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        var result = Result(body: unchanged && kept.count == lines.count ? body : Self.joinedLines(kept))
        readDateline(&result)
        return result
    }

    /// `lines.joined(separator: "\n")`, appended into one String sized first.
    static func joinedLines(_ lines: [Substring]) -> String {
        var out = ""
        out.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for (k, line) in lines.enumerated() {
            if k > 0 { out += "\n" }
            out += line
        }
        return out
    }

    /// The ASCII chrome prefixes as bytes.
    static let asciiChromePrefixes: [[UInt8]] = chromePrefixes.filter { $0.isAllASCII }.map { Array($0.utf8) }

    /// ``asciiChromePrefixes`` by their first byte, in their order: a line is compared with those that begin as it does
    /// only (each line was compared with every prefix's first byte).
    static let asciiChromePrefixesByFirstByte: [[[UInt8]]] = {
        var out = [[[UInt8]]](repeating: [], count: 128)
        for p in asciiChromePrefixes where !p.isEmpty { out[Int(p[0])].append(p) }
        return out
    }()

    /// `chromePrefixes.contains { folded.hasPrefix($0) }`. By bytes when `folded` is ASCII without a
    /// carriage return: each byte is a character there (`hasPrefix` compares characters), and no
    /// character of it equals one of the other prefixes' non-ASCII characters (© and —).
    static func hasChromePrefix(_ folded: String) -> Bool {
        let byBytes = folded.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes where b >= 0x80 || b == 0x0D { return nil }
            guard let first = bytes.first else { return false }
            for p in asciiChromePrefixesByFirstByte[Int(first)] where p.count <= bytes.count {
                var k = 1
                while k < p.count && p[k] == bytes[k] { k += 1 }
                if k == p.count { return true }
            }
            return false
        }
        if let byBytes, let decided = byBytes { return decided }
        return chromePrefixes.contains { folded.hasPrefix($0) }
    }

    /// Scalars folded at the head of a paragraph: more than the longest chrome prefix.
    static let foldedHead = 64

    /// True when what follows is short headline-like lines only (a list of links).
    private static func remainingIsChrome(_ rest: ArraySlice<Substring>) -> Bool {
        rest.allSatisfy { line in
            let t = line.trimmingCharacters()
            return t.isEmpty || isHeadlineLike(t)
        }
    }

    static func isHeadlineLike(_ line: Substring) -> Bool {
        guard line.count <= 150 else { return false }
        guard let last = line.last else { return true }
        return !".!?\"”’:".contains(last) || line.count < 40
    }

    private static func fold(_ line: Substring) -> String {
        var text = TextFolding.fold(line)
        while let last = text.last, last == ":" || last == "." || last == "…" || last == "»" || last == ">" || last == " " {
            text.removeLast()
        }
        if text.hasSuffix("...") { text.removeLast(3) }
        return text
    }

    /// The first dash (-, – or —) among the first 120 characters of `body`. An ASCII head is read
    /// as bytes (a byte is a character there, unless a carriage return or a non-ASCII byte follows
    /// it); any other by `Character`.
    /// The first dash of the body's head outside brackets: an agency's credit may hold one ("AARAU (Keystone-SDA) -").
    static func firstDash(_ body: Substring) -> String.Index? {
        let ascii: Int?? = body.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            var inBrackets = false
            for i in 0..<min(bytes.count, Self.datelineCharacters) {
                let b = bytes[i]
                if b >= 0x80 || b == 0x0D { return .none }  // not decided: read by Character
                if b == 0x28 { inBrackets = true } else if b == 0x29 { inBrackets = false }
                if b == 0x2D && !inBrackets {
                    if i + 1 < bytes.count && (bytes[i + 1] >= 0x80 || bytes[i + 1] == 0x0D) { return .none }
                    return .some(i)
                }
            }
            return .some(nil)
        } ?? .none
        if let decided = ascii { return decided.map { body.utf8.index(body.startIndex, offsetBy: $0) } }
        var inBrackets = false
        for i in body.prefix(Self.datelineCharacters).indices {
            let c = body[i]
            if c == "(" { inBrackets = true } else if c == ")" { inBrackets = false }
            if (c == "—" || c == "–" || c == "-") && !inBrackets { return i }
        }
        return nil
    }

    /// Characters at the head of a body searched for a dateline's dash.
    static let datelineCharacters = 120

    /// "TAIPEI (Taiwan News) — "HANOI, Nov 24 (Reuters) - ...", "Tokyo, Japan — ...".
    /// The dateline stays in the body; its place and source are reported.
    static func readDateline(_ result: inout Result) {
        let body = result.body
        // A credit line in brackets (CJK press): (춘천=연합뉴스), 【札幌=共同】, 【北京共同】; the place before the agency.
        if let first = body.unicodeScalars.first, OrganizationFinder.creditOpen.contains(first),
            let credit = OrganizationFinder.creditLine(body)
        {
            let head = body.unicodeScalars.prefix(credit.lowerBound).drop { $0.properties.isWhitespace || OrganizationFinder.creditOpen.contains($0) }
            let place = String(String.UnicodeScalarView(head.reversed().drop { $0 == "=" || $0 == "＝" || $0.properties.isWhitespace }.reversed()))
            if !place.isEmpty { result.datelinePlace = place }
            return
        }
        // TASS's dateline, with no dash: "ПЕВЕК, 6 декабря. /ТАСС/." (the place in capitals before a comma, the date, the
        // agency between slashes).
        if let slash = body.prefix(80).firstIndex(of: "/"), let close = body[body.index(after: slash)...].prefix(30).firstIndex(of: "/"),
            body.index(after: close) < body.endIndex, body[body.index(after: close)] == ".",
            case let head = body[..<slash].trimmingCharacters(), head.hasSuffix("."), let comma = head.firstIndex(of: ","),
            case let place = head[..<comma], !place.isEmpty, place.count <= 40,
            place.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" }), place.contains(where: \.isLetter)
        {
            result.datelinePlace = String(place)
            result.datelineSource = String(body[body.index(after: slash)..<close])
            return
        }
        // A dateline has a dash followed by a space (not a hyphenated word: "POINTE-A-PITRE, 6 déc (AFP) -" reads on
        // past the place's hyphens) and no sentence before it.
        guard var dash = firstDash(body[...]) else { return }
        var afterDash = body.index(after: dash)
        while afterDash < body.endIndex, body[afterDash] != " ", body[afterDash] != "-",
            body[dash] == "-", body[afterDash].isLetter,
            let next = firstDash(body[afterDash...])
        {
            dash = next
            afterDash = body.index(after: dash)
        }
        let head = body[..<dash].trimmingCharacters()
        guard afterDash < body.endIndex, body[afterDash] == " " || body[afterDash] == "-",
            !head.isEmpty, head.split(separator: " ").count <= 10, !head.contains("\n")
        else { return }
        var placePart = head
        if let open = head.firstIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            let source = head[head.index(after: open)..<close].trimmingCharacters()
            if !source.isEmpty && source.count < 60 { result.datelineSource = String(source) }
            placePart = head[..<open].trimmingCharacters()
            // ANSA's credit first: "(ANSA) - NUORO, 06 DIC - ": the place stands after the credit's dash.
            if placePart.isEmpty, head.first == "(", result.datelineSource != nil,
                let next = firstDash(body[afterDash...])
            {
                placePart = body[afterDash..<next].trimmingCharacters()
            }
        }
        if let comma = placePart.firstIndex(of: ",") { placePart = placePart[..<comma] }
        let words = placePart.split(separator: " ")
        guard !placePart.contains(".") else {
            result.datelineSource = nil
            return
        }
        guard !words.isEmpty, words.count <= 4,
            words.allSatisfy({ w in w.first.map { $0.isUppercase } ?? false })
        else {
            result.datelineSource = nil
            return
        }
        result.datelinePlace = String(placePart)
    }
}

extension String {
    /// `split(separator: "\n", omittingEmptySubsequences: false)`, on the bytes when the text has
    /// no carriage return (a String's split by Character keeps "\r\n" together, and is slower).
    func lineSlices() -> [Substring] {
        let carriageReturn = utf8.withContiguousStorageIfAvailable { ContentSearch.contains(0x0D, in: $0) } ?? utf8.contains(0x0D)
        guard !carriageReturn else { return split(separator: "\n", omittingEmptySubsequences: false) }
        return byteSplit(0x0A, omittingEmptySubsequences: false)
    }
}

extension Substring {
    func trimmingCharacters() -> Substring {
        // Most lines start and end with a visible ASCII character: nothing to trim, no grapheme
        // breaking (a cluster that starts with white space never ends with such a character).
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        var s = self
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s
    }
}
