import CYaml
import Yams

/// Reads a YAML file (configuration, subscriptions, topics) into a Yams tree after checking,
/// with libyaml's own event parser, that building and walking that tree costs a bounded
/// amount of stack and time: at most ``maximumSize`` bytes, ``maximumDepth`` levels of nesting
/// and ``maximumNodes`` nodes once aliases are expanded (a "billion laughs" of aliases made
/// `rules check` spin for minutes). Errors give the line and column and quote at most
/// ``excerptLength`` characters of the line, never a whole 100 KB line.
public enum YAMLDocument {
    public static let maximumSize = 16 << 20
    public static let maximumDepth = 64
    public static let maximumNodes = 1_000_000
    static let excerptLength = 120

    /// Why a YAML text was refused: where (1-based, when known) and what.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int?
        public var column: Int?
        public var message: String
    }

    /// The first document of `text`, or nil when it holds none.
    /// - Throws: ``Problem`` for a syntax error or a document over the limits.
    public static func compose(_ text: String) throws(Problem) -> Node? {
        try check(text)
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw problem(error, in: text)
        } catch {
            throw Problem(line: nil, column: nil, message: "not valid YAML: " + clip(String(describing: error)))
        }
    }

    /// Runs libyaml's parser over `text` (iteratively: no recursion, no tree) and refuses it
    /// when it is too large, nests too deep, expands to too many nodes, or does not parse.
    static func check(_ text: String) throws(Problem) {
        let size = text.utf8.count
        guard size <= maximumSize else {
            throw Problem(line: nil, column: nil, message: "the file is \(size) bytes; at most \(maximumSize >> 20) MiB are read: split it")
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw Problem(line: nil, column: nil, message: "out of memory reading YAML") }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        var failure: Problem?
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            failure = walkEvents(&parser, text)
        }
        if let failure { throw failure }
    }

    private static func walkEvents(_ parser: inout yaml_parser_t, _ text: String) -> Problem? {
        var open: [(anchor: String?, nodesBefore: Int)] = []
        var anchors: [String: Int] = [:]
        var nodes = 0
        func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? { pointer.map { String(cString: $0) } }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return syntaxProblem(parser, text) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard open.count < maximumDepth else {
                    return Problem(line: line, column: column, message: tooDeep)
                }
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? name(event.data.sequence_start.anchor) : name(event.data.mapping_start.anchor)
                open.append((anchor, nodes))
                nodes += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let (anchor, before) = open.popLast(), let anchor { anchors[anchor] = nodes - before }
            case YAML_SCALAR_EVENT:
                if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
                nodes += 1
            case YAML_ALIAS_EVENT:
                nodes += name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1
            default:
                continue
            }
            if nodes > maximumNodes {
                return Problem(
                    line: line, column: column,
                    message: "the YAML expands to more than \(maximumNodes) values through its aliases (*name); use fewer aliases")
            }
        }
    }

    static let tooDeep = "the YAML nests deeper than \(maximumDepth) levels (lists and mappings inside one another); flatten it"

    private static func syntaxProblem(_ parser: yaml_parser_t, _ text: String) -> Problem {
        var line: Int, column: Int
        if parser.error == YAML_READER_ERROR {
            // Reader errors (a control character, say) have a byte offset, not a mark.
            let prefix = text.utf8.prefix(parser.problem_offset)
            line = prefix.count(where: { $0 == 0x0A }) + 1
            column = String(decoding: prefix.reversed().prefix(while: { $0 != 0x0A }).reversed(), as: UTF8.self).count + 1
        } else {
            line = parser.problem_mark.line + 1
            column = parser.problem_mark.column + 1
        }
        var message = parser.problem.map { String(cString: $0) } ?? "a syntax error"
        if message.hasPrefix("Maximum nesting level") {
            // libyaml's scanner, which reads ahead, stops at 1,000 levels before the check above does.
            return Problem(line: line, column: column, message: tooDeep)
        }
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        return Problem(line: line, column: column, message: "not valid YAML: " + message + excerpt(text, line: line, column: column))
    }

    private static func problem(_ error: YamlError, in text: String) -> Problem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Problem(line: mark.line, column: mark.column, message: "not valid YAML: " + clip(problem) + excerpt(text, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Problem(
                line: context.mark.line, column: nil,
                message: "a key is given twice in one mapping: " + clip(duplicates.joined(separator: ", ")) + "; keep one")
        default:
            return Problem(line: nil, column: nil, message: "not valid YAML: " + clip(String(describing: error)))
        }
    }

    /// `; near "..."` with at most ``excerptLength`` characters of the line around the column.
    static func excerpt(_ text: String, line: Int, column: Int) -> String {
        // By bytes: in a String, "\r\n" is one Character, which is not "\n".
        let lines = text.utf8.split(separator: 0x0A, maxSplits: line, omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return "" }
        var content = Substring(String(decoding: lines[line - 1], as: UTF8.self))
        if content.hasSuffix("\r") { content = content.dropLast() }
        guard !content.isEmpty else { return "" }
        let count = content.count
        guard count > excerptLength else { return "; near \"\(content)\"" }
        let start = max(0, min(column - 1 - excerptLength / 2, count - excerptLength))
        let from = content.index(content.startIndex, offsetBy: start)
        let piece = content[from...].prefix(excerptLength)
        return "; near \"\(start > 0 ? "..." : "")\(piece)\(start + excerptLength < count ? "..." : "")\" (a line of \(count) characters)"
    }

    /// At most ``excerptLength`` characters of a message from outside.
    public static func clip(_ s: String) -> String {
        s.count <= excerptLength ? s : String(s.prefix(excerptLength)) + "..."
    }
}
