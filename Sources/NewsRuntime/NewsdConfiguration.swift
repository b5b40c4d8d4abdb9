import Foundation
import NewsCore
import NewsStorePostgres

/// Everything `newsd run` can be told, with the embedded defaults. Every key can be set in the
/// YAML configuration file; see `examples/newsd.yaml`.
public struct NewsdConfiguration: Sendable, Equatable {
    public enum AfterIngest: String, Sendable, CaseIterable { case move, delete }

    /// The folder watched for new articles.
    public var inbox: String
    /// The inbox was named (`inbox:` or `--inbox`), not the built-in default: newsd then refuses
    /// to start when it does not exist (a typo must not create a folder nobody writes to);
    /// the default `./inbox` (or the spool's) is created.
    public var inboxIsExplicit = false
    /// Several inboxes in one daemon (`inboxes:`), each watched by an engine of its own, all
    /// into one store; empty: the one `inbox`.
    public var inboxes: [InboxSettings] = []
    /// Articles from this inbox that name no source get this one (an inbox of `inboxes:`).
    public var inboxSource: String?
    /// The crash ledger's file in the state directory (one per inbox).
    public var ledgerFileName = "newsd.inflight"
    /// Where the store (`newsd.db`) lives.
    public var stateDirectory: String
    /// Ingested files go to `processed/YYYY/MM/DD/` here (with `after_ingest: move`).
    public var processedDirectory: String
    /// Files that are not articles go here, each with `NAME.error.json` beside it.
    public var failedDirectory: String
    public var afterIngest: AfterIngest = .move
    /// Watch subfolders of the inbox too.
    public var recursive = false
    /// Leave a file alone until its last change is at least this old (seconds).
    public var minimumFileAge: Double = 0
    /// A full scan of the inbox at this interval catches anything inotify missed (seconds).
    public var rescanInterval: Double = 300
    public var maximumFileSize: Int64 = 16 << 20
    /// A feed with more items than this is refused whole (its items are committed in one transaction).
    public var maximumFeedItems = 100_000
    /// Group commit: at most this many files in one transaction...
    public var batchMaximumFiles = 256
    /// ...and at most this long a wait for more files while a commit is in flight (seconds).
    public var batchMaximumWait: Double = 0.020
    /// Extra name endings to ignore, beside the built-in temporary names.
    public var ignoredSuffixes: [String] = []
    public var logLevel = "info"
    /// A YAML file of topics added to the default taxonomy (or replacing its topics by id).
    public var topicsFile: String?
    /// A YAML file of alert subscriptions; none means no alerts.
    public var subscriptionsFile: String?
    /// Articles further apart than this are not of one story (seconds).
    public var storyWindow: Double = 72 * 3600
    /// Weighted key overlap two articles need to be linked into one story (see README, Stories).
    public var storySimilarity = 0.18
    /// A subscription alerts once per story within this window (seconds).
    public var alertWindow: Double = 24 * 3600
    /// A file in hand when newsd crashed or was killed this many times in a row goes to failed/
    /// (`crashed-newsd`) instead of being tried again.
    public var quarantineAfter = 3
    /// The watchdog ping stops when the pipeline has made no progress (no file read, decoded or
    /// committed, no turn of the loop) for this long (seconds), so systemd restarts a stuck newsd.
    public var stallTimeout: Double = 60
    /// On SIGTERM, the batch in hand is given this long (seconds); then newsd exits without it
    /// (its files stay in the inbox). Keep it below the unit's TimeoutStopSec.
    public var stopTimeout: Double = 10
    /// Prometheus text-format metrics are written here for node_exporter's textfile collector
    /// (none: no metrics). A change takes effect at the next restart.
    public var metricsFile: String?
    /// How often the metrics file is rewritten (seconds).
    public var metricsInterval: Double = 15
    /// Records ingested longer ago than this are pruned daily (seconds; `retention: 90d`); nil keeps all.
    public var retention: Double?
    /// Where alerts can go (`sinks:`); `journal` is always among them.
    public var sinks: [SinkConfiguration] = [.journal]
    /// `newsd web` (`web:`): the address, tokens and proxy header.
    public var web = WebSettings()

    /// The ids subscriptions may name.
    public var sinkIDs: Set<String> { Set(sinks.map(\.id)) }

