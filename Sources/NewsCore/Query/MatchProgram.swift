/// Compiled queries as one flat program over interned term ids, the form the index verifies
/// candidates in: no tree of enums, no String comparison but for prefixes. A query is a run of
/// small instructions ending in ``MatchInstruction/Op/ret``; AND and OR jump past the rest of
/// their parts as soon as the outcome is known, in the order ``CompiledQuery/matches(_:)``
/// evaluates them, so the two give the same answer on every document.
struct MatchProgram: Sendable {
    private(set) var code: [MatchInstruction] = []
    /// Per query, where its instructions start in ``code``.
    private(set) var entries: [Int32] = []
    /// Phrases and prefixes (single plain words are instructions of their own).
    private(set) var texts: [TextLeaf] = []
    /// Term ids of phrases, names and country sets; indices of ``texts`` for NEAR sides.
    private(set) var pool: [Int32] = []
    /// The folded words that prefixes (`cyber*`) stand for.
    private(set) var prefixes: [String] = []
    private(set) var minimums: [Double] = []
    private(set) var nears: [Near] = []
    /// Whether a query reads word positions (a word, a phrase, a prefix, NEAR).
    private(set) var usesPositions = false

    /// A phrase, a prefix, or a phrase ending in a prefix.
    struct TextLeaf: Sendable {
        /// Where its words' term ids start in ``pool``, and how many words it has.
        var start: Int32
        var count: Int32
        /// The prefix its last word is (an index into ``prefixes``), or -1.
        var prefix: Int32
        var titleOnly: Bool
    }

    /// `a NEAR/n b`: each side is the text leaves of a term or of an OR of terms (other parts
    /// of a side have no position, as in ``CompiledQuery/spans(_:)``).
    struct Near: Sendable {
        var left: Range<Int32>
        var right: Range<Int32>
        var distance: Int32
    }

    /// Compiles `query` as the next query, interning its words and values in `terms` (a term's
    /// id is its entry in the table).
    mutating func append(_ query: CompiledQuery, terms: inout WordTable<Int32>) {
        entries.append(Int32(code.count))
        emit(query, &terms)
        code.append(MatchInstruction(.ret))
    }

    static func intern(_ value: String, _ terms: inout WordTable<Int32>) -> Int32 {
        let next = Int32(terms.count)
        return Int32(terms.findOrInsert(value, next).entry)
    }

    private mutating func emit(_ q: CompiledQuery, _ terms: inout WordTable<Int32>) {
        switch q {
        case .text(let t, let titleOnly):
            usesPositions = true
            if !t.prefix && t.words.count == 1 {
                code.append(MatchInstruction(.word, a: Self.intern(t.words[0], &terms), flag: titleOnly))
            } else {
                code.append(MatchInstruction(.text, a: leaf(t, titleOnly, &terms)))
            }
        case .countries(let cs): code.append(MatchInstruction(.countries, pooled: cs.sorted(), &pool, &terms))
        case .mainCountries(let cs): code.append(MatchInstruction(.mainCountries, pooled: cs.sorted(), &pool, &terms))
        case .topic(let id, let minimum):
            minimums.append(minimum ?? 0)
            code.append(MatchInstruction(.topic, a: Self.intern(id, &terms), b: Int32(minimums.count - 1)))
        case .person(let q): code.append(MatchInstruction(.person, pooled: q, &pool, &terms))
        case .org(let q): code.append(MatchInstruction(.org, pooled: q, &pool, &terms))
        case .place(let q): code.append(MatchInstruction(.place, pooled: q, &pool, &terms))
        case .source(let q): code.append(MatchInstruction(.source, pooled: q, &pool, &terms))
        case .lang(let l): code.append(MatchInstruction(.lang, a: Self.intern(l, &terms)))
        case .near(let a, let b, let n):
            usesPositions = true
            let left = side(a, &terms)
            let right = side(b, &terms)
            nears.append(Near(left: left, right: right, distance: Int32(n)))
            code.append(MatchInstruction(.near, a: Int32(nears.count - 1)))
        case .and(let parts): junction(parts, jump: .jumpIfFalse, empty: true, &terms)
        case .or(let parts): junction(parts, jump: .jumpIfTrue, empty: false, &terms)
        case .not(let p):
            emit(p, &terms)
            code.append(MatchInstruction(.not))
        }
    }

