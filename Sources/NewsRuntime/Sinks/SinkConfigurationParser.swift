import Foundation
import NewsCore
import Yams

/// Reads `sinks:` of newsd.yaml: a list of `id` + `type` mappings with the type's own keys.
/// Every error names the file, the line and column, and the sink.
enum SinkConfigurationParser {
    static let commonKeys = ["id", "type"]
    static let keysByType: [String: [String]] = [
        "journal": ["socket"],
        "webhook": ["url", "headers", "timeout", "secret_file", "secret_env", "template"],
        "exec": ["command", "timeout"],
    ]

    static func parse(_ value: Node, file: String) throws(ConfigurationError) -> [SinkConfiguration] {
        func fail(_ node: Node?, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: node?.mark?.line ?? value.mark?.line, column: node?.mark?.column, message: "sinks: \(message)")
        }
        guard let list = value.sequence else {
            throw fail(value, "expected a list of sinks, each with an id and a type (journal, webhook, exec)")
        }
        var out: [SinkConfiguration] = []
        var ids = Set<String>()
        for node in list {
            guard let map = node.mapping else { throw fail(node, "each sink must be a mapping with id and type") }
            guard let id = map["id"]?.string, SubscriptionLoader.isValidID(id) else {
                throw fail(map["id"] ?? node, "every sink needs an id of letters, digits, - _ and .")
            }
            guard ids.insert(id).inserted else { throw fail(map["id"], "\(id): this id is used twice") }
            let type = map["type"]?.string ?? (id == AlertDelivery.journal ? "journal" : "")
            guard let typeKeys = keysByType[type] else {
                throw fail(map["type"] ?? node, "\(id): type must be one of journal, webhook, exec")
            }
            for key in map.keys where !(commonKeys + typeKeys).contains(key.string ?? "") {
                throw fail(key, "\(id): \(key.string ?? "?"): unknown key for a \(type) sink; its keys are \((commonKeys + typeKeys).joined(separator: ", "))")
            }
            if id == AlertDelivery.journal && type != "journal" {
                throw fail(map["type"], "journal: this id is the journald sink; give the \(type) sink another id")
            }
            func string(_ key: String) throws(ConfigurationError) -> String? {
                guard let node = map[key] else { return nil }
                guard let s = node.scalar?.string, !s.isEmpty else { throw fail(node, "\(id): \(key): expected a non-empty string") }
                return s
            }
            func timeout(default d: Double) throws(ConfigurationError) -> Double {
                guard let t = try string("timeout") else { return d }
                return try ConfigurationLoader.duration(t, in: 0.1...3600) { fail(map["timeout"], "\(id): timeout: \($0)") }
            }
            switch type {
            case "journal":
                out.append(SinkConfiguration(id: id, kind: .journal(socket: try string("socket"))))
            case "webhook":
                guard let url = try string("url") else { throw fail(node, "\(id): a webhook needs url: (http:// or https://)") }
                guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                    throw fail(map["url"], "\(id): url: \(YAMLDocument.clip(url)) is not an http:// or https:// address")
                }
                var hook = SinkConfiguration.Webhook(url: url)
                if let headers = map["headers"] {
                    guard let pairs = headers.mapping else { throw fail(headers, "\(id): headers: expected a mapping of names to values") }
                    for (name, v) in pairs {
                        guard let n = name.string, !n.isEmpty, n.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
                              let s = v.scalar?.string, !s.contains(where: { $0.isNewline })
                        else { throw fail(name, "\(id): headers: each header needs a name of letters, digits and - and a one-line value") }
                        hook.headers[n] = s
                    }
                }
                hook.timeout = try timeout(default: 10)
                hook.secretFile = try string("secret_file").map { ConfigurationLoader.resolve($0, relativeTo: file) }
                hook.secretEnvironment = try string("secret_env")
                if hook.secretFile != nil && hook.secretEnvironment != nil {
                    throw fail(map["secret_env"], "\(id): give the secret by secret_file or secret_env, not both")
                }
                if let t = try string("template") {
                    guard let template = WebhookTemplate(rawValue: t) else {
                        throw fail(map["template"], "\(id): template: expected one of \(WebhookTemplate.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    hook.template = template
                }
                out.append(SinkConfiguration(id: id, kind: .webhook(hook)))
            default:
                guard let commandNode = map["command"], let argv = commandNode.sequence?.compactMap({ $0.scalar?.string }),
                      argv.count == commandNode.sequence?.count, argv.first?.isEmpty == false
                else {
                    throw fail(map["command"] ?? node, "\(id): an exec sink needs command: as a list, program first, e.g. [/usr/local/bin/page, --team, ops] (no shell runs it)")
                }
                var program = argv
                // A program named by a relative path is taken from the configuration's folder;
                // a bare name is looked up on PATH.
                if program[0].contains("/") { program[0] = ConfigurationLoader.resolve(program[0], relativeTo: file) }
                var exec = SinkConfiguration.Exec(command: program)
                exec.timeout = try timeout(default: 30)
                out.append(SinkConfiguration(id: id, kind: .exec(exec)))
            }
        }
        if !ids.contains(AlertDelivery.journal) { out.insert(.journal, at: 0) }
        return out
    }
}
