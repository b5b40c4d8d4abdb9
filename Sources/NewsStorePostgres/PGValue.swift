import Foundation
import PostgresNIO

/// A bound parameter of a statement: the few types newsd's tables use.
enum PGValue: Sendable {
    case int(Int64)
    case double(Double)
    case text(String)
    case bytes([UInt8])
    case texts([String])
    case null

    init(_ value: Int64?) { self = value.map { .int($0) } ?? .null }
    init(_ value: String?) { self = value.map { .text($0) } ?? .null }
}

extension PostgresQuery {
    /// `sql` with `$1`, `$2`... bound to `values`, in order.
    static func make(_ sql: String, _ values: [PGValue]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .int(let v): binds.append(v)
            case .double(let v): binds.append(v)
            case .text(let v): binds.append(v)
            case .bytes(let v): binds.append(ByteBuffer(bytes: v))
            case .texts(let v): binds.append(v)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}

/// Typed reads of one row's cells by position (a NULL reads as nil).
struct PGRow {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    func int(_ i: Int) -> Int64? { try? row[i].decode(Int64?.self) }
    func text(_ i: Int) -> String? { try? row[i].decode(String?.self) }
    func double(_ i: Int) -> Double { ((try? row[i].decode(Double?.self)) ?? nil) ?? 0 }
    func bytes(_ i: Int) -> [UInt8]? { ((try? row[i].decode(Data?.self)) ?? nil).map { [UInt8]($0) } }
    func bool(_ i: Int) -> Bool { ((try? row[i].decode(Bool?.self)) ?? nil) ?? false }
    func isNull(_ i: Int) -> Bool { row[i].bytes == nil }
}

/// A statement on a connection that is closed already.
struct PGSessionClosed: Error, CustomStringConvertible {
    var description: String { "the connection to the server is closed" }
}

/// One leased connection, with the statements newsd runs on it.
struct PGSession {
    let connection: PostgresConnection
    let logger: Logger
    /// Told of each answer and row, so that a stalled statement is noticed (``StallWatch``).
    let watch: StallWatch

    /// Runs `sql`, handing each row to `body`.
    func query(
        _ sql: String, _ values: [PGValue] = [], isolation: isolated (any Actor)? = #isolation, _ body: (PGRow) throws -> Void = { _ in }
    ) async throws {
        // A closed connection may never answer a statement written to it.
        guard !connection.isClosed else { throw PGSessionClosed() }
        let query = PostgresQuery.make(sql, values)
        let connection = connection, logger = logger
        let rows = try await watch.start { try await connection.query(query, logger: logger) }
        for try await row in rows {
            watch.progressed()
            try body(PGRow(row))
        }
    }

    /// The first column of the first row, as an integer (nil for no row or NULL).
    func scalar(_ sql: String, _ values: [PGValue] = [], isolation: isolated (any Actor)? = #isolation) async throws -> Int64? {
        var out: Int64?
        var seen = false
        try await query(sql, values) { row in
            if !seen { out = row.int(0); seen = true }
        }
        return out
    }

    /// The first column of the first row, as text.
    func text(_ sql: String, _ values: [PGValue] = [], isolation: isolated (any Actor)? = #isolation) async throws -> String? {
        var out: String?
        var seen = false
        try await query(sql, values) { row in
            if !seen { out = row.text(0); seen = true }
        }
        return out
    }

    func execute(_ sql: String, _ values: [PGValue] = [], isolation: isolated (any Actor)? = #isolation) async throws {
        try await query(sql, values)
    }
}
