import Foundation
import NewsCore
import Yams

/// Reads a subscriptions file:
///
///     subscriptions:
///       - id: senkaku
///         query: 'place:"Senkaku Islands"'
///         priority: warning
///         description: Every article on the Senkaku Islands
///         window: 24h
///         sinks: [journal, ops-webhook]
///
/// Every error names the file, the line and column (inside the query too), and the subscription.
public enum SubscriptionLoader {
    static let keys = ["id", "query", "priority", "description", "window", "sinks"]

    /// Whether `id` is a valid subscription or sink id: letters, digits, `-`, `_` and `.`.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    /// - Parameter sinks: the sink ids the configuration defines; a subscription naming another
    ///   is an error (nil: not checked).
    ///   - vocabulary: the topics, languages and names queries are checked against (dead rules
    ///     are errors); warnings and notes go to `warnings`, placed in the file.
    public static func load(
        file: String, sinks: Set<String>? = nil, vocabulary: QueryVocabulary? = nil,
        warnings: ((ConfigurationError) -> Void)? = nil
    ) throws(ConfigurationError) -> SubscriptionIndex {
        let text: String
        do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
            throw ConfigurationError(file: file, message: "cannot read the subscriptions file (\(error.localizedDescription)); check subscriptions_file in the configuration")
        }
        return try parse(text, file: file, sinks: sinks, vocabulary: vocabulary, warnings: warnings)
    }

    public static func parse(
        _ text: String, file: String, sinks known: Set<String>? = nil, vocabulary: QueryVocabulary? = nil,
        warnings: ((ConfigurationError) -> Void)? = nil
    ) throws(ConfigurationError) -> SubscriptionIndex {
        let root: Node?
        do { root = try YAMLDocument.compose(text) } catch {
            throw ConfigurationError(file: file, line: error.line, column: error.column, message: error.message)
        }
        guard let root else { return SubscriptionIndex([]) }
        guard let list = root.mapping?["subscriptions"]?.sequence ?? root.sequence else {
            throw ConfigurationError(file: file, line: root.mark?.line, message: "expected `subscriptions:` followed by a list of subscriptions")
        }
        var out: [Subscription] = []
        var ids = Set<String>()
        for node in list {
            guard let map = node.mapping else {
                throw ConfigurationError(file: file, line: node.mark?.line, message: "each subscription must be a mapping with id and query")
            }
            for key in map.keys where !keys.contains(key.string ?? "") {
                throw ConfigurationError(file: file, line: key.mark?.line,
                                         message: "\(key.string ?? "?"): unknown key; the keys are \(keys.joined(separator: ", "))")
            }
            guard let id = map["id"]?.string, isValidID(id) else {
                throw ConfigurationError(file: file, line: node.mark?.line, message: "every subscription needs an id of letters, digits, - _ and .")
            }
            guard ids.insert(id).inserted else {
                throw ConfigurationError(file: file, line: map["id"]?.mark?.line, message: "\(id): this id is used twice")
            }
            guard let queryNode = map["query"], let query = queryNode.string else {
                throw ConfigurationError(file: file, line: node.mark?.line, message: "\(id): a query is missing")
            }
            let priority = map["priority"]?.string ?? "notice"
            guard Subscription.priorities[priority] != nil else {
                throw ConfigurationError(file: file, line: map["priority"]?.mark?.line,
                                         message: "\(id): priority \(priority) is not a syslog level; use emerg, alert, crit, err, warning, notice, info or debug")
            }
            var window: Double?
            if let w = map["window"]?.string {
                window = try ConfigurationLoader.duration(w, in: 0...ConfigurationLoader.maximumWindow) { ConfigurationError(file: file, line: map["window"]?.mark?.line, message: "\(id): window: \($0)") }
            }
            let sinks = try parseSinks(map["sinks"], subscription: id, known: known, file: file)
            // Places a line and column of the query inside the file.
            func place(_ qLine: Int, _ qColumn: Int) -> (line: Int, column: Int) {
                let mark = queryNode.mark
                let quoted = queryNode.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
                let line = (mark?.line ?? 0) + qLine - 1
                return (line, qLine == 1 ? (mark?.column ?? 0) + qColumn + (quoted ? 1 : 0) - 1 : qColumn)
            }
            do {
                let subscription = try Subscription(
                    id: id, query: query, priority: priority, description: map["description"]?.string ?? "", window: window,
                    sinks: sinks, vocabulary: vocabulary)
                for finding in subscription.findings {
                    let at = place(finding.line, finding.column)
                    warnings?(ConfigurationError(file: file, line: at.line, column: at.column, message: "\(finding.severity.rawValue): \(id): query: \(finding.message)"))
                }
                out.append(subscription)
            } catch {
                let at = place(error.line, error.column)
                throw ConfigurationError(file: file, line: at.line, column: at.column, message: "\(id): query: \(error.message)")
            }
        }
        return SubscriptionIndex(out)
    }

    /// A subscription's `sinks:` (a list of sink ids, or one id), each checked against `known`.
    private static func parseSinks(_ node: Node?, subscription id: String, known: Set<String>?, file: String) throws(ConfigurationError) -> [String] {
        guard let node else { return [AlertDelivery.journal] }
        let items = node.sequence.map(Array.init) ?? [node]
        guard !items.isEmpty else {
            throw ConfigurationError(file: file, line: node.mark?.line, column: node.mark?.column,
                                     message: "\(id): sinks: name at least one sink (journal is the default)")
        }
        var out: [String] = []
        for item in items {
            guard let name = item.scalar?.string, isValidID(name) else {
                throw ConfigurationError(file: file, line: item.mark?.line, column: item.mark?.column,
                                         message: "\(id): sinks: expected a list of sink ids such as [journal, ops-webhook]")
            }
            if let known, !known.contains(name) {
                throw ConfigurationError(file: file, line: item.mark?.line, column: item.mark?.column,
                                         message: "\(id): sinks: no sink \(name) is configured; the sinks are \(known.sorted().joined(separator: ", ")) (add it under sinks: in newsd.yaml)")
            }
            if !out.contains(name) { out.append(name) }
        }
        return out
    }
}
