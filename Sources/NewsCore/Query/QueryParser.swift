/// Parses the subscription query language, after Lucene's classic syntax:
///
/// - `word`, `"a phrase"`, `pre*` against title and body (case-, accent- and width-insensitive,
///   whole words); `a NEAR/5 b` within five words either way (operands: words, phrases, or a
///   parenthesised OR of them);
/// - `field:value` or `field:(a OR b)` with fields `topic`, `country`, `main_country`, `person`, `org`,
///   `place`, `lang`, `source`, `title`; `topic:defense>=0.5` with a minimum score;
/// - `NOT x` and `-x`, `a AND b` (also `&&`, and two clauses side by side), `a OR b` (also `||`),
///   parentheses. NOT binds tightest, then AND, then OR, as in Lucene.
///
/// A query is at most ``maximumLength`` bytes, nests at most ``maximumDepth`` deep and a term has
/// at most ``maximumTermWords`` words, so parsing, compiling and matching it cost a bounded
/// amount of stack and time whatever a subscriptions file holds.
/// One `field:value` of a query and where its value stands (1-based line and column).
public struct FieldTerm: Sendable, Equatable {
    public var field: Query.Field
    public var value: String
    public var line: Int
    public var column: Int
}

public struct QueryParser {
    /// The most bytes (UTF-8) a query may have: 16 KiB.
    public static let maximumLength = 16 * 1024
    /// The deepest nesting of parentheses, field groups and `NOT`/`-` a query may have.
    public static let maximumDepth = 64
    /// The most words a phrase (or a hyphenated term) may have.
    public static let maximumTermWords = 32

    enum Kind: Equatable {
        case word(String), phrase(String), lparen, rparen, and, or, not, minus, near(Int), colon, compare(Double), end
    }

    struct Lexeme {
        var kind: Kind
        var line: Int
        var column: Int
    }

    private var lexemes: [Lexeme] = []
    private var position = 0
    private var depth = 0
    /// Other names a field is known by.
    static let fieldAliases = [
        "organization": "org", "organisation": "org", "language": "lang", "topics": "topic", "countries": "country",
        "people": "person", "places": "place",
    ]
    /// Every `field:value` met, with its place, for ``QueryVocabulary`` checks.
    private var fieldTerms: [FieldTerm] = []

