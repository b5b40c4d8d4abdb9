import ArgumentParser
import Foundation
import NewsRuntime

/// Tells a permission problem from a missing store before a command opens the store.
enum StoreAccess {
    /// What to tell someone who may not `action` ("read", "write to") the store at `path`: the
    /// installed store belongs to the newsd user and group.
    static func denied(_ path: String, doing action: String = "read") -> String {
        """
        permission denied: cannot \(action) the store \(path) as \(NSUserName()); it belongs to \
        its owner and group (newsd when installed): run the command as that user, e.g. \
        `sudo -u newsd newsd list`, or join the group (`sudo adduser \(NSUserName()) newsd`, then log in again)
        """
    }

    /// Exits 77 (EX_NOPERM) with what to do when the store at `path`, or a folder on the way to
    /// it, cannot be read by this user.
    static func requireReadable(_ path: String) throws {
        var info = stat()
        let found = stat(path, &info) == 0
        guard found ? access(path, R_OK) != 0 : errno == EACCES else { return }
        throw failure(.noPermission, denied(path))
    }
}
