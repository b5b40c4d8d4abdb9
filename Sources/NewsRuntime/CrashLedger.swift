import Glibc
import NewsCore
import Synchronization

/// Which inbox files were in hand (being decoded, analysed or committed) when newsd died, and
/// how many times in a row: `<state_dir>/newsd.inflight`. It is rewritten in place before each
/// batch is decoded and after it is committed, so a file that crashes newsd (or hangs it until
/// the watchdog kills it) is counted at each start, taken alone once suspected, and set aside as
/// `crashed-newsd` once it has crashed newsd ``limit`` times.
///
/// The file is written with one pwrite(2) and no fsync: what must survive is the death of this
/// process (a crash, SIGKILL, a watchdog kill), and the kernel keeps a written page through
/// that. A power cut may lose the last write; it is not a crash of newsd, and the worst case is
/// one more try of the culprit. A torn write is caught by the length and checksum in the header.
final class CrashLedger: Sendable {
    private struct State {
        /// Crash counts read at start, by file identity, for files not yet settled in this run.
        var previous: [String: Int]
        /// Files in hand now, with the count they will have if newsd dies before they settle.
        var inFlight: [String: Int] = [:]
    }

    static let fileName = "newsd.inflight"

    /// The ledger's file name for an inbox of several (`inboxes:`): one per inbox, named after
    /// its path, so that a change in the list's order never mixes their suspects.
    static func fileName(inbox: String) -> String {
        "newsd-" + String(ContentHash.sha256Hex(Array(inbox.utf8)).prefix(12)) + ".inflight"
    }
    private static let magic = "newsd-inflight 1"
    /// Files suspected before are carried over at most this many (a crash-looping newsd with a
    /// flood of new files must not grow the file without bound).
    private static let carryLimit = 10_000

    let path: String
    let limit: Int
    private let fd: Int32
    private let state: Mutex<State>

    /// Opens (creating) the ledger in `directory` and reads what the previous run left.
    init(directory: String, limit: Int, fileName: String = CrashLedger.fileName) throws(SpoolError) {
        path = directory + "/" + fileName
        self.limit = limit
        let fd = Syscalls.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        self.fd = fd
        guard fd >= 0 else { throw SpoolError(path: path, errno: errno, action: "cannot open the crash ledger") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(bytes.count)) }
            if n <= 0 { break }
            bytes += chunk[..<n]
        }
        state = Mutex(State(previous: Self.parse(bytes)))
    }

    deinit { Glibc.close(fd) }

    /// How many times in a row newsd died with this file in hand.
    func crashes(_ identity: String) -> Int {
        state.withLock { $0.previous[identity] ?? 0 }
    }

    /// True when the ledger holds files from a crash not yet settled.
    var hasSuspects: Bool { state.withLock { !$0.previous.isEmpty } }

    /// Records that these files are now in hand; durable (as above) when it returns.
    func begin(_ identities: [String]) {
        guard !identities.isEmpty else { return }
        state.withLock { s in
            for id in identities { s.inFlight[id] = (s.previous[id] ?? 0) + 1 }
            write(s)
        }
    }

    /// These files are out of hand: committed (or the commit failed without a crash, or they
    /// were set aside). A settled file is no longer suspected.
    func settle(_ identities: [String]) {
        guard !identities.isEmpty else { return }
        state.withLock { s in
            for id in identities {
                s.inFlight[id] = nil
                s.previous[id] = nil
            }
            write(s)
        }
    }

    /// Nothing is in hand any more (a clean stop): only the suspects of an earlier crash stay.
    func release() {
        state.withLock { s in
            s.inFlight.removeAll()
            write(s)
        }
    }

    /// The same, then `_exit(status)` with the ledger still locked, so that no batch can be
    /// recorded in between: for a stop that cannot wait for the batch in hand.
    /// ``releaseAndExit(_:)`` for the ledgers of several inboxes: each is cleared under its lock,
    /// and the locks are held until the exit, so no engine writes a new batch in between.
    static func releaseAndExit(_ ledgers: ArraySlice<CrashLedger>, status: Int32) -> Never {
        guard let first = ledgers.first else { _exit(status) }
        guard ledgers.count > 1 else { first.releaseAndExit(status) }
        return first.state.withLock { s -> Never in
            s.inFlight.removeAll()
            first.write(s)
            releaseAndExit(ledgers.dropFirst(), status: status)
        }
    }

    func releaseAndExit(_ status: Int32) -> Never {
        state.withLock { s -> Never in
            s.inFlight.removeAll()
            write(s)
            _exit(status)
        }
    }

    private func write(_ s: State) {
        var body: [UInt8] = []
        var carried = 0
        for (id, count) in s.previous where s.inFlight[id] == nil && carried < Self.carryLimit {
            Self.line(count, id, into: &body)
            carried += 1
        }
        for (id, count) in s.inFlight { Self.line(count, id, into: &body) }
        var out = Array("\(Self.magic) \(body.count) \(Self.checksum(body))\n".utf8)
        out += body
        _ = out.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// `COUNT<TAB>IDENTITY-IN-HEX\n`: an identity holds a file name, which may hold any character.
    private static func line(_ count: Int, _ id: String, into body: inout [UInt8]) {
        body += Array("\(count)\t\(ContentHash.hex(Array(id.utf8)))\n".utf8)
    }

    static func parse(_ bytes: [UInt8]) -> [String: Int] {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return [:] }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 4, "\(header[0]) \(header[1])" == magic, let length = Int(header[2]),
            newline + 1 + length <= bytes.count
        else { return [:] }
        let body = Array(bytes[(newline + 1)..<(newline + 1 + length)])
        guard String(checksum(body)) == header[3] else { return [:] }
        var out: [String: Int] = [:]
        for line in body.split(separator: 0x0A) {
            let parts = line.split(separator: 0x09)
            guard parts.count == 2, let count = Int(String(decoding: parts[0], as: UTF8.self)),
                let id = unhex(Array(parts[1]))
            else { continue }
            out[id] = max(out[id] ?? 0, count)
        }
        return out
    }

    /// FNV-1a, 64 bits.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    private static func unhex(_ hex: [UInt8]) -> String? {
        ContentHash.bytes(hex: String(decoding: hex, as: UTF8.self)).flatMap { String(validating: $0, as: UTF8.self) }
    }
}
