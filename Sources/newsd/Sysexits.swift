import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime

/// The exit statuses of sysexits.h that newsd uses. A runtime error never prints the usage text:
/// only a command line that does not parse is a usage error (64).
enum Sysexit: Int32 {
    case usage = 64
    case dataError = 65
    case noInput = 66
    case unavailable = 69
    case software = 70
    case cannotCreate = 73
    case ioError = 74
    case tryAgain = 75
    case noPermission = 77
    case config = 78
}

/// Prints `newsd: message` to stderr and returns the exit status to throw.
func failure(_ status: Sysexit, _ message: String) -> ExitCode {
    writeStderr("newsd: \(message)\n")
    return ExitCode(status.rawValue)
}

/// A configuration file error: the message (with file, line and column), exit 78.
func configFailure(_ error: any Error) -> ExitCode {
    failure(.config, "\(error)")
}

/// How a path can be reached: present, absent (ENOENT), or not reachable (EACCES, ...).
enum PathState: Equatable {
    case present
    case absent
    case unreachable(Int32)

    init(_ path: String) {
        var st = stat()
        if stat(path, &st) == 0 {
            self = .present
        } else {
            self = errno == ENOENT || errno == ENOTDIR ? .absent : .unreachable(errno)
        }
    }
}
