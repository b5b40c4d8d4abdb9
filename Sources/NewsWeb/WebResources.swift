import CNewsWebData
import Foundation
import Mustache
import Yams

/// NewsWeb's data files (templates, stylesheet, script, OpenAPI document), compiled into the binary by CNewsWebData.
public enum WebResources {
    /// Every data file's path under Sources/NewsWeb/Resources.
    public static var paths: [String] {
        var out: [String] = []
        while let path = newsweb_resource_path(out.count) { out.append(String(cString: path)) }
        return out
    }

    /// The bytes of `path` ("static/newsd.css"), or nil.
    public static func bytes(_ path: String) -> [UInt8]? {
        var count = 0
        guard let start = newsweb_resource(path, &count) else { return nil }
        return Array(UnsafeBufferPointer(start: start, count: count))
    }

    public static func text(_ path: String) -> String? {
        bytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The templates, by name without folder and extension ("article").
    static let templates: MustacheLibrary = {
        var library = MustacheLibrary()
        for path in paths where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            // The templates are ours and tested: a syntax error is a programming error.
            do { try library.register(text(path) ?? "", named: name) } catch { fatalError("NewsWeb: template \(path): \(error)") }
        }
        return library
    }()

    /// The OpenAPI document as JSON (it is kept as YAML, which people read and edit more easily).
    public static let openAPIJSON: [UInt8] = {
        do {
            let document = try Yams.load(yaml: text("openapi.yaml") ?? "")
            return Array(try JSONSerialization.data(withJSONObject: document ?? [:], options: [.sortedKeys]))
        } catch {
            fatalError("NewsWeb: openapi.yaml does not parse: \(error)")
        }
    }()

    /// The OpenAPI document as a tree, for the tests that hold the routes against it.
    public static func openAPIDocument() throws -> [String: Any] {
        (try Yams.load(yaml: text("openapi.yaml") ?? "") as? [String: Any]) ?? [:]
    }
}
