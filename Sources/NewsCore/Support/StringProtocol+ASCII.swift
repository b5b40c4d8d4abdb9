extension StringProtocol {
    /// Whether every byte is ASCII, read from the string's storage: the UTF-8 view's generic walk
    /// (`utf8.allSatisfy`) cost ~150 instructions a word. The one test of a word's or a text's
    /// ASCII-ness for the analysis (language shortcuts, lead words, topic prefixes, aliases).
    @inline(__always)
    var isAllASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } }
            ?? !utf8.contains { $0 >= 0x80 }
    }
}
