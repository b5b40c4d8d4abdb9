import CNewsData

/// Reads the data files that CNewsData compiles into the binary.
public enum EmbeddedData {
    /// Drops the data files' pages from the process's resident memory (``newsd_release_data_pages``):
    /// they are read once, at start, into tables of their own, and the kernel reads a page from the
    /// binary again if it is touched later. False when madvise refused.
    @discardableResult
    public static func releasePages() -> Bool { newsd_release_data_pages() == 0 }

    /// The data files' bytes in the binary, together.
    public static var bytes: Int { newsd_data_bytes() }

    /// The file's bytes as text.
    static func text(_ file: (UnsafeMutablePointer<Int>?) -> UnsafePointer<UInt8>?) -> String {
        var count = 0
        guard let start = file(&count) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
}
