/// A name that the count of words cut before its head: "The Royal Society of Chemistry and the Brightwater Foundation"
/// is read to eight words, "... and the Brightwater", which ends in no head; the first body ends before "and the".
extension OrganizationFinder {
    /// The "and" of "and the" inside `start..<end` after the last head at `lastHead`, when the run reached its count of
    /// eight words from `counted` and its last word is no head; or nil.
    static func cutBeforeSecondBody(_ tokens: [Token], from start: Int, to end: Int, counted: Int, lastHead: Int) -> Int? {
        guard end - counted >= 8, end < tokens.count, lastHead >= start, lastHead < end - 1,
            !headsEverywhere.contains(tokens[end - 1]), tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary),
            headsEverywhere.contains(tokens[end]) || end + 1 < tokens.count && headsEverywhere.contains(tokens[end + 1])
        else { return nil }
        return (lastHead + 1..<end - 1).last { k in
            coordinators.contains(tokens[k]) && !tokens[k].isCapitalized && tokens[k + 1].text == "the" && !tokens[k + 1].isCapitalized
        }
    }
}
