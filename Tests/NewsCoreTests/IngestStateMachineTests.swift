import NewsCore
import Testing

/// The engine's decisions, driven with events and times: no threads, no files, no sleeps.
@Suite struct IngestStateMachineTests {
    static func machine(_ edit: (inout IngestStateMachine.Configuration) -> Void = { _ in }) -> IngestStateMachine {
        var config = IngestStateMachine.Configuration()
        config.rescanInterval = 300
        edit(&config)
        return IngestStateMachine(configuration: config, now: 0)
    }

    /// Runs the start-up scan to its end with `names` in the inbox.
    static func scanned(_ m: inout IngestStateMachine, _ names: [String] = [], now: Double = 0) {
        do { let got = m.nextAction(now: now); #expect(got == .startScan) }
        var rest = names[...]
        while m.nextAction(now: now) == .refill {
            while m.wantsScanNames, let name = rest.popFirst() { m.scanned(name) }
            if rest.isEmpty { m.scanFinished() }
        }
    }

    /// Gathers one batch as the engine does, with `arrivals` coming in during the waits.
    static func gather(_ m: inout IngestStateMachine, now: Double, arrivals: [[InboxEvent]] = []) -> [String] {
        var read: [String] = []
        var arrivals = arrivals[...]
        m.beginBatch(now: now)
        var t = now
        while true {
            switch m.nextInBatch(now: t, gathered: read.count) {
            case .read(let name): read.append(name)
            case .refill: m.scanFinished()
            case .wait(let timeout):
                t += timeout
                _ = m.waited(arrivals.popFirst() ?? [], now: t)
            case .complete: return read
            }
        }
    }

    @Test func startsWithAScanAndReadsWhatItFinds() {
        var m = Self.machine()
        Self.scanned(&m, ["a.txt", ".hidden", "b.part", "c.json"])
        do { let got = m.nextAction(now: 0); #expect(got == nil) }
        #expect(m.queued == 2)
        do { let got = m.nextStep(now: 0); #expect(got == .gatherBatch) }
        do { let got = Self.gather(&m, now: 0); #expect(got == ["a.txt", "c.json"]) }
        do { let got = m.nextStep(now: 0); #expect(got == .idle) }
    }

    @Test func anInotifyOverflowStartsARescan() {
        var m = Self.machine()
        Self.scanned(&m)
        do { let got = m.nextAction(now: 1); #expect(got == nil) }
        do { let got = m.handle(.overflow, now: 1); #expect(got == .none) }
        do { let got = m.nextAction(now: 1); #expect(got == .startScan) }
        do { let got = m.nextAction(now: 1); #expect(got == .refill) }
    }

    @Test func namesPastTheQueueLimitAreDroppedAndARescanFindsThem() {
        var m = Self.machine { $0.queueLimit = 4 }
        Self.scanned(&m)
        for i in 0..<6 { _ = m.handle(.file("f\(i)"), now: 1) }
        #expect(m.queued == 4)
        do { let got = m.nextAction(now: 1); #expect(got == .startScan) }
        // The scan hands names over only while the queue is less than half full.
        #expect(!m.wantsScanNames)
        m.beginBatch(now: 1)
        for i in 0..<4 { do { let got = m.nextInBatch(now: 1, gathered: i); #expect(got == .read("f\(i)")) } }
        do { let got = m.nextInBatch(now: 1, gathered: 4); #expect(got == .refill) }
    }

    @Test func theBackstopScanRunsEveryRescanInterval() {
        var m = Self.machine { $0.rescanInterval = 60 }
        Self.scanned(&m)
        m.tick(now: 59.9)
        do { let got = m.nextAction(now: 59.9); #expect(got == nil) }
        #expect(m.waitTimeout(now: 59.9) < 0.11)
        m.tick(now: 60)
        do { let got = m.nextAction(now: 60); #expect(got == .startScan) }
    }

    @Test func aVanishedInboxIsWatchedAgainAndRescannedWhenItIsBack() {
        var m = Self.machine { $0.locksInbox = true }
        Self.scanned(&m)
        do { let got = m.handle(.lockRemoved, now: 5); #expect(got == .releaseLock) }
        do { let got = m.handle(.rootLost, now: 5); #expect(got == .none) }
        #expect(m.watchLost && !m.scanning)
        _ = m.handle(.overflow, now: 5)
        do { let got = m.nextAction(now: 5.1); #expect(got == nil, "no scan of an inbox that is gone") }
        do { let got = m.nextAction(now: 5.2); #expect(got == .rewatch) }
        // Still gone: the next attempt a second later.
        do { let got = m.nextAction(now: 5.5); #expect(got == nil) }
        #expect(m.waitTimeout(now: 5.5) <= 0.7 + 1e-9)
        do { let got = m.nextAction(now: 6.2); #expect(got == .rewatch) }
        m.rewatched(now: 6.2)
        do { let got = m.nextAction(now: 6.2); #expect(got == .relock, "the lock is taken again as soon as the inbox is back") }
        m.lockTaken()
        do { let got = m.nextAction(now: 6.2); #expect(got == .startScan) }
        #expect(m.holdsLock && !m.watchLost)
    }

    @Test func aRemovedLockFileIsTakenAgainLaterAndRetried() {
        var m = Self.machine { $0.locksInbox = true }
        Self.scanned(&m)
        do { let got = m.handle(.lockRemoved, now: 0); #expect(got == .releaseLock) }
        do { let got = m.handle(.lockRemoved, now: 1); #expect(got == .none, "let go once") }
        do { let got = m.nextAction(now: 29.9); #expect(got == nil) }
        do { let got = m.nextAction(now: 30); #expect(got == .relock) }
        m.relockFailed(now: 30)
        do { let got = m.nextAction(now: 30.5); #expect(got == nil) }
        do { let got = m.nextAction(now: 31); #expect(got == .relock) }
        m.lockTaken()
        do { let got = m.nextAction(now: 100); #expect(got == nil) }
    }

    @Test func aFailedCommitBacksOffDoublingToThirtySecondsAndASuccessResetsIt() {
        var m = Self.machine()
        Self.scanned(&m, ["a"])
        var now = 0.0
        var delays: [Double] = []
        for _ in 0..<9 {
            m.commitStarted(["a"])
            let delay = m.commitFailed(now: now)
            delays.append(delay)
            do { let got = m.nextStep(now: now + delay - 0.01); #expect(got == .backingOff) }
            do { let got = m.nextAction(now: now); #expect(got == nil, "no scan while the store backs off") }
            #expect(m.waitTimeout(now: now, extraWork: true) > 0, "nothing is read while it backs off")
            now += delay
            _ = m.nextStep(now: now)
            do { let got = m.nextAction(now: now); #expect(got == .startScan, "the files left in the inbox are found again") }
            m.scanFinished()
        }
        #expect(delays == [0.5, 1, 2, 4, 8, 16, 30, 30, 30])
        m.commitStarted(["a"])
        m.commitSucceeded()
        m.commitStarted(["a"])
        do { let got = m.commitFailed(now: now); #expect(got == 0.5) }
    }

    @Test func aYoungFileIsDeferredUntilItIsOldEnough() {
        var m = Self.machine()
        Self.scanned(&m, ["young.txt"])
        do { let got = Self.gather(&m, now: 0); #expect(got == ["young.txt"]) }
        m.deferName("young.txt", until: 2.5)
        #expect(m.queued == 1)
        do { let got = m.nextStep(now: 0); #expect(got == .idle) }
        #expect(m.waitTimeout(now: 2) == 0.5)
        m.tick(now: 2.4)
        #expect(!m.hasQueuedNames)
        m.tick(now: 2.5)
        do { let got = m.nextStep(now: 2.5); #expect(got == .gatherBatch) }
        do { let got = Self.gather(&m, now: 2.5); #expect(got == ["young.txt"]) }
    }

    @Test func deferredNamesCountAgainstTheQueueLimit() {
        var m = Self.machine { $0.queueLimit = 2 }
        Self.scanned(&m)
        m.deferName("a", until: 10)
        m.deferName("b", until: 10)
        _ = m.handle(.file("c"), now: 0)
        #expect(m.queued == 2)
        do { let got = m.nextAction(now: 0); #expect(got == .startScan) }
    }

    @Test func aBurstIsGroupedDuringACommitAndALoneFileEndsAfterOneQuietGap() {
        var m = Self.machine { $0.batchMaximumWait = 0.05 }
        Self.scanned(&m)
        m.commitStarted(["z"])
        _ = m.handle(.file("a"), now: 0)
        do { let got = Self.gather(&m, now: 0, arrivals: [[.file("b")], [.file("c"), .file("d")]]); #expect(got == ["a", "b", "c", "d"]) }
        _ = m.handle(.file("e"), now: 1)
        m.beginBatch(now: 1)
        do { let got = m.nextInBatch(now: 1, gathered: 0); #expect(got == .read("e")) }
        do { let got = m.nextInBatch(now: 1, gathered: 1); #expect(got == .wait(timeout: 0.002)) }
        _ = m.waited([], now: 1.002)
        do { let got = m.nextInBatch(now: 1.002, gathered: 1); #expect(got == .complete) }
    }

    /// A name that comes back while its batch is gathered may be a new file under that name (the
    /// first read found none, or the file was replaced since): it is read again after the batch,
    /// and held back while the batch that read it commits. (It was dropped: the new file stayed
    /// in the inbox until the next rescan.)
    @Test func aNameThatComesBackWhileItsBatchIsGatheredIsReadAgainAfterIt() {
        var m = Self.machine { $0.batchMaximumWait = 0.05 }
        Self.scanned(&m)
        m.commitStarted(["z"])
        _ = m.handle(.file("a"), now: 0)
        do { let got = Self.gather(&m, now: 0, arrivals: [[.file("b")], [.file("a")]]); #expect(got == ["a", "b"]) }
        #expect(m.queued == 1)
        m.commitSucceeded()
        // The batch that read "a" commits: its name waits for the commit's end.
        m.commitStarted(["a", "b"])
        do { let got = Self.gather(&m, now: 1); #expect(got == []) }
        m.commitSucceeded()
        do { let got = m.nextStep(now: 2); #expect(got == .gatherBatch) }
        do { let got = Self.gather(&m, now: 2); #expect(got == ["a"]) }
        do { let got = m.nextStep(now: 2); #expect(got == .idle) }
    }

    /// With no commit in flight nothing is gained by waiting: a lone file is taken at once (drop
    /// to alert without a quiet gap), and the files that come meanwhile make the next group.
    @Test func withNoCommitInFlightWhatHasComeIsTakenAtOnce() {
        var m = Self.machine { $0.batchMaximumWait = 0.05 }
        Self.scanned(&m)
        _ = m.handle(.file("a"), now: 0)
        _ = m.handle(.file("b"), now: 0)
        // "c" would come during a wait; there is none.
        do { let got = Self.gather(&m, now: 0, arrivals: [[.file("c")]]); #expect(got == ["a", "b"]) }
        m.commitStarted(["a", "b"])
        _ = m.handle(.file("c"), now: 0.001)
        do { let got = Self.gather(&m, now: 0.001, arrivals: [[.file("d")], [.file("e")]]); #expect(got == ["c", "d", "e"]) }
    }

    @Test func aBatchEndsAtItsMaximumWaitOrSize() {
        var m = Self.machine {
            $0.batchMaximumWait = 0.004
            $0.batchMaximumFiles = 3
        }
        Self.scanned(&m)
        m.commitStarted(["z"])
        _ = m.handle(.file("a"), now: 0)
        let steady = Array(repeating: [InboxEvent.file("x")], count: 1) + (0..<10).map { [InboxEvent.file("n\($0)")] }
        do { let got = Self.gather(&m, now: 0, arrivals: steady); #expect(got == ["a", "x", "n0"]) }
        m.beginBatch(now: 10)
        do { let got = m.nextInBatch(now: 10.004, gathered: 1); #expect(got != .wait(timeout: 0.002)) }
        var slow = Self.machine { $0.batchMaximumWait = 0.004 }
        Self.scanned(&slow)
        slow.commitStarted(["z"])
        _ = slow.handle(.file("a"), now: 0)
        do { let got = Self.gather(&slow, now: 0, arrivals: (0..<10).map { [.file("s\($0)")] }); #expect(got == ["a", "s0", "s1"]) }
    }

    /// A file announced again while its batch commits is not read into the next batch; after the
    /// commit it is looked at again, and the executor, which checks the file, decides whether it
    /// changed (then it is taken on its own) or was moved away (then nothing happens).
    @Test func aFileSwappedDuringItsCommitIsHeldBackAndTakenAfterward() {
        var m = Self.machine()
        Self.scanned(&m, ["story.txt", "other.txt"])
        do { let got = Self.gather(&m, now: 0); #expect(got == ["story.txt", "other.txt"]) }
        m.commitStarted(["story.txt", "other.txt"])
        do { let got = m.nextStep(now: 0); #expect(got == .finishCommit) }
        // rsync renames a new version over the name while the commit runs.
        _ = m.handle(.file("story.txt"), now: 0.001)
        _ = m.handle(.file("third.txt"), now: 0.001)
        #expect(m.waitTimeout(now: 0.001) == 0)
        do { let got = Self.gather(&m, now: 0.001); #expect(got == ["third.txt"]) }
        #expect(!m.hasQueuedNames)
        m.commitSucceeded()
        #expect(m.hasQueuedNames, "held back until its commit ended")
        do { let got = Self.gather(&m, now: 0.01); #expect(got == ["story.txt"]) }
        // The executor found the inbox entry is not the file that was committed.
        m.fileChanged("story.txt")
        do { let got = Self.gather(&m, now: 0.02); #expect(got == ["story.txt"]) }
    }

    @Test func aFileHeldBackDuringAFailedCommitIsKeptToo() {
        var m = Self.machine()
        Self.scanned(&m, ["a"])
        do { let got = Self.gather(&m, now: 0); #expect(got == ["a"]) }
        m.commitStarted(["a"])
        _ = m.handle(.file("a"), now: 0)
        do { let got = Self.gather(&m, now: 0); #expect(got == []) }
        m.commitFailed(now: 0)
        #expect(m.queued == 1)
    }

    @Test func aFailedMoveIsRetriedWithItsOwnBackoffWithoutARescan() {
        var m = Self.machine()
        Self.scanned(&m)
        do { let got = m.moveFailed("stuck", now: 0); #expect(got) }
        do { let got = m.moveFailed("stuck", now: 0.1); #expect(!got, "logged once") }
        #expect(m.moveRetryAt == 0.5)
        #expect(m.hasUnmovedFiles)
        m.tick(now: 0.4)
        #expect(!m.hasQueuedNames)
        m.tick(now: 0.5)
        do { let got = Self.gather(&m, now: 0.5); #expect(got == ["stuck"]) }
        do { let got = m.nextAction(now: 0.5); #expect(got == nil, "no scan needed") }
        m.moveFailed("stuck", now: 0.6)
        #expect(m.moveRetryAt == 1.6)
        m.tick(now: 1.6)
        do { let got = m.moveSucceeded(); #expect(got) }
        m.moveFailed("again", now: 2)
        #expect(m.moveRetryAt == 2.5)
    }

    @Test func aReloadOfAnotherInboxForgetsTheOldNamesAndScans() {
        var m = Self.machine()
        Self.scanned(&m, ["old"])
        var new = m.configuration
        new.rescanInterval = 10
        m.reload(new, inboxChanged: true, now: 1)
        #expect(m.queued == 0)
        do { let got = m.nextAction(now: 1); #expect(got == .startScan) }
        m.scanFinished()
        m.tick(now: 11)
        do { let got = m.nextAction(now: 11); #expect(got == .startScan) }
    }

    @Test func aFailedScanIsRetriedAfterAPause() {
        var m = Self.machine()
        do { let got = m.nextAction(now: 0); #expect(got == .startScan) }
        m.scanFailed(now: 0)
        do { let got = m.nextAction(now: 0.5); #expect(got == nil) }
        do { let got = m.nextAction(now: 1); #expect(got == .startScan) }
    }
}
