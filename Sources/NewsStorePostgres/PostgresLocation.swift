import Foundation

/// Where a PostgreSQL store is: parsed from `store: postgres://user@host:port/db?sslmode=require`.
/// A password in the URL is refused (it would end up in process lists, shell history and logs):
/// it comes from `password_file:` or `PGPASSWORD`.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public var user: String
    /// A host name or address; nil with ``socketDirectory``.
    public var host: String?
    public var port: Int
    /// The folder of the server's unix socket (`?host=/run/postgresql`, as libpq has it).
    public var socketDirectory: String?
    public var database: String
    public var tls: TLSMode

    /// Whether `text` names a PostgreSQL store rather than an SQLite path.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Throws: a message saying what is wrong with the URL (never repeating a password).
    public init(url text: String) throws(PostgresLocationError) {
        guard Self.isURL(text), let url = URLComponents(string: text) else {
            throw PostgresLocationError("not a PostgreSQL URL: expected postgres://USER@HOST[:PORT]/DATABASE[?sslmode=require]")
        }
        if url.password != nil {
            throw PostgresLocationError(
                "the store URL holds a password: remove it, and give it in a file (password_file:) or in PGPASSWORD")
        }
        guard let user = url.user, !user.isEmpty else {
            throw PostgresLocationError("the store URL names no user: postgres://USER@HOST/DATABASE")
        }
        self.user = user.removingPercentEncoding ?? user
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError("the store URL names no database: postgres://\(self.user)@HOST/DATABASE")
        }
        self.database = database.removingPercentEncoding ?? database
        port = url.port ?? 5432
        tls = .prefer
        let hostText = url.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        host = hostText.isEmpty ? nil : hostText
        if let h = host, h.hasPrefix("/") { socketDirectory = h; host = nil }
        for item in url.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                switch item.value ?? "" {
                case "disable", "allow": tls = .disable
                case "prefer": tls = .prefer
                case "require", "verify-ca", "verify-full": tls = .require
                default: throw PostgresLocationError("sslmode=\(item.value ?? ""): expected disable, prefer or require")
                }
            case "host":
                guard let dir = item.value, dir.hasPrefix("/") else {
                    throw PostgresLocationError("host=\(item.value ?? ""): expected the folder of the server's unix socket")
                }
                socketDirectory = dir
                host = nil
            case "port":
                guard let p = item.value.flatMap(Int.init), (1...65535).contains(p) else {
                    throw PostgresLocationError("port=\(item.value ?? ""): expected a port number")
                }
                port = p
            default:
                throw PostgresLocationError("\(item.name): unknown URL parameter; newsd knows sslmode, host and port")
            }
        }
        if host == nil, socketDirectory == nil { host = "localhost" }
    }

    /// The unix socket's path, libpq's way: `DIR/.s.PGSQL.PORT`.
    public var socketPath: String? { socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } }

    /// The URL without any secret, for logs and messages.
    public var description: String {
        let query = socketDirectory.map { "?host=\($0)" } ?? (tls == .require ? "?sslmode=require" : "")
        return "postgres://\(user)@\(host.map { "\($0):\(port)" } ?? "")/\(database)\(query)"
    }
}

/// A store URL that cannot be used, and why.
public struct PostgresLocationError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The password of a PostgreSQL store: from `password_file:` (its first line), else `PGPASSWORD`.
public enum PostgresPassword {
    public static func read(file: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresLocationError) -> String? {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw PostgresLocationError("password_file \(file): cannot be read (\(String(cString: strerror(errno)))); make it readable by this user only (chmod 600)")
            }
            let text = String(decoding: data, as: UTF8.self)
            return String(text.prefix { $0 != "\n" && $0 != "\r" })
        }
        return environment["PGPASSWORD"]
    }
}
