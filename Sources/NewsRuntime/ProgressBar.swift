import Glibc

/// A one-line progress bar on stderr, drawn only when stderr is a terminal, at most ten times a second.
public final class ProgressBar {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let start = monotonicNow()
    private var lastDraw = 0.0

    public init(total: Int, label: String, enabled: Bool = isatty(2) != 0) {
        self.total = total
        self.label = label
        self.enabled = enabled
    }

    public func update(_ done: Int, force: Bool = false) {
        guard enabled else { return }
        let now = monotonicNow()
        guard force || now - lastDraw >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now - start, 0.001)
        let rate = Double(done) / elapsed
        let fraction = total > 0 ? min(Double(done) / Double(total), 1) : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let eta = rate > 0 && total > done ? " ETA \(Int(Double(total - done) / rate))s" : ""
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r\(label) [\(bar)] \(done)/\(total) \(Int(fraction * 100))% \(Int(rate))/s\(eta)\u{1B}[K"
        writeStderr(line)
    }

    public func finish() {
        guard enabled else { return }
        update(total, force: true)
        writeStderr("\n")
    }
}

/// Writes straight to file descriptor 2 (no stdio buffering, no shared `FILE *`).
public func writeStderr(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
        if n <= 0 { return }
        offset += n
    }
}
