extension Array where Element == UInt8 {
    /// Appends the first `limit` UTF-8 bytes of `text` (all of them when it is shorter), copied
    /// at once from a native string's storage: the generic copy of `text.utf8.prefix(limit)` went
    /// byte by byte through the view's iterator (the format sniff's and language id's copies, ~1%
    /// of a burst's CPU).
    mutating func append(utf8Of text: String, upTo limit: Int) {
        guard limit > 0 else { return }
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes.prefix(limit)))
        }
        if copied == nil { append(contentsOf: text.utf8.prefix(limit)) }
    }

    /// The first `limit` UTF-8 bytes of `text`; see ``append(utf8Of:upTo:)``.
    init(utf8Of text: String, upTo limit: Int) {
        self.init()
        reserveCapacity(Swift.min(limit, text.utf8.count))
        append(utf8Of: text, upTo: limit)
    }
}
