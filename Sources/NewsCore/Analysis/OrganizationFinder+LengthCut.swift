/// A name that runs past "and the" after its head and ends in no head: "The Royal Society of Chemistry and the Brightwater
/// Foundation" is read to eight words, "... and the Brightwater"; "the Wales Tourist Board and the Welsh Development Agency"
/// stops at the demonym the gazetteer read, "... and the Welsh". The first body ends before "and the".
extension OrganizationFinder {
    /// The "and" of "and the" inside `start..<end` after the last head at `lastHead`, when the run's last word is no head
    /// and it stopped at the count of eight words from `counted` or at a name the gazetteer read, before a head; or nil.
    static func cutBeforeSecondBody(_ tokens: [Token], from start: Int, to end: Int, counted: Int, lastHead: Int, taken: [Bool]) -> Int? {
        guard end - counted >= 8 || taken[end - 1], end < tokens.count, lastHead >= start, lastHead < end - 1,
            !headsEverywhere.contains(tokens[end - 1]), tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary),
            headsEverywhere.contains(tokens[end]) || end + 1 < tokens.count && headsEverywhere.contains(tokens[end + 1])
        else { return nil }
        return (lastHead + 1..<end - 1).last { k in
            coordinators.contains(tokens[k]) && !tokens[k].isCapitalized && tokens[k + 1].text == "the" && !tokens[k + 1].isCapitalized
        }
    }

    /// Whether `start..<end` is a sector's word, "and" and a head, with no word of a name's own ("Securities and Exchange",
    /// a name's start that a line break cut; "Oil and Gas"): a trade, no organisation.
    static func sectorPhrase(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        end - start == 3 && sectorWords.contains(tokens[start]) && coordinators.contains(tokens[start + 1])
    }
}
