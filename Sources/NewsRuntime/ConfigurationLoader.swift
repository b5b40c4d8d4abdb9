import Foundation
import NewsCore
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
        "stall_timeout", "stop_timeout", "max_feed_items", "sinks", "retention",
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
            switch key {
            case "inbox": config.inbox = try string()
            case "state_dir": config.stateDirectory = try string(); stateSet = true
            case "processed_dir": config.processedDirectory = try string(); processedSet = true
            case "failed_dir": config.failedDirectory = try string(); failedSet = true
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
            case "ignore_suffixes":
                guard let seq = value.sequence else { throw fail("expected a list of name endings, e.g. [\".tmp\"]") }
                config.ignoredSuffixes = try seq.map { node throws(ConfigurationError) in
                    guard let s = node.string, !s.isEmpty else { throw fail("every entry must be a non-empty string") }
                    return s
                }
            case "log_level":
                let level = try string()
                guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(level) else {
                    throw fail("expected one of trace, debug, info, notice, warning, error, critical")
                }
                config.logLevel = level
            case "topics_file": config.topicsFile = try string()
            case "subscriptions_file": config.subscriptionsFile = try string()
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
            default:
                throw fail("unknown key; the keys are: \(keys.joined(separator: ", "))")
            }
        }
        if stateSet && !processedSet && defaults.processedDirectory == defaults.stateDirectory + "/processed" {
            config.processedDirectory = config.stateDirectory + "/processed"
        }
        if stateSet && !failedSet && defaults.failedDirectory == defaults.stateDirectory + "/failed" {
            config.failedDirectory = config.stateDirectory + "/failed"
        }
        return config
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