    /// - Throws: ``QueryError`` with the line and column of the first problem.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        try parseWithFields(text).query
    }

    /// The query, and each `field:value` in it with the line and column of its value.
    public static func parseWithFields(_ text: String) throws(QueryError) -> (query: Query, fields: [FieldTerm]) {
        try checkLength(text)
        var parser = QueryParser()
        parser.lexemes = try lex(text)
        guard parser.lexemes.count > 1 else { throw QueryError(message: "the query is empty", line: 1, column: 1) }
        let query = try parser.parseOr()
        let rest = parser.lexemes[parser.position]
        if rest.kind != .end {
            throw QueryError(
                message: rest.kind == .rparen ? "a closing parenthesis without an opening one" : "unexpected \(describe(rest.kind))",
                line: rest.line, column: rest.column)
        }
        return (query, parser.fieldTerms)
    }

    /// Refuses a query over ``maximumLength`` bytes, at the character that crosses the limit.
    static func checkLength(_ text: String) throws(QueryError) {
        let bytes = text.utf8.count
        guard bytes > maximumLength else { return }
        var line = 1, column = 1, seen = 0
        for c in text {
            seen += c.utf8.count
            if seen > maximumLength { break }
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        throw QueryError(
            message: "the query is \(bytes) bytes long; at most \(maximumLength) (16 KiB) are allowed: split it into several subscriptions",
            line: line, column: column)
    }

    /// Enters one level of nesting (a parenthesis, a field group, a NOT) at `lexeme`.
    private mutating func enter(_ lexeme: Lexeme) throws(QueryError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw QueryError(
                message: "the query nests deeper than \(Self.maximumDepth) levels (parentheses, field groups and NOT/- together); simplify it",
                line: lexeme.line, column: lexeme.column)
        }
    }

    // MARK: Lexer

    static func lex(_ text: String) throws(QueryError) -> [Lexeme] {
        var out: [Lexeme] = []
        let chars = Array(text)
        var i = 0
        var line = 1
        var lineStart = 0
        func column(_ at: Int) -> Int { at - lineStart + 1 }
        while i < chars.count {
            let c = chars[i]
            let col = column(i)
            if c == "\n" {
                line += 1
                i += 1
                lineStart = i
                continue
            }
            if c.isWhitespace {
                i += 1
                continue
            }
            switch c {
            case "(": out.append(Lexeme(kind: .lparen, line: line, column: col)); i += 1
            case ")": out.append(Lexeme(kind: .rparen, line: line, column: col)); i += 1
            case ":": out.append(Lexeme(kind: .colon, line: line, column: col)); i += 1
            case "-" where out.last.map({ $0.kind != .colon }) ?? true:
                out.append(Lexeme(kind: .minus, line: line, column: col)); i += 1
            case "&" where i + 1 < chars.count && chars[i + 1] == "&":
                out.append(Lexeme(kind: .and, line: line, column: col)); i += 2
            case "|" where i + 1 < chars.count && chars[i + 1] == "|":
                out.append(Lexeme(kind: .or, line: line, column: col)); i += 2
            case "\"":
                var j = i + 1
                var value = ""
                while j < chars.count && chars[j] != "\"" {
                    if chars[j] == "\\" && j + 1 < chars.count { j += 1 }
                    if chars[j] == "\n" { throw QueryError(message: "a phrase must end on its line (a closing \" is missing)", line: line, column: col) }
                    value.append(chars[j])
                    j += 1
                }
                guard j < chars.count else { throw QueryError(message: "a phrase is not closed: a \" is missing", line: line, column: col) }
                out.append(Lexeme(kind: .phrase(value), line: line, column: col))
                i = j + 1
            case ">":
                var j = i + 1
                if j < chars.count && chars[j] == "=" { j += 1 }
                var number = ""
                while j < chars.count && (chars[j].isNumber || chars[j] == ".") {
                    number.append(chars[j])
                    j += 1
                }
                guard let v = Double(number), (0...1).contains(v) else {
                    throw QueryError(message: "a minimum score is a number from 0 to 1, as in topic:defense>=0.5", line: line, column: col)
                }
                out.append(Lexeme(kind: .compare(v), line: line, column: col))
                i = j
            default:
                var j = i
                var word = ""
                while j < chars.count {
                    let d = chars[j]
                    if d.isWhitespace || "()\":".contains(d) || d == ">" { break }
                    if d == "\\" && j + 1 < chars.count {
                        j += 1
                        word.append(chars[j])
                        j += 1
                        continue
                    }
                    word.append(d)
                    j += 1
                }
                let kind: Kind
                switch word {
                case "AND": kind = .and
                case "OR": kind = .or
                case "NOT": kind = .not
                default:
                    if word.hasPrefix("NEAR/") {
                        guard let n = Int(word.dropFirst(5)), n >= 0, n <= 1000 else {
                            throw QueryError(message: "NEAR needs a distance in words, as in NEAR/5", line: line, column: col)
                        }
                        kind = .near(n)
                    } else if word == "NEAR" {
                        kind = .near(10)
                    } else {
                        kind = .word(word)
                    }
                }
                out.append(Lexeme(kind: kind, line: line, column: col))
                i = j
            }
        }
        out.append(Lexeme(kind: .end, line: line, column: column(i)))
        return out
    }

    static func describe(_ kind: Kind) -> String {
        switch kind {
        case .word(let w): "\"\(w)\""
        case .phrase(let p): "the phrase \"\(p)\""
        case .lparen: "("
        case .rparen: ")"
        case .and: "AND"
        case .or: "OR"
        case .not: "NOT"
        case .minus: "-"
        case .near: "NEAR"
        case .colon: ":"
        case .compare: "a minimum score"
        case .end: "the end of the query"
        }
    }

    // MARK: Grammar

    private var current: Lexeme { lexemes[position] }

    private mutating func parseOr() throws(QueryError) -> Query {
        var parts = [try parseAnd()]
        while current.kind == .or {
            position += 1
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws(QueryError) -> Query {
        var parts = [try parseUnary()]
        while true {
            switch current.kind {
            case .and:
                position += 1
                parts.append(try parseUnary())
            case .word, .phrase, .lparen, .not, .minus:
                parts.append(try parseUnary())  // side by side: AND
            default:
                return parts.count == 1 ? parts[0] : .and(parts)
            }
        }
    }

    private mutating func parseUnary() throws(QueryError) -> Query {
        switch current.kind {
        case .not, .minus:
            try enter(current)
            defer { depth -= 1 }
            position += 1
            return .not(try parseUnary())
        default:
            return try parseNear()
        }
    }

    private mutating func parseNear() throws(QueryError) -> Query {
        var left = try parsePrimary()
        while case .near(let n) = current.kind {
            let at = current
            position += 1
            let right = try parsePrimary()
            guard Self.isTextual(left), Self.isTextual(right) else {
                throw QueryError(message: "NEAR joins words, phrases or a parenthesised OR of them, not fields", line: at.line, column: at.column)
            }
            left = .near(left, right, distance: n)
        }
        return left
    }

    static func isTextual(_ q: Query) -> Bool {
        switch q {
        case .text(_, scope: .all): true
        case .or(let parts): parts.allSatisfy(isTextual)
        default: false
        }
    }

    private mutating func parsePrimary() throws(QueryError) -> Query {
        let lexeme = current
        switch lexeme.kind {
        case .lparen:
            try enter(lexeme)
            defer { depth -= 1 }
            position += 1
            let inner = try parseOr()
            guard current.kind == .rparen else {
                throw QueryError(message: "a closing parenthesis is missing for the one at column \(lexeme.column)", line: current.line, column: current.column)
            }
            position += 1
            return inner
        case .phrase(let p):
            position += 1
            return .text(try term(p, phrase: true, at: lexeme), scope: .all)
        case .word(let w):
            position += 1
            if current.kind == .colon {
                position += 1
                return try fieldValue(w, at: lexeme)
            }
            return .text(try term(w, phrase: false, at: lexeme), scope: .all)
        default:
            throw QueryError(message: "expected a word, a phrase, a field or a parenthesis, not \(Self.describe(lexeme.kind))", line: lexeme.line, column: lexeme.column)
        }
    }

    private func term(_ text: String, phrase: Bool, at lexeme: Lexeme) throws(QueryError) -> TextTerm {
        var source = text
        var prefix = false
        if source.hasSuffix("*") {
            prefix = true
            source.removeLast()
        }
        let words = Tokenizer.words(source)
        guard !words.isEmpty else {
            throw QueryError(message: "\(phrase ? "the phrase" : "the term") \"\(text)\" has no letters or digits", line: lexeme.line, column: lexeme.column)
        }
        guard words.count <= Self.maximumTermWords else {
            throw QueryError(
                message: "\(phrase ? "the phrase" : "the term") has \(words.count) words; at most \(Self.maximumTermWords) are allowed: shorten it",
                line: lexeme.line, column: lexeme.column)
        }
        if prefix && words.last!.count < 2 {
            throw QueryError(message: "a prefix needs two letters at least before the *", line: lexeme.line, column: lexeme.column)
        }
        return TextTerm(words: words, prefix: prefix)
    }

    private mutating func fieldValue(_ name: String, at lexeme: Lexeme) throws(QueryError) -> Query {
        let lower = name.lowercased()
        if lower == "title" {
            return try scoped(at: lexeme) { (p: inout QueryParser) throws(QueryError) -> Query in
                let v = p.current
                switch v.kind {
                case .word(let w): p.position += 1; return .text(try p.term(w, phrase: false, at: v), scope: .title)
                case .phrase(let s): p.position += 1; return .text(try p.term(s, phrase: true, at: v), scope: .title)
                default: throw QueryError(message: "title: needs a word or a phrase", line: v.line, column: v.column)
                }
            }
        }
        guard let field = Query.Field(rawValue: Self.fieldAliases[lower] ?? lower) else {
            let known = Query.Field.allCases.map(\.rawValue) + ["title"]
            let guess = Suggestion.closest(to: lower, among: known + Self.fieldAliases.keys).map { "did you mean \(Self.fieldAliases[$0] ?? $0):? " } ?? ""
            throw QueryError(
                message: "unknown field \"\(name)\"; \(guess)the fields are topic, country, main_country, person, org, place, lang, source, title",
                line: lexeme.line, column: lexeme.column)
        }
        return try scoped(at: lexeme) { (p: inout QueryParser) throws(QueryError) -> Query in
            let v = p.current
            let value: String
            switch v.kind {
            case .word(let w): value = w
            case .phrase(let s): value = s
            default: throw QueryError(message: "\(field.rawValue): needs a value", line: v.line, column: v.column)
            }
            p.position += 1
            var minimum: Double?
            if case .compare(let m) = p.current.kind {
                guard field == .topic else {
                    throw QueryError(message: "only topic: takes a minimum score", line: p.current.line, column: p.current.column)
                }
                minimum = m
                p.position += 1
            }
            guard !value.allSatisfy(\.isWhitespace) else {
                throw QueryError(message: "\(field.rawValue): needs a value", line: v.line, column: v.column)
            }
            p.fieldTerms.append(FieldTerm(field: field, value: value, line: v.line, column: v.column))
            return .field(field, value, minimumScore: minimum)
        }
    }

    /// `field:value`, or `field:(a OR b AND c)` with the field applied to each value inside.
    private mutating func scoped(
        at lexeme: Lexeme, _ one: (inout QueryParser) throws(QueryError) -> Query
    ) throws(QueryError) -> Query {
        guard current.kind == .lparen else { return try one(&self) }
        let open = current
        try enter(open)
        defer { depth -= 1 }
        position += 1
        func group(_ p: inout QueryParser) throws(QueryError) -> Query {
            var ors: [Query] = []
            repeat {
                if !ors.isEmpty { p.position += 1 }
                var ands: [Query] = []
                repeat {
                    if !ands.isEmpty, p.current.kind == .and { p.position += 1 }
                    if p.current.kind == .not || p.current.kind == .minus {
                        p.position += 1
                        ands.append(.not(try one(&p)))
                    } else {
                        ands.append(try one(&p))
                    }
                } while p.current.kind == .and || { if case .word = p.current.kind { return true }; if case .phrase = p.current.kind { return true }; return false }()
                ors.append(ands.count == 1 ? ands[0] : .and(ands))
            } while p.current.kind == .or
            return ors.count == 1 ? ors[0] : .or(ors)
        }
        let inner = try group(&self)
        guard current.kind == .rparen else {
            throw QueryError(message: "a closing parenthesis is missing for the one at column \(open.column)", line: current.line, column: current.column)
        }
        position += 1
        return inner
    }
}
