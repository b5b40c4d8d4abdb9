import CNewsData

/// Reads the data files that CNewsData compiles into the binary.
public enum EmbeddedData {
    /// The file's bytes as text.
    static func text(_ file: (UnsafeMutablePointer<Int>?) -> UnsafePointer<UInt8>?) -> String {
        var count = 0
        guard let start = file(&count) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
}
