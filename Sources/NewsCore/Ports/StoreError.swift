/// Why a store operation failed, classified for what the caller should do about it.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Goes away by itself or by an operator's hand (disk full, lock held, server restarting):
        /// keep the work and retry with backoff.
        case transient
        /// Will fail the same way again (bad request, permission, schema newer than this binary):
        /// report it and stop.
        case permanent
        /// The store's contents are damaged: stop writing, run `newsd verify`, restore a backup.
        case corrupt
    }

    public var kind: Kind
    /// What went wrong and what to do, with the store's name.
    public var message: String
    /// The adapter's own code (an SQLite result code, a PostgreSQL SQLSTATE), for logs.
    public var code: String?

    public init(_ kind: Kind, _ message: String, code: String? = nil) {
        self.kind = kind
        self.message = message
        self.code = code
    }

    public var isTransient: Bool { kind == .transient }
    public var description: String { message }
}
