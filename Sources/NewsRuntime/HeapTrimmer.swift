import CShims
import NewsCore
import Dispatch
import Foundation

/// Keeps glibc's malloc from holding memory the daemon freed. glibc gives each thread that
/// meets a locked arena an arena of its own (up to eight per core), and each keeps its free
/// chunks to itself; free pages inside an arena go back to the system only at `malloc_trim`.
/// The arenas are limited before main (`NEWSD_MALLOC_ARENA_LIMIT`, CShims): a limit set here,
/// once threads ran, left the arenas they had made.
/// While a backlog drains, the store thread's arena held 10 MiB free of 30 (the story linker
/// drops a window's keys every 25,000 articles), and the decode threads' arenas 2-3 MiB each
/// that were nearly all free.
public final class HeapTrimmer: Sendable {
    /// Arenas at most: one per core of this machine class; threads share them.
    public static let arenaLimit = Int(NEWSD_MALLOC_ARENA_LIMIT)

    /// Blocks of this size or more (large arrays such as the story linker's, rebuilt as its window
    /// moves) are mapped apart and go back to the system when freed. glibc's own threshold starts
    /// at 128 KiB and rises to the largest block freed (up to 32 MiB), after which such blocks are
    /// carved from an arena and its free pages wait for the next trim. Fixed at 1 MiB, a
    /// 300,000-file backlog peaked at 97.2 MiB of RSS instead of 105.7 (VmHWM, one run each, the
    /// same minutes); an article's own arrays stay below it (CPU a file in the burst unchanged).
    public static let mmapThreshold = 1 << 20

    private let stopped = DispatchSemaphore(value: 0)

    /// Fixes the mapping threshold (unless `MALLOC_MMAP_THRESHOLD_` is set: glibc applies it
    /// itself), then trims every `interval` seconds from a thread of its own until ``stop()``.
    public init(interval: Double = 10, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if environment["MALLOC_MMAP_THRESHOLD_"] == nil { _ = newsd_malloc_mmap_threshold(Self.mmapThreshold) }
        let thread = Thread.named("newsd-heap-trim") { [stopped] in
            while stopped.wait(timeout: .now() + interval) == .timedOut {
                _ = newsd_malloc_trim()
                // The binary's read-only pages: the data files, read into the analysis' tables at
                // start (~3 MiB) or searched in place (small towns), and the code that only
                // start-up ran (~7 MiB in a backlog); what the next seconds read or run comes back
                // from the page cache. The one release of the data files' pages there is.
                _ = newsd_release_code_pages()
            }
        }
        thread.start()
    }

    /// Ends the trimming thread.
    public func stop() { stopped.signal() }
}
