import Foundation
import Glibc
import NewsRuntime
import Testing

/// Runs the built `newsd` binary on a temporary inbox, with a NOTIFY_SOCKET of its own.
final class DaemonHarness {
    let root: String
    var inbox: String { root + "/inbox" }
    var state: String { root + "/var" }
    var processed: String { state + "/processed" }
    var failed: String { state + "/failed" }
    private(set) var process: Process?
    private(set) var notify: NotifySocket?
    private var logIndex = 0

    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["NEWSD_BIN"] { return path }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("newsd").path
    }

    init() throws {
        var template = Array("/tmp/newsd-it-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.init(rawValue: errno)!) }
        root = String(cString: made)
        try FileManager.default.createDirectory(atPath: root + "/inbox", withIntermediateDirectories: true)
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    var logPath: String { root + "/daemon-\(logIndex).log" }
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Starts `newsd run` and waits for READY=1.
    @discardableResult
    func start(arguments: [String] = [], environment: [String: String] = [:], journal: Bool = false) throws -> NotifySocket {
        let socket = try launch(arguments: arguments, environment: environment, journal: journal)
        try socket.wait(for: "READY=1", timeout: 30) { $0.contains("READY=1") }
        return socket
    }

    /// Starts `newsd run` without waiting for anything. When it exits, `EXITED=<status>` arrives on
    /// its notify socket, so a test can await the exit like any other message.
    /// - Parameters:
    ///   - paths: pass the harness's --inbox and --state-dir (else `arguments` say where).
    ///   - directory: the working directory (default: the test's).
    @discardableResult
    func launch(
        arguments: [String] = [], environment: [String: String] = [:], journal: Bool = false, paths: Bool = true,
        directory: String? = nil, command: String = "run"
    ) throws -> NotifySocket {
        logIndex += 1
        let socket = try NotifySocket(path: root + "/notify-\(logIndex).sock")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = [command] + (paths ? ["--inbox", inbox, "--state-dir", state] : []) + arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let socketPath = socket.path
        p.terminationHandler = { process in NotifySocket.send("EXITED=\(process.terminationStatus)", to: socketPath) }
        var env = ProcessInfo.processInfo.environment
        env["NOTIFY_SOCKET"] = socket.path
        env[JournalMark.environmentKey] = "1"  // entries in the host's journal are marked as a test's
        env["JOURNAL_STREAM"] = nil
        env["WATCHDOG_USEC"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        if journal {
            // As systemd does for a service whose stderr is the journal: $JOURNAL_STREAM names its dev:inode.
            var st = stat()
            _ = stat(logPath, &st)
            env["JOURNAL_STREAM"] = "\(st.st_dev):\(st.st_ino)"
        }
        p.environment = env
        let log = FileHandle(forWritingAtPath: logPath)!
        p.standardError = log
        p.standardOutput = log
        try p.run()
        process = p
        notify = socket
        return socket
    }

    /// Waits for the daemon to exit (its `EXITED=` message); its status, or nil after `timeout`.
    func waitForExit(timeout: Double) -> Int32? {
        guard let message = try? notify?.wait(for: "the daemon's exit", timeout: timeout, { $0.hasPrefix("EXITED=") }) else {
            return nil
        }
        process?.waitUntilExit()
        process = nil
        return Int32(message.dropFirst("EXITED=".count))
    }

    /// Waits until a STATUS line satisfies `predicate` (counters since this start).
    func waitForStatus(
        _ what: String, timeout: Double = 60,
        _ predicate: ((ingested: Int, duplicates: Int, failed: Int, queued: Int)) -> Bool
    ) throws {
        do {
            try notify!.wait(for: what, timeout: timeout) { message in
                NotifySocket.counters(message).map(predicate) ?? false
            }
        } catch var timeout as NotifySocket.Timeout {
            // What the daemon said, and what is left in the inbox, for the failure's report (a
            // caller that expects a timeout, as the kill loops do, catches it as before).
            timeout.details = "; inbox: \(files(in: inbox)); the daemon's log:\n\(log.suffix(3000))"
            throw timeout
        }
    }

    func signal(_ sig: Int32) {
        if let process { kill(process.processIdentifier, sig) }
    }

    /// SIGTERM, then waits up to `timeout` for the daemon to exit; returns the exit status. A
    /// daemon that does not exit is killed (SIGKILL) and the test fails: a stop that hangs is a
    /// bug, not a slow machine.
    @discardableResult
    func stop(timeout: Double = 60) -> Int32 {
        guard let process else { return -1 }
        kill(process.processIdentifier, SIGTERM)
        let exited = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            exited.signal()
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            Issue.record("the daemon did not exit within \(Int(timeout)) s of SIGTERM; killed\n\(log.suffix(2000))")
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        self.process = nil
        return process.terminationStatus
    }

    func crash() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// Writes a file in place (open, write, close: one IN_CLOSE_WRITE).
    func write(_ name: String, _ text: String, into folder: String? = nil) {
        _ = FileManager.default.createFile(atPath: (folder ?? inbox) + "/" + name, contents: Data(text.utf8))
    }

    /// Writes a temp file beside the inbox and renames it in (IN_MOVED_TO), as rsync and scrapers do.
    func drop(_ name: String, _ text: String) throws {
        let temp = root + "/.staging-" + name
        _ = FileManager.default.createFile(atPath: temp, contents: Data(text.utf8))
        guard rename(temp, inbox + "/" + name) == 0 else { throw POSIXError(.init(rawValue: errno)!) }
    }

    /// Files (of any type) below `folder`, relative paths, sorted; not the inbox lock newsd keeps
    /// there (`.newsd.lock`).
    func files(in folder: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let name = e.nextObject() as? String {
            if name == ".newsd.lock" { continue }
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDir)
            if !isDir.boolValue || (e.fileAttributes?[.type] as? FileAttributeType) == .typeSymbolicLink { out.append(name) }
        }
        return out.sorted()
    }

    /// Runs a `newsd` command against this harness's store; returns (status, stdout, stderr).
    func cli(_ arguments: [String], store: Bool = true) throws -> (status: Int32, out: String, err: String) {
        try Self.run(Self.binary, arguments + (store ? ["--state-dir", state] : []))
    }

    /// Runs a program to its end, its journal entries marked as a test's; (status, stdout, stderr).
    static func run(
        _ program: String, _ arguments: [String], directory: String? = nil, environment: [String: String] = [:]
    ) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env[JournalMark.environmentKey] = "1"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func article(_ i: Int) -> String {
        "Article number \(i) on maritime security\n\nHANOI — Paragraph \(i) about talks between Japan and Vietnam. " +
            String(repeating: "More text for article \(i). ", count: 20)
    }
}
