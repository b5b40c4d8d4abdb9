import Foundation
import NewsCore

/// Runs a command per alert with the alert's JSON (``AlertDocument``) on stdin, without a shell
/// (for mail, pagers, scripts). Exit status 0 is a delivery; any other status, a signal or the
/// timeout (the command is killed) is a transient failure with an excerpt of its stderr.
public struct ExecAlertSink: AlertSink {
    public let id: String
    public let configuration: SinkConfiguration.Exec
    private let store: String?

    public init(id: String, configuration: SinkConfiguration.Exec, store: String?) {
        self.id = id
        self.configuration = configuration
        self.store = store
        // A command that exits without reading its stdin must not kill newsd with SIGPIPE:
        // the write fails with EPIPE instead. (The command itself gets the default action back.)
        signal(SIGPIPE, SIG_IGN)
    }

    public func deliver(_ alert: AlertRecord) async throws(SinkError) {
        let input = AlertDocument(alert, store: store).json()
        let command = configuration.command
        let timeout = configuration.timeout
        // The wait blocks in poll(2) and waitpid(2): on a thread of its own, never on the pool.
        let result = await withCheckedContinuation { (done: CheckedContinuation<ChildProcess.Outcome, Never>) in
            let thread = Thread.named("newsd-exec") { done.resume(returning: ChildProcess.run(command, input: input, timeout: timeout)) }
            thread.start()
        }
        let program = command[0]
        switch result {
        case .exited(0, _): return
        case .exited(let status, let stderr):
            throw SinkError(.transient, "\(program) exited with status \(status)\(Self.excerpt(stderr))")
        case .signalled(let signal, let stderr):
            throw SinkError(.transient, "\(program) was killed by signal \(signal)\(Self.excerpt(stderr))")
        case .timedOut(let stderr):
            throw SinkError(.transient, "\(program) ran longer than its timeout of \(timeout) s and was killed\(Self.excerpt(stderr)); raise timeout: in the sink's configuration if it needs longer")
        case .cannotStart(let errno):
            throw SinkError(.permanent, "cannot run \(program): \(String(cString: strerror(errno))); check command: in the sink's configuration")
        }
    }

    private static func excerpt(_ stderr: String) -> String {
        let trimmed = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "" : "; stderr: \(trimmed.replacingOccurrences(of: "\n", with: " | "))"
    }
}
