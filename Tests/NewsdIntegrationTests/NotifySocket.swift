import Foundation
import Glibc

/// A datagram socket standing in for systemd's NOTIFY_SOCKET: collects every sd_notify message.
final class NotifySocket {
    let path: String
    private let fd: Int32
    private(set) var messages: [String] = []

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        precondition(bytes.count < MemoryLayout.size(ofValue: addr.sun_path), "socket path too long: \(path)")
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else { throw POSIXError(.init(rawValue: errno)!) }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Sends one datagram to the socket at `path` (as sd_notify would); false when it cannot.
    @discardableResult
    static func send(_ message: String, to path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: addr.sun_path) else { return false }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let data = Array(message.utf8)
        let sent = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                sendto(fd, data, data.count, 0, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return sent == data.count
    }

    /// Makes the receive queue as small as the kernel allows, so an unread socket fills at once.
    func shrinkReceiveBuffer() {
        var size: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    }

    /// The next message, or nil after `timeout` seconds without one.
    func receive(timeout: Double) -> String? {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, Int32(timeout * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = recv(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        let message = String(decoding: buffer[..<n], as: UTF8.self)
        messages.append(message)
        return message
    }

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var seen: [String]
        /// What the waiter adds for the failure's report (the inbox, the daemon's log).
        var details = ""
        var description: String { "timed out waiting for \(what); last messages: \(seen.suffix(5))\(details)" }
    }

    /// Waits for a message that satisfies `predicate` (checked against each new message).
    @discardableResult
    func wait(for what: String, timeout: Double = 60, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let message = receive(timeout: deadline.timeIntervalSinceNow) else { break }
            if predicate(message) { return message }
        }
        throw Timeout(what: what, seen: messages)
    }

    /// The counters in a STATUS line such as "Watching inbox: 3 ingested, 1 duplicates, 0 failed, 0 queued".
    static func counters(_ message: String) -> (ingested: Int, duplicates: Int, failed: Int, queued: Int)? {
        guard let line = message.split(separator: "\n").first(where: { $0.hasPrefix("STATUS=") }) else { return nil }
        func number(before word: String) -> Int? {
            guard let range = line.range(of: " \(word)") else { return nil }
            let digits = line[..<range.lowerBound].reversed().prefix(while: \.isNumber)
            return Int(String(digits.reversed()))
        }
        guard let i = number(before: "ingested"), let d = number(before: "duplicates"), let f = number(before: "failed"),
            let q = number(before: "queued")
        else { return nil }
        return (i, d, f, q)
    }
}
