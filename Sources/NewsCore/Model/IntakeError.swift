/// Why a file could not become an article. Each case has a stable code, written to
/// `failed/NAME.error.json` and to the store, and a message that says what to do.
public enum IntakeError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case binary(what: String)
    case tooLarge(size: Int64, limit: Int64)
    /// Compressed data that inflates past the decompression cap (a compression bomb, or a huge file).
    case inflatesTooLarge(limit: Int64)
    case tooManyItems(count: Int, limit: Int)
    case notRegularFile(kind: String)
    case unreadable(errno: Int32, message: String)
    case invalidJSON(detail: String)
    case noArticle(detail: String)
    case invalidEncoding(detail: String)
    case unsupportedFormat(detail: String)
    /// An inbox file with more than one name: another name, maybe outside the inbox, shares its data.
    case hardLinked(links: UInt64)
    /// newsd crashed or was killed this many times in a row while it was working on the file.
    case crashedNewsd(times: Int)

    /// The errno of ``unreadable(errno:message:)`` for a file that changed while it was read
    /// (EAGAIN: try again).
    public static let changedWhileRead: Int32 = 11

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .binary: "binary"
        case .tooLarge, .inflatesTooLarge: "too-large"
        case .tooManyItems: "too-many-items"
        case .notRegularFile: "not-regular-file"
        case .unreadable: "unreadable"
        case .invalidJSON: "invalid-json"
        case .noArticle: "no-article"
        case .invalidEncoding: "invalid-encoding"
        case .unsupportedFormat: "unsupported-format"
        case .hardLinked: "hard-linked"
        case .crashedNewsd: "crashed-newsd"
        }
    }

    public var description: String {
        switch self {
        case .empty:
            "the file is empty or holds only white space; write the article text into it"
        case .binary(let what):
            "the file is binary (\(what)), not an article; newsd reads text, Markdown and JSON"
        case .tooLarge(let size, let limit):
            "the file is \(size) bytes, over the limit of \(limit) bytes; raise max_file_size or split the file"
        case .inflatesTooLarge(let limit):
            "the gzip data inflates to more than \(limit) bytes (\(limit >> 20) MiB), newsd's fixed cap on decompressed size, "
                + "which max_file_size does not change; it may be a compression bomb: if it is real, split it or drop it uncompressed"
        case .tooManyItems(let count, let limit):
            "the feed has \(count) items, over max_feed_items (\(limit)); raise max_feed_items in the configuration or split the feed"
        case .notRegularFile(let kind):
            "the inbox entry is a \(kind), not a regular file; newsd only takes regular files (copy the content in)"
        case .unreadable(let errno, let message) where errno == IntakeError.changedWhileRead:
            "the file could not be read whole (\(message)): something still writes it; "
                + "try again once the writer is done (writers should write a temp name and rename it into place)"
        case .unreadable(let errno, let message):
            "the file could not be read (errno \(errno): \(message)); check its permissions"
        case .invalidJSON(let detail):
            "the file looks like JSON but does not parse: \(detail)"
        case .noArticle(let detail):
            "no article found: \(detail)"
        case .invalidEncoding(let detail):
            "the text encoding is broken: \(detail)"
        case .unsupportedFormat(let detail):
            "unsupported format: \(detail)"
        case .hardLinked(let links):
            "the file has \(links) hard links: another name, perhaps outside the inbox, shares its data, and newsd "
                + "does not take files that others still own; copy the file in (cp, or write it) instead of linking it (ln)"
        case .crashedNewsd(let times):
            "newsd crashed or was killed \(times) times in a row while it was reading this file, so it is set aside "
                + "to keep the inbox moving; report it with the file attached (see the log before each crash), then put "
                + "it back into the inbox to try again"
        }
    }
}
