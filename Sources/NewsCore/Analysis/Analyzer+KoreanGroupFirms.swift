extension Analyzer {
    /// Korean firms named after their business group (LG에너지솔루션, 삼성SDI: ``OrganizationFinder/koreanGroupFirms(_:_:)``),
    /// before the language's other patterns: the group that the lexicon read inside such a name (삼성 of 삼성SDI, Samsung)
    /// is no organisation of its own unless the article names it elsewhere.
    static func koreanGroupFirms(_ tokens: [Token], context: NameContext.Words, known: [Range<Int>], canonicals: [String],
                                 taken: inout [Bool], organizations: inout OrderedSet) {
        let firms = OrganizationFinder.koreanGroupFirms(tokens, context)
        guard !firms.isEmpty else { return }
        var inside: [Int] = []
        var accepted: [Range<Int>] = []
        for r in firms {
            let within = known.indices.filter { r.contains(known[$0].lowerBound) && known[$0].upperBound <= r.upperBound }
            // (A token that another name holds: a place's, a person's.)
            guard r.allSatisfy({ k in !taken[k] || within.contains { known[$0].contains(k) } }) else { continue }
            inside += within
            accepted.append(r)
            organizations.insert(tokens[r].map(\.original).joined())
            for k in r { taken[k] = true }
        }
        for n in Set(inside) {
            let canonical = canonicals[n]
            let elsewhere = known.indices.contains { m in canonicals[m] == canonical && !accepted.contains { $0.contains(known[m].lowerBound) } }
            if !elsewhere { organizations.removeAll { $0 == canonical } }
        }
    }
}
