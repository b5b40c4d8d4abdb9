import CSystemd
import Foundation

/// Reads newsd's alert entries back from the journal with the sd-journal API.
public final class JournalReader {
    private var handle: OpaquePointer?

    /// - Throws: ``SpoolError``-like text when the journal cannot be opened.
    public init() throws {
        let r = sd_journal_open(&handle, Int32(SD_JOURNAL_LOCAL_ONLY))
        guard r >= 0, handle != nil else {
            throw JournalReadError(message: "cannot open the journal: \(String(cString: strerror(-r)))")
        }
    }

    deinit { sd_journal_close(handle) }

    /// Entries with `MESSAGE_ID` (and `NEWSD_ALERT` and `NEWSD_STORE`, when given), from
    /// `sinceMicros` on.
    public func select(messageID: String, alert: String?, store: String? = nil, sinceMicros: UInt64) {
        sd_journal_flush_matches(handle)
        _ = "MESSAGE_ID=\(messageID)".withCString { sd_journal_add_match(handle, $0, 0) }
        if let alert { _ = "NEWSD_ALERT=\(alert)".withCString { sd_journal_add_match(handle, $0, 0) } }
        if let store { _ = "NEWSD_STORE=\(store)".withCString { sd_journal_add_match(handle, $0, 0) } }
        sd_journal_seek_realtime_usec(handle, sinceMicros)
    }

    /// The next entry's fields, or nil at the end.
    public func next() -> [String: String]? {
        guard sd_journal_next(handle) > 0 else { return nil }
        var fields: [String: String] = [:]
        var data: UnsafeRawPointer?
        var length = 0
        sd_journal_restart_data(handle)
        while sd_journal_enumerate_data(handle, &data, &length) > 0 {
            guard let data else { continue }
            let text = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
            if let eq = text.firstIndex(of: "=") {
                fields[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
        }
        var usec: UInt64 = 0
        if sd_journal_get_realtime_usec(handle, &usec) >= 0 { fields["__REALTIME_TIMESTAMP"] = String(usec) }
        return fields
    }

    /// Waits up to `seconds` for new entries.
    public func wait(seconds: Double) {
        _ = sd_journal_wait(handle, UInt64(seconds * 1_000_000))
    }
}

public struct JournalReadError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
