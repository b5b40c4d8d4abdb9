import Foundation
import NewsCore
import Testing

@Suite struct IntakeErrorTests {
    /// A file that changed while it was read says so and what to do, not "check its
    /// permissions", which fits a file that cannot be opened.
    @Test func aFileThatChangedWhileReadSaysToWaitForTheWriter() {
        #expect(IntakeError.changedWhileRead == EAGAIN)
        let changed = IntakeError.unreadable(errno: IntakeError.changedWhileRead, message: "it changed while it was read").description
        #expect(changed.contains("something still writes it"))
        #expect(!changed.contains("permissions"))
        let denied = IntakeError.unreadable(errno: EACCES, message: "Permission denied").description
        #expect(denied.contains("check its permissions"))
    }
}
