import Foundation
import Glibc

/// Runs a program to its end by posix_spawn and waitpid, its output into a file: for programs
/// that start servers (pg_ctl), whose children may keep a pipe open after their parent exits and
/// which Foundation's Process was seen never to reap.
enum Spawn {
    /// Runs `program` with `arguments`; returns its exit status (128 + signal when killed) and
    /// its standard output and error.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-spawn-\(UUID().uuidString).log").path
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard rc == 0 else { throw POSIXError(.init(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        }
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, output)
    }

    /// Runs PostgreSQL's `tool` (pg_ctl, ...) as the test cluster's user (`nobody` when the tests
    /// run as root, as scripts/postgres-test-cluster.sh does).
    static func postgres(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let bin = ProcessInfo.processInfo.environment["NEWSD_TEST_POSTGRES_BIN"] ?? "/usr/lib/postgresql/15/bin"
        if getuid() == 0 {
            return try run("/usr/sbin/runuser", ["-u", ProcessInfo.processInfo.environment["NEWSD_TEST_POSTGRES_USER"] ?? "nobody", "--", bin + "/" + tool] + arguments)
        }
        return try run(bin + "/" + tool, arguments)
    }
}