    /// The defaults: `./inbox` and `./var` by hand; under systemd, `$STATE_DIRECTORY` and the
    /// spool named by `$NEWSD_SPOOL` (the unit sets it to `/var/spool/newsd`).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let state = environment["STATE_DIRECTORY"].flatMap { $0.split(separator: ":").first.map(String.init) } ?? "var"
        stateDirectory = state
        if let spool = environment["NEWSD_SPOOL"], !spool.isEmpty {
            inbox = spool + "/inbox"
            processedDirectory = spool + "/processed"
            failedDirectory = spool + "/failed"
        } else {
            inbox = "inbox"
            processedDirectory = state + "/processed"
            failedDirectory = state + "/failed"
        }
    }

    /// `store:`: a PostgreSQL URL (`postgres://user@host/db`), or the SQLite file's path; nil:
    /// `newsd.db` in the state directory.
    public var store: String?
    /// `read_store:`: where the read-only commands (list, show, story, search, stats, alerts, web)
    /// read, e.g. a PostgreSQL streaming replica; nil: `store:`. Writers never use it.
    public var readStore: String?
    /// `password_file:`: the PostgreSQL password's file (else `PGPASSWORD`).
    public var passwordFile: String?
    /// `server_name:`: this server's name in a shared PostgreSQL store (default: the host name).
    public var serverName: String?

    /// The SQLite store's file (when ``postgresURL`` is nil).
    public var storePath: String {
        if let store, !PostgresLocation.isURL(store) { return store }
        return stateDirectory + "/newsd.db"
    }

    /// The PostgreSQL store's URL, when `store:` names one.
    public var postgresURL: String? { store.flatMap { PostgresLocation.isURL($0) ? $0 : nil } }

    /// This configuration as the read-only commands use it: `read_store:` in place of `store:`.
    public var reading: NewsdConfiguration {
        guard let readStore else { return self }
        var c = self
        c.store = readStore
        c.readStore = nil
        return c
    }

    /// Where the store is, for messages: the SQLite path, or the PostgreSQL URL without secrets.
    public var storeDescription: String {
        guard let url = postgresURL else { return storePath }
        return (try? PostgresLocation(url: url).description) ?? "postgres://..."
    }

    /// One configuration per inbox: this one alone, or one for each of `inboxes:` with its own
    /// settings over the shared ones.
    public func inboxConfigurations() -> [NewsdConfiguration] {
        guard !inboxes.isEmpty else { return [self] }
        return inboxes.map { settings in
            var c = self
            c.inboxes = []
            c.inbox = settings.path
            c.inboxIsExplicit = true
            c.inboxSource = settings.source
            c.ledgerFileName = CrashLedger.fileName(inbox: settings.path)
            if let v = settings.recursive { c.recursive = v }
            if let v = settings.minimumFileAge { c.minimumFileAge = v }
            if let v = settings.afterIngest { c.afterIngest = v }
            if let v = settings.ignoredSuffixes { c.ignoredSuffixes = v }
            if let v = settings.processedDirectory { c.processedDirectory = v }
            if let v = settings.failedDirectory { c.failedDirectory = v }
            return c
        }
    }

    /// How the story linker is set up for this configuration (daemon, backfill and reindex alike).
    public var linkerConfiguration: StoryLinker.Configuration {
        var c = StoryLinker.Configuration()
        c.storyWindowMillis = Int64(storyWindow * 1000)
        c.storySimilarity = Float(storySimilarity)
        return c
    }
    public var namePolicy: FileNamePolicy { FileNamePolicy(extraIgnoredSuffixes: ignoredSuffixes) }

    /// The configuration file of an installed newsd (the Debian package's conffile).
    public static let installedFile = "/etc/newsd/newsd.yaml"

    /// The default config file, the first that exists: `$CONFIGURATION_DIRECTORY/newsd.yaml` under
    /// systemd (and only that); else `newsd.yaml` in `workingDirectory` (nil: the current one);
    /// else the installed `/etc/newsd/newsd.yaml`.
    public static func defaultFile(
        environment: [String: String] = ProcessInfo.processInfo.environment, workingDirectory: String? = nil,
        installed: String = installedFile
    ) -> String? {
        let exists = { (path: String) in FileManager.default.fileExists(atPath: path) ? path : nil }
        if let dir = environment["CONFIGURATION_DIRECTORY"]?.split(separator: ":").first {
            return exists("\(dir)/newsd.yaml")
        }
        return exists(workingDirectory.map { $0 + "/newsd.yaml" } ?? "newsd.yaml") ?? exists(installed)
    }

    /// `environment` with what the systemd unit sets, for a command run by hand on the installed
    /// configuration: the store in `/var/lib/newsd`, the spool in `/var/spool/newsd`.
    public static func installedEnvironment(_ environment: [String: String]) -> [String: String] {
        var environment = environment
        if environment["STATE_DIRECTORY"] == nil { environment["STATE_DIRECTORY"] = "/var/lib/newsd" }
        if environment["NEWSD_SPOOL"] == nil { environment["NEWSD_SPOOL"] = "/var/spool/newsd" }
        return environment
    }
}
