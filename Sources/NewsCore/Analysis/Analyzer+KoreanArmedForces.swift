/// (ko) A country's armed service named by the country and the service's word one space on: 페루 해군 (the Peruvian Navy),
/// 미국 공군, 일본 해상자위대; the country's name counts too (the article names Peru).
extension Analyzer {
    /// Words of a service right after a country's name, as syllables (a particle may follow: 페루 해군에).
    static let koreanServices: [[String]] = ["해군", "육군", "공군", "해병대", "해안경비대", "해상자위대", "육상자위대", "항공자위대", "해경"]
        .map { $0.map { String($0) } }

    /// The ranges of such names: a country's match in Hangul that ends a word, one space, and a service's word that begins
    /// one (nothing but a particle glued after it).
    static func koreanArmedForces(_ matches: [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for m in matches where m.start >= 0 && gazetteer.entries.kind(m.entry) == .country {
            let end = m.start + m.count
            guard end < tokens.count, PersonFinder.isHangul(tokens[m.start]), !Gazetteer.hangulGluedBefore(tokens, m.start),
                Gazetteer.hangulRest(tokens, after: end - 1).isEmpty, PersonFinder.oneSpaceApart(tokens, m.start..<end, end..<end + 1),
                let service = koreanServices.first(where: { w in
                    end + w.count <= tokens.count && w.indices.allSatisfy { tokens[end + $0].original == w[$0] }
                        && (1..<w.count).allSatisfy { PersonFinder.glued(tokens, end + $0 - 1) }
                })
            else { continue }
            let rest = Gazetteer.hangulRest(tokens, after: end + service.count - 1)
            guard rest.isEmpty || PersonFinder.koreanParticles.contains(rest) else { continue }
            out.append(m.start..<end + service.count)
        }
        return out
    }
}
