import Foundation

@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func addClosefrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32

@_silgen_name("pidfd_open")
private func pidfdOpen(_ pid: pid_t, _ flags: UInt32) -> Int32

/// Runs a program without a shell: feeds it `input` on stdin, keeps the first
/// ``stderrLimit`` bytes of its stderr, and kills it (SIGKILL) at the timeout. Blocks the
/// calling thread; every wait is a poll(2) on the pipes and a pidfd, with the deadline.
enum ChildProcess {
    enum Outcome: Sendable, Equatable {
        case exited(Int32, stderr: String)
        case signalled(Int32, stderr: String)
        case timedOut(stderr: String)
        case cannotStart(errno: Int32)
    }

    /// The most of a command's stderr kept (the rest is read and dropped, so it never blocks).
    static let stderrLimit = 2048

    static func run(_ argv: [String], input: [UInt8], timeout: Double) -> Outcome {
        var inPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard pipe(&inPipe) == 0 else { return .cannotStart(errno: errno) }
        guard pipe(&errPipe) == 0 else {
            let e = errno
            close(inPipe[0]); close(inPipe[1])
            return .cannotStart(errno: e)
        }
        // Close-on-exec, so no other command newsd starts inherits them (this one gets dup2 copies).
        for fd in inPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        // Nothing else of newsd's (the store, inotify, sockets) reaches the command.
        _ = addClosefrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment().map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
        close(inPipe[0]); close(errPipe[1])
        guard rc == 0 else {
            close(inPipe[1]); close(errPipe[0])
            return .cannotStart(errno: rc)
        }
        let stderr = pump(pid: pid, stdin: inPipe[1], stderr: errPipe[0], input: input, deadline: monotonicNow() + timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard let text = stderr.text else { return .timedOut(stderr: stderr.bytes) }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (they are macros).
        if status & 0x7f == 0 { return .exited((status >> 8) & 0xff, stderr: text) }
        return .signalled(status & 0x7f, stderr: text)
    }

    /// newsd's environment without systemd's notify and watchdog variables, which are newsd's own.
    static func environment() -> [String] {
        let own = ["NOTIFY_SOCKET", "WATCHDOG_PID", "WATCHDOG_USEC", "LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"]
        return ProcessInfo.processInfo.environment.filter { !own.contains($0.key) }.map { "\($0.key)=\($0.value)" }
    }

    /// Writes the input and reads stderr until the child exits (its pidfd turns readable) or the
    /// deadline passes (the child is killed). Returns the stderr text, nil as `text` on timeout
    /// (then `bytes` holds what it wrote).
    private static func pump(pid: pid_t, stdin: Int32, stderr: Int32, input: [UInt8], deadline: Double) -> (text: String?, bytes: String) {
        var writeFD: Int32 = stdin
        var readFD: Int32 = stderr
        _ = fcntl(writeFD, F_SETFL, O_NONBLOCK)
        _ = fcntl(readFD, F_SETFL, O_NONBLOCK)
        let pidfd = pidfdOpen(pid, 0)
        defer {
            if writeFD >= 0 { close(writeFD) }
            if readFD >= 0 { close(readFD) }
            if pidfd >= 0 { close(pidfd) }
        }
        var written = 0
        var kept: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        if input.isEmpty { close(writeFD); writeFD = -1 }
        var exited = false
        while !exited {
            let left = deadline - monotonicNow()
            if left <= 0 {
                kill(pid, SIGKILL)
                return (nil, String(decoding: kept, as: UTF8.self))
            }
            var fds = [
                pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: readFD, events: Int16(POLLIN), revents: 0),
                // Without a pidfd (kernel before 5.3), stderr's end stands for the exit.
                pollfd(fd: exited ? -1 : pidfd, events: Int16(POLLIN), revents: 0),
            ]
            let n = poll(&fds, 3, Int32(min(left * 1000, 60_000).rounded(.up)))
            if n < 0 && errno != EINTR { break }
            if fds[0].revents != 0 {
                let count = input.withUnsafeBytes { write(writeFD, $0.baseAddress! + written, input.count - written) }
                if count > 0 { written += count }
                if (count < 0 && errno != EAGAIN && errno != EINTR) || written == input.count {
                    // Done, or the command closed its stdin (EPIPE): it may not need it all.
                    close(writeFD); writeFD = -1
                }
            }
            if fds[1].revents != 0 {
                let count = read(readFD, &buffer, buffer.count)
                if count > 0 {
                    kept += buffer.prefix(max(0, min(count, stderrLimit - kept.count)))
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    close(readFD); readFD = -1
                    if pidfd < 0 { exited = true }
                }
            }
            if fds[2].revents != 0 { exited = true }
        }
        // What the command wrote just before it exited (bounded: a child it left behind may keep writing).
        for _ in 0..<16 where readFD >= 0 {
            let count = read(readFD, &buffer, buffer.count)
            guard count > 0 else { break }
            kept += buffer.prefix(max(0, min(count, stderrLimit - kept.count)))
        }
        return (String(decoding: kept, as: UTF8.self), "")
    }
}
