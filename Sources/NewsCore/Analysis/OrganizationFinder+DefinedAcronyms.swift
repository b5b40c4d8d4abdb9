/// Acronyms that the article defines ("the Alberta Petroleum Association (APA)"): the article's
/// reading of its own acronym beats the gazetteer's body of the same letters (Austria Presse Agentur).
extension OrganizationFinder {
    /// The indices of the gazetteer's matches that read an acronym the article defines as another body:
    /// one token, an organisation's entry, whose canonical name shares no word with the long name before
    /// the acronym in parentheses, is no more than the acronym, and has no match inside that long name ("Gulf
    /// Cooperation Council (GCC)", "Organisation for Economic Cooperation and Development (OECD)" keep theirs).
    static func redefinedAcronyms(_ matches: [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer, starts: [[String]]) -> Set<Int> {
        guard matches.contains(where: { $0.count == 1 && $0.start >= 0 && tokens[$0.start].flags.contains(.allCaps) }) else { return [] }
        let definitions = definitions(in: tokens, taken: [Bool](repeating: false, count: tokens.count), starts: starts)
        guard !definitions.isEmpty else { return [] }
        var out = Set<Int>()
        for (index, m) in matches.enumerated() where m.count == 1 && m.start >= 0 && gazetteer.entries.kind(m.entry) == .organization {
            guard let d = definitions.first(where: { tokens[$0.acronym].text == tokens[m.start].text }) else { continue }
            if matches.contains(where: { $0.entry == m.entry && d.name.contains($0.start) }) { continue }
            // (The gazetteer's name is the acronym itself: "Organisation for Economic Cooperation and Development (OECD)" is OECD.)
            let canonical = Tokenizer.words(gazetteer.entries.canonical(m.entry))
            if canonical == [tokens[m.start].text] { continue }
            if d.name.contains(where: { canonical.contains(tokens[$0].text) && !connectorsEverywhere.contains(tokens[$0]) }) { continue }
            out.insert(index)
        }
        return out
    }
}
