import Foundation
import NewsCore
import Synchronization
import Testing

/// The daemon's threads carry their names to the kernel, where `top -H`, `ps -L` and `perf` read
/// them (`/proc/self/task/TID/comm`).
@Suite struct ThreadNameTests {
    /// The kernel's name of the calling thread.
    static func kernelName() -> String {
        (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8))?
            .trimmingCharacters(in: .newlines) ?? ""
    }

    @Test func aNamedThreadShowsItsNameToTheKernel() {
        let seen = Mutex<[String]>([])
        let done = DispatchSemaphore(value: 0)
        // The second is longer than the kernel's 15 bytes: cut, not refused; the third would be
        // cut inside a two-byte character, which is left out whole.
        for name in ["newsd-test", "newsd-checkpoint", "newsd-test-ab-é"] {
            Thread.named(name) {
                seen.withLock { $0.append(Self.kernelName()) }
                done.signal()
            }.start()
            done.wait()
        }
        #expect(seen.withLock { $0 } == ["newsd-test", "newsd-checkpoin", "newsd-test-ab-"])
    }

    @Test func anExecutorsThreadIsNamed() async {
        let executor = ThreadExecutor(name: "newsd-test-exec")
        let name = await Probe(executor: executor).kernelName()
        #expect(name == "newsd-test-exec")
    }

    actor Probe {
        let executor: ThreadExecutor
        nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
        init(executor: ThreadExecutor) { self.executor = executor }
        func kernelName() -> String { ThreadNameTests.kernelName() }
    }
}
