import Foundation
import NewsCore
import Yams

/// `web:` in the configuration: how `newsd web` listens and whom it serves.
///
///     web:
///       listen: 127.0.0.1:8470
///       tokens_file: /etc/newsd/web-tokens
///       trusted_proxy_header: X-Forwarded-User
public struct WebSettings: Sendable, Equatable {
    static let keys = ["listen", "tokens_file", "trusted_proxy_header"]

    /// `HOST:PORT`.
    public var listen = "127.0.0.1:8470"
    /// A file of bearer tokens, one a line (`#` comments); none: no tokens.
    public var tokensFile: String?
    /// The header a reverse proxy on this machine sets to the user it authenticated; none: no header is trusted.
    public var trustedProxyHeader: String?

    public init() {}

    /// The host and port of `listen` (IPv6 in brackets), or nil when it is not `HOST:PORT`.
    public static func address(_ text: String) -> (host: String, port: Int)? {
        var host: Substring
        var portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
            portText = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            if host.contains(":") { return nil }
        }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port) else { return nil }
        return (String(host), port)
    }

    static func parse(_ value: Node, file: String) throws(ConfigurationError) -> WebSettings {
        guard let map = value.mapping else {
            throw ConfigurationError(file: file, line: value.mark?.line, message: "web: expected a mapping with listen:, tokens_file:, trusted_proxy_header:")
        }
        var settings = WebSettings()
        for (keyNode, node) in map {
            let key = keyNode.string ?? ""
            func fail(_ message: String) -> ConfigurationError {
                ConfigurationError(file: file, line: keyNode.mark?.line, message: "web: \(key): \(message)")
            }
            guard let text = node.scalar?.string, !text.isEmpty else { throw fail("expected a non-empty string") }
            switch key {
            case "listen":
                guard address(text) != nil else { throw fail("expected HOST:PORT (127.0.0.1:8470, [::1]:8470), not \"\(YAMLDocument.clip(text))\"") }
                settings.listen = text
            case "tokens_file": settings.tokensFile = ConfigurationLoader.resolve(text, relativeTo: file)
            case "trusted_proxy_header":
                guard text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") }) else {
                    throw fail("expected a header name such as X-Forwarded-User")
                }
                settings.trustedProxyHeader = text
            default:
                throw ConfigurationError(file: file, line: keyNode.mark?.line, message: "web: \(key): unknown key; the keys are \(keys.joined(separator: ", "))")
            }
        }
        return settings
    }

    /// The tokens of `tokensFile`: one a line, blank lines and `#` comments skipped. The file must
    /// not be readable by others (it holds secrets).
    public func tokens() throws(ConfigurationError) -> [String] {
        guard let path = tokensFile else { return [] }
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw ConfigurationError(file: path, message: "cannot read the tokens file (\(String(cString: strerror(errno)))); check web: tokens_file in the configuration")
        }
        guard st.st_mode & 0o007 == 0 else {
            throw ConfigurationError(file: path, message: "the tokens file is readable by others; chmod o-rwx it (it holds secrets)")
        }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ConfigurationError(file: path, message: "cannot read the tokens file (\(error.localizedDescription)); check web: tokens_file in the configuration")
        }
        let tokens = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !tokens.isEmpty else {
            throw ConfigurationError(file: path, message: "the tokens file has no token (one a line); add one, or remove tokens_file")
        }
        if let short = tokens.firstIndex(where: { $0.count < 16 }) {
            throw ConfigurationError(file: path, message: "token \(short + 1) is shorter than 16 characters; make one with `openssl rand -hex 32`")
        }
        return tokens
    }
}
