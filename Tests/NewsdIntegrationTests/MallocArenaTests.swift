import CShims
import Dispatch
import Testing

@testable import NewsRuntime

/// glibc's arenas are limited before main (CShims): a process linking the runtime, as the daemon
/// does, keeps at most ``HeapTrimmer/arenaLimit`` however many threads allocate at once.
@Suite struct MallocArenaTests {
    @Test func threadsAllocatingAtOnceShareTheLimitedArenas() {
        // Sixteen threads allocating together: without the limit, glibc gives most of them an
        // arena of their own (eight per core).
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            var blocks: [[UInt8]] = []
            for n in 0..<2_000 { blocks.append([UInt8](repeating: UInt8(truncatingIfNeeded: i &+ n), count: 64 + n % 512)) }
            #expect(blocks.count == 2_000)
        }
        let arenas = Int(newsd_malloc_arena_count())
        #expect(arenas >= 1 && arenas <= HeapTrimmer.arenaLimit, "\(arenas) arenas")
    }
}
