/// What `redact` did.
public enum RedactOutcome: Sendable, Equatable {
    /// The article's text and analysis are gone; `files` are the records whose processed/ file
    /// held its bytes (the article's own and its duplicates'); `alerts` alerts now show it redacted.
    case redacted(files: [JournalFile], alerts: Int)
    /// Redacted before; `files` as for ``redacted(files:alerts:)``, so a second run removes the
    /// processed/ files a killed first run (or another server) left.
    case alreadyRedacted(reason: String, atMillis: Int64, files: [JournalFile])
    case notAnArticle(kind: String)
    case notFound

    /// The title an alert keeps once its article is redacted.
    public static let redactedTitle = "[redacted]"
}
