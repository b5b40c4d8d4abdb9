/// One inbox of `inboxes:`: its folder, the source its articles get when they name none, and
/// the options that may differ from one inbox to the next (as Filebeat's inputs each have
/// theirs). What is not set here is taken from the top level of the configuration.
public struct InboxSettings: Sendable, Equatable {
    public var path: String
    public var source: String?
    public var recursive: Bool?
    public var minimumFileAge: Double?
    public var afterIngest: NewsdConfiguration.AfterIngest?
    public var ignoredSuffixes: [String]?
    public var processedDirectory: String?
    public var failedDirectory: String?

    public init(path: String) {
        self.path = path
    }

    /// The keys an entry of `inboxes:` may have.
    public static let keys = ["path", "source", "recursive", "min_file_age", "after_ingest", "ignore_suffixes", "processed_dir", "failed_dir"]
}
