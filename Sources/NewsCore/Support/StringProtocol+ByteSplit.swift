extension StringProtocol {
    /// The parts between the occurrences of the ASCII byte `separator`, split on the UTF-8 bytes
    /// without breaking graphemes: what `split(separator: Character(...))` gives wherever the
    /// separator stands as a character of its own (not before a combining mark, not a CR LF's LF),
    /// as in the shipped data files, at a fraction of the cost (66,000 lines read at every start).
    func byteSplit(_ separator: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        Substring(self).utf8.split(separator: separator, omittingEmptySubsequences: omittingEmptySubsequences).map { Substring($0) }
    }
}
