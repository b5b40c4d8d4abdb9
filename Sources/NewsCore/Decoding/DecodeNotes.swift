import Synchronization

/// What a decoder noticed on the way and left out without refusing the file (a date in a time
/// zone newsd does not know), for the caller to log with the file's name. Decoders are pure: they
/// add to the collector bound to the current task or thread, if any; ``collecting(_:)`` binds one.
public final class DecodeNotes: Sendable {
    /// At most this many notes a file (a feed of 10,000 items with the same unknown zone says so once).
    public static let limit = 8

    @TaskLocal public static var current: DecodeNotes?

    private let notes = Mutex<[String]>([])

    public init() {}

    /// Adds `note` once (repeats are dropped), up to ``limit``.
    public func add(_ note: String) {
        notes.withLock { notes in
            if notes.count < Self.limit && !notes.contains(note) { notes.append(note) }
        }
    }

    public var all: [String] { notes.withLock { $0 } }

    /// Runs `body` with a collector bound, and returns what it noted.
    public static func collecting<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, [String]) {
        let collector = DecodeNotes()
        let result: Result<T, E> = $current.withValue(collector) { Result { () throws(E) in try body() } }
        return (try result.get(), collector.all)
    }
}