    /// The parts one after the other, each but the last followed by a jump to the end taken
    /// when the outcome is known (false for AND, true for OR).
    private mutating func junction(_ parts: [CompiledQuery], jump: MatchInstruction.Op, empty: Bool, _ terms: inout WordTable<Int32>) {
        guard !parts.isEmpty else {
            code.append(MatchInstruction(.constant, flag: empty))
            return
        }
        var jumps: [Int] = []
        for (i, p) in parts.enumerated() {
            emit(p, &terms)
            if i < parts.count - 1 {
                jumps.append(code.count)
                code.append(MatchInstruction(jump))
            }
        }
        for j in jumps { code[j].a = Int32(code.count) }
    }

    private mutating func leaf(_ t: TextTerm, _ titleOnly: Bool, _ terms: inout WordTable<Int32>) -> Int32 {
        let start = Int32(pool.count)
        var prefix: Int32 = -1
        for (k, w) in t.words.enumerated() {
            if t.prefix && k == t.words.count - 1 {
                prefixes.append(w)
                prefix = Int32(prefixes.count - 1)
                pool.append(-1)
            } else {
                pool.append(Self.intern(w, &terms))
            }
        }
        texts.append(TextLeaf(start: start, count: Int32(t.words.count), prefix: prefix, titleOnly: titleOnly))
        return Int32(texts.count - 1)
    }

    /// The text leaves of one side of a NEAR, as a range of ``pool`` holding their indices.
    private mutating func side(_ q: CompiledQuery, _ terms: inout WordTable<Int32>) -> Range<Int32> {
        var leaves: [Int32] = []
        func collect(_ q: CompiledQuery) {
            switch q {
            case .text(let t, let titleOnly): leaves.append(leaf(t, titleOnly, &terms))
            case .or(let parts): for p in parts { collect(p) }
            default: break
            }
        }
        collect(q)
        let start = Int32(pool.count)
        pool += leaves
        return start..<Int32(pool.count)
    }
}

/// One step of a ``MatchProgram``: a test that sets the accumulator, a jump on it, NOT, or the
/// end of a query.
struct MatchInstruction: Sendable {
    enum Op: UInt8, Sendable {
        /// Term `a` occurs (in the title only, with `flag`).
        case word
        /// Text leaf `a` occurs.
        case text
        /// One of the countries `pool[a..<a+b]` is among the article's (main) countries.
        case countries, mainCountries
        /// Topic `a` scores at least `minimums[b]`.
        case topic
        /// The words `pool[a..<a+b]` follow one another in one of the article's names.
        case person, org, place, source
        /// The article's language is term `a`.
        case lang
        /// NEAR `a` holds.
        case near
        case jumpIfFalse, jumpIfTrue, not
        /// The accumulator is `flag` (an empty AND or OR).
        case constant
        case ret
    }

    var op: Op
    var flag: Bool
    var a: Int32
    var b: Int32

    init(_ op: Op, a: Int32 = 0, b: Int32 = 0, flag: Bool = false) {
        self.op = op
        self.a = a
        self.b = b
        self.flag = flag
    }

    /// An instruction over the term ids of `values`, appended to `pool`.
    init(_ op: Op, pooled values: [String], _ pool: inout [Int32], _ terms: inout WordTable<Int32>) {
        let start = Int32(pool.count)
        for v in values { pool.append(MatchProgram.intern(v, &terms)) }
        self.init(op, a: start, b: Int32(values.count))
    }
}
