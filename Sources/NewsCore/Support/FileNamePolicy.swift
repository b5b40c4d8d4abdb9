/// Which inbox names newsd leaves alone: dotfiles and the temporary names that downloaders,
/// editors and rsync use while a file is still being written.
public struct FileNamePolicy: Sendable, Equatable {
    public static let defaultIgnoredSuffixes = [".tmp", ".part", ".partial", "~", ".swp", ".crdownload"]

    public var ignoredSuffixes: [String]

    public init(extraIgnoredSuffixes: [String] = []) {
        ignoredSuffixes = Self.defaultIgnoredSuffixes + extraIgnoredSuffixes
    }

    /// True when a file of this name (last path component) should be ingested.
    public func accepts(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix(".") else { return false }
        let lower = name.lowercased()
        return !ignoredSuffixes.contains { lower.hasSuffix($0.lowercased()) }
    }
}
