import Foundation
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
        "stall_timeout", "stop_timeout",
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
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationError(file: file, line: nil, message: "not valid YAML: \(error)")
        } catch {
            throw ConfigurationError(file: file, line: nil, message: "not valid YAML: \(error)")
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
            case "min_file_age": config.minimumFileAge = try duration(try string(), fail)
            case "rescan_interval":
                config.rescanInterval = try duration(try string(), fail)
                if config.rescanInterval < 1 { throw fail("must be at least 1s") }
            case "batch_max_wait": config.batchMaximumWait = try duration(try string(), fail)
            case "max_file_size":
                config.maximumFileSize = try size(try string(), fail)
                if config.maximumFileSize < 1 { throw fail("must be at least 1 byte") }
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
            case "story_window":
                config.storyWindow = try duration(try string(), fail)
                if config.storyWindow < 60 { throw fail("must be at least 1m") }
            case "story_similarity":
                guard let v = Double(try string()), (0.05...1).contains(v) else { throw fail("expected a number from 0.05 to 1") }
                config.storySimilarity = v
            case "alert_window": config.alertWindow = try duration(try string(), fail)
            case "quarantine_after":
                guard let n = value.int, (1...100).contains(n) else { throw fail("expected a whole number of crashes from 1 to 100") }
                config.quarantineAfter = n
            case "stall_timeout":
                config.stallTimeout = try duration(try string(), fail)
                if !(1...86_400).contains(config.stallTimeout) { throw fail("must be from 1s to 24h") }
            case "stop_timeout":
                config.stopTimeout = try duration(try string(), fail)
                if !(0.1...3600).contains(config.stopTimeout) { throw fail("must be from 100ms to 1h") }
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

    /// `250ms`, `20s`, `5m`, `1h`, or a number of seconds.
    public static func duration(
        _ s: String, _ fail: (String) -> ConfigurationError
    ) throws(ConfigurationError) -> Double {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where s.hasSuffix(suffix) {
            if let v = Double(s.dropLast(suffix.count)), v >= 0 { return v * scale }
        }
        if let v = Double(s), v >= 0 { return v }
        throw fail("expected a duration such as 250ms, 20s, 5m or 1h, not \"\(s)\"")
    }

    /// `16MiB`, `512KiB`, `1GiB`, `64kB`, or a number of bytes.
    public static func size(_ s: String, _ fail: (String) -> ConfigurationError) throws(ConfigurationError) -> Int64 {
        let units: [(String, Double)] = [
            ("KiB", 1024), ("MiB", 1_048_576), ("GiB", 1_073_741_824), ("kB", 1000), ("KB", 1000), ("MB", 1e6), ("GB", 1e9),
            ("B", 1),
        ]
        for (suffix, scale) in units where s.hasSuffix(suffix) {
            if let v = Double(s.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), v >= 0 {
                return Int64(v * scale)
            }
        }
        if let v = Int64(s), v >= 0 { return v }
        throw fail("expected a size such as 16MiB, 512KiB or a number of bytes, not \"\(s)\"")
    }
}
