/// Aliases whose match the rest of the article decides (lexicon.tsv's `?` and trailing `-`): a body's generic name
/// (`?Senate`) and a country's combining form (`franco-`, `deutsch-`, `российско-`).
extension Gazetteer {
    /// "Franco-era laws", "deutsch-sprachig": a combining form (``AliasExtra/combining``) counts only where a country's
    /// adjective or name is glued to it (its match ends where the next one starts).
    func dropLoneCombiningForms(_ out: inout [Match]) {
        var keep = [Bool](repeating: true, count: out.count)
        for (k, m) in out.enumerated() where m.combining {
            let next = k + 1 < out.count ? out[k + 1] : nil
            keep[k] = next.map { $0.start == m.start + m.count && [.country, .demonym].contains(entries.kind($0.entry)) } ?? false
        }
        out = out.indices.filter { keep[$0] }.map { out[$0] }
    }

    /// "The bill goes to the Senate in Valparaiso": a body's generic name (``AliasExtra/generic``) names its country's
    /// body only where another name in the article gives that country, or no name gives any country.
    /// (Nor where another country's name or adjective follows it: "Quốc hội Mỹ" is the US Congress.)
    func dropGenericBodies(_ out: inout [Match]) {
        if out.contains(where: \.generic) {
            let all = out
            out.removeAll { g in
                g.generic && all.contains { c in
                    c.start == g.start + g.count && [.country, .demonym].contains(entries.kind(c.entry))
                        && (c.country ?? entries.country(c.entry)) != entries.country(g.entry)
                }
            }
        }
        var named = Set<String>()
        for m in out where !m.generic && !m.small && entries.kind(m.entry) != .person {
            if let c = m.country ?? entries.country(m.entry) { named.insert(c) }
        }
        guard !named.isEmpty else { return }
        out.removeAll { $0.generic && !named.contains(entries.country($0.entry) ?? "") }
    }
}
