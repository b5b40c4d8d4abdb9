import Foundation
import NewsCore
import NewsStorePostgres
import Yams

/// A configuration file that cannot be used, with the place and the reason.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): \(message)"
    }
}

/// Reads the YAML configuration file over the defaults. Unknown keys are errors, so a typo
/// never silently falls back to a default.
public enum ConfigurationLoader {
    public static let keys = [
        "inbox", "state_dir", "processed_dir", "failed_dir", "after_ingest", "recursive", "min_file_age",
        "rescan_interval", "max_file_size", "batch_max_files", "batch_max_wait", "ignore_suffixes", "log_level",
        "topics_file", "subscriptions_file", "story_window", "story_similarity", "alert_window", "quarantine_after",
        "stall_timeout", "stop_timeout", "max_feed_items", "sinks", "metrics_file", "metrics_interval", "inboxes", "retention",
        "web",
        "store", "read_store", "password_file", "server_name",
    ]

    public static func load(
        file: String, over defaults: NewsdConfiguration = NewsdConfiguration()
    ) throws(ConfigurationError) -> NewsdConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: file, message: "cannot read the configuration file (\(error.localizedDescription)); check the path given to --config")
        }
        return try parse(text, file: file, over: defaults)
    }

    public static func parse(
        _ text: String, file: String, over defaults: NewsdConfiguration = NewsdConfiguration()
    ) throws(ConfigurationError) -> NewsdConfiguration {
        var config = defaults
        let root: Node?
        do { root = try YAMLDocument.compose(text) } catch {
            throw ConfigurationError(file: file, line: error.line, column: error.column, message: error.message)
        }
        guard let root else { return config }
        guard let mapping = root.mapping else {
            throw ConfigurationError(file: file, line: root.mark.map { $0.line }, message: "the file must be a mapping of keys to values")
        }
        var stateSet = false, processedSet = false, failedSet = false
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            func fail(_ message: String) -> ConfigurationError {
                ConfigurationError(file: file, line: line, message: "\(key): \(message)")
            }
            func string() throws(ConfigurationError) -> String {
                guard let s = value.scalar?.string, !s.isEmpty else { throw fail("expected a non-empty string") }
                return s
            }
            /// A path: a relative one is taken from the configuration file's own folder.
            func path() throws(ConfigurationError) -> String { resolve(try string(), relativeTo: file) }
            switch key {
            case "inbox": config.inbox = try path(); config.inboxIsExplicit = true
            case "state_dir": config.stateDirectory = try path(); stateSet = true
            case "processed_dir": config.processedDirectory = try path(); processedSet = true
            case "failed_dir": config.failedDirectory = try path(); failedSet = true
            case "after_ingest":
                guard let v = NewsdConfiguration.AfterIngest(rawValue: try string()) else {
                    throw fail("expected one of: move, delete")
                }
                config.afterIngest = v
            case "recursive":
                guard let b = value.bool else { throw fail("expected true or false") }
                config.recursive = b
            case "min_file_age": config.minimumFileAge = try duration(try string(), in: 0...86_400, fail)
            case "rescan_interval": config.rescanInterval = try duration(try string(), in: 1...86_400, fail)
            case "batch_max_wait": config.batchMaximumWait = try duration(try string(), in: 0...10, fail)
            case "max_file_size": config.maximumFileSize = try size(try string(), in: 1...(1 << 30), fail)
            case "max_feed_items":
                guard let n = value.int, (1...10_000_000).contains(n) else { throw fail("expected a whole number from 1 to 10000000") }
                config.maximumFeedItems = n
            case "batch_max_files":
                guard let n = value.int, (1...100_000).contains(n) else { throw fail("expected a whole number from 1 to 100000") }
                config.batchMaximumFiles = n
            case "ignore_suffixes": config.ignoredSuffixes = try suffixes(value, fail)
            case "log_level":
                let level = try string()
                guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(level) else {
                    throw fail("expected one of trace, debug, info, notice, warning, error, critical")
                }
                config.logLevel = level
            case "topics_file": config.topicsFile = try path()
            case "subscriptions_file": config.subscriptionsFile = try path()
            case "story_window": config.storyWindow = try duration(try string(), in: 60...maximumWindow, fail)
            case "story_similarity":
                guard let v = Double(try string()), (0.05...1).contains(v) else { throw fail("expected a number from 0.05 to 1") }
                config.storySimilarity = v
            case "alert_window": config.alertWindow = try duration(try string(), in: 0...maximumWindow, fail)
            case "quarantine_after":
                guard let n = value.int, (1...100).contains(n) else { throw fail("expected a whole number of crashes from 1 to 100") }
                config.quarantineAfter = n
            case "stall_timeout": config.stallTimeout = try duration(try string(), in: 1...86_400, fail)
            case "retention": config.retention = try duration(try string(), in: 3600...(100 * 365 * 86_400), fail)
            case "stop_timeout": config.stopTimeout = try duration(try string(), in: 0.1...3600, fail)
            case "sinks": config.sinks = try SinkConfigurationParser.parse(value, file: file)
            case "inboxes": config.inboxes = try inboxes(value, file: file)
            case "metrics_file": config.metricsFile = try path()
            case "store", "read_store":
                var text = try string()
                if PostgresLocation.isURL(text) {
                    do { _ = try PostgresLocation(url: text) } catch { throw fail("\(error)") }
                } else {
                    text = resolve(text, relativeTo: file)
                }
                if key == "store" { config.store = text } else { config.readStore = text }
            case "password_file": config.passwordFile = try path()
            case "server_name":
                let name = try string()
                guard name.count <= 64, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                    throw fail("expected at most 64 letters, digits, '-', '_' or '.'")
                }
                config.serverName = name
            case "metrics_interval": config.metricsInterval = try duration(try string(), in: 1...3600, fail)
            case "web": config.web = try WebSettings.parse(value, file: file)
            default:
                throw fail("unknown key; the keys are: \(keys.joined(separator: ", "))")
            }
        }
        if !config.inboxes.isEmpty && mapping.contains(where: { $0.key.string == "inbox" }) {
            throw ConfigurationError(file: file, message: "inbox and inboxes: give one inbox, or a list of them under inboxes:, not both")
        }
        if stateSet && !processedSet && defaults.processedDirectory == defaults.stateDirectory + "/processed" {
            config.processedDirectory = config.stateDirectory + "/processed"
        }
        if stateSet && !failedSet && defaults.failedDirectory == defaults.stateDirectory + "/failed" {
            config.failedDirectory = config.stateDirectory + "/failed"
        }
        return config
    }

    /// `ignore_suffixes:`, at the top level or in an inbox: a list of non-empty name endings.
    static func suffixes(_ value: Node, _ fail: (String) -> ConfigurationError) throws(ConfigurationError) -> [String] {
        guard let seq = value.sequence else { throw fail("expected a list of name endings, e.g. [\".tmp\"]") }
        return try seq.map { node throws(ConfigurationError) in
            guard let s = node.string, !s.isEmpty else { throw fail("every entry must be a non-empty string") }
            return s
        }
    }

    /// The entries of `inboxes:`, each a mapping with `path` and optional settings.
    static func inboxes(_ value: Node, file: String) throws(ConfigurationError) -> [InboxSettings] {
        guard let list = value.sequence, !list.isEmpty else {
            throw ConfigurationError(file: file, line: value.mark?.line, message: "inboxes: expected a list of inboxes, each with path: (and source:, recursive:, ...)")
        }
        guard list.count <= 64 else {
            throw ConfigurationError(file: file, line: value.mark?.line, message: "inboxes: at most 64 inboxes (each has a thread and an inotify instance); watch a parent folder with recursive: true instead")
        }
        var out: [InboxSettings] = []
        for node in list {
            let line = node.mark?.line
            func fail(_ message: String) -> ConfigurationError { ConfigurationError(file: file, line: line, message: "inboxes: \(message)") }
            guard let map = node.mapping else { throw fail("each inbox is a mapping with path: and its options") }
            for key in map.keys where !InboxSettings.keys.contains(key.string ?? "") {
                throw ConfigurationError(file: file, line: key.mark?.line, message: "inboxes: \(key.string ?? "?"): unknown key; an inbox's keys are \(InboxSettings.keys.joined(separator: ", "))")
            }
            func string(_ key: String) throws(ConfigurationError) -> String? {
                guard let node = map[key] else { return nil }
                guard let s = node.scalar?.string, !s.isEmpty else { throw fail("\(key): expected a non-empty string") }
                return s
            }
            guard let path = try string("path") else { throw fail("every inbox needs a path:") }
            var settings = InboxSettings(path: resolve(path, relativeTo: file))
            guard !out.contains(where: { $0.path == settings.path }) else { throw fail("\(path) is listed twice") }
            settings.source = try string("source")
            if let node = map["recursive"] {
                guard let b = node.bool else { throw fail("recursive: expected true or false") }
                settings.recursive = b
            }
            if let s = try string("min_file_age") { settings.minimumFileAge = try duration(s, in: 0...86_400) { fail("min_file_age: \($0)") } }
            if let s = try string("after_ingest") {
                guard let v = NewsdConfiguration.AfterIngest(rawValue: s) else { throw fail("after_ingest: expected one of: move, delete") }
                settings.afterIngest = v
            }
            if let node = map["ignore_suffixes"] { settings.ignoredSuffixes = try suffixes(node) { fail("ignore_suffixes: \($0)") } }
            settings.processedDirectory = try string("processed_dir").map { resolve($0, relativeTo: file) }
            settings.failedDirectory = try string("failed_dir").map { resolve($0, relativeTo: file) }
            out.append(settings)
        }
        return out
    }

    /// `path` as written when absolute, else taken from the folder of the configuration `file`
    /// (so a configuration works the same from any working directory, as systemd runs it from /).
    public static func resolve(_ path: String, relativeTo file: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        let folder = FileNames.parent(of: file)
        guard !folder.isEmpty, folder != ".", folder != file else { return path }
        return folder == "/" ? "/" + path : folder + "/" + path
    }

    /// The longest story or alert window: a year.
    public static let maximumWindow: Double = 365 * 86_400

    /// `250ms`, `20s`, `5m`, `1h`, `7d`, or a number of seconds, within `range` (seconds).
    public static func duration(
        _ s: String, in range: ClosedRange<Double>, _ fail: (String) -> ConfigurationError
    ) throws(ConfigurationError) -> Double {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        var seconds = Double(s)
        for (suffix, scale) in units where seconds == nil && s.hasSuffix(suffix) {
            seconds = Double(s.dropLast(suffix.count)).map { $0 * scale }
        }
        guard let seconds, seconds >= 0, !seconds.isNaN else {
            throw fail("expected a duration such as 250ms, 20s, 5m, 1h or 7d, not \"\(YAMLDocument.clip(s))\"")
        }
        guard range.contains(seconds) else {
            throw fail("\(YAMLDocument.clip(s)) is out of range: use from \(describe(seconds: range.lowerBound)) to \(describe(seconds: range.upperBound))")
        }
        return seconds
    }

    /// `16MiB`, `512KiB`, `1GiB`, `64kB`, or a number of bytes, within `range`.
    public static func size(
        _ s: String, in range: ClosedRange<Int64>, _ fail: (String) -> ConfigurationError
    ) throws(ConfigurationError) -> Int64 {
        let units: [(String, Double)] = [
            ("KiB", 1024), ("MiB", 1_048_576), ("GiB", 1_073_741_824), ("kB", 1000), ("KB", 1000), ("MB", 1e6), ("GB", 1e9),
            ("B", 1),
        ]
        var bytes = Double(s)
        for (suffix, scale) in units where bytes == nil && s.hasSuffix(suffix) {
            bytes = Double(s.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)).map { $0 * scale }
        }
        guard let bytes, bytes >= 0, !bytes.isNaN else {
            throw fail("expected a size such as 16MiB, 512KiB or a number of bytes, not \"\(YAMLDocument.clip(s))\"")
        }
        // Compared as a Double first: Int64(bytes) traps past Int64.max.
        guard bytes >= Double(range.lowerBound), bytes <= Double(range.upperBound) else {
            throw fail("\(YAMLDocument.clip(s)) is out of range: use from \(describe(bytes: range.lowerBound)) to \(describe(bytes: range.upperBound))")
        }
        return Int64(bytes)
    }

    /// `0s`, `250ms`, `10s`, `24h`, `365d`: the largest unit that divides the value (days from two on).
    static func describe(seconds: Double) -> String {
        if seconds > 0 && seconds < 1 { return "\(Int((seconds * 1000).rounded()))ms" }
        for (suffix, scale) in [("d", 86_400.0), ("h", 3600), ("m", 60)]
        where seconds >= (suffix == "d" ? 2 * scale : scale) && seconds.truncatingRemainder(dividingBy: scale) == 0 {
            return "\(Int(seconds / scale))\(suffix)"
        }
        return "\(Int(seconds))s"
    }

    /// `1 byte`, `512KiB`, `1GiB`.
    static func describe(bytes: Int64) -> String {
        for (suffix, shift) in [("GiB", Int64(30)), ("MiB", 20), ("KiB", 10)] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(suffix)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
