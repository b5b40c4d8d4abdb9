/// What the inbox watcher reports, as the ingest state machine takes it.
public enum InboxEvent: Sendable, Equatable {
    /// A file was closed after writing, or renamed in (path relative to the inbox).
    case file(String)
    /// A folder appeared (recursive mode); the watcher already watches it.
    case directory(String)
    /// The kernel queue overflowed: events were lost.
    case overflow
    /// The inbox itself was removed or moved away.
    case rootLost
    /// The inbox lock file was removed: the inbox may be on its way out.
    case lockRemoved
}
