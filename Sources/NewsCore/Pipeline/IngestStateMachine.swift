/// The ingest engine's decisions, apart from its system calls: which names wait to be read,
/// when a scan, a re-watch or a retry is due, how a batch is gathered, and what a commit's end
/// changes. Pure: no threads, no files, no clock; time comes in as seconds of a monotonic clock.
/// The engine feeds it events (inotify, scan results, commits and moves) and carries out the
/// actions it returns.
public struct IngestStateMachine: Sendable {
    public struct Configuration: Sendable, Equatable {
        /// The most names held (queued and deferred); past it names are dropped and a scan finds them.
        public var queueLimit = 10_000
        /// The backstop scan runs this often, in case inotify missed something.
        public var rescanInterval = 300.0
        public var batchMaximumFiles = 512
        /// A burst is grouped into one batch for at most this long.
        public var batchMaximumWait = 0.05
        /// Within a batch, this long without a new file ends the wait for more.
        public var quietGap = 0.002
        public var namePolicy = FileNamePolicy()
        /// Whether the engine holds a lock on the inbox (taken again after its file was removed).
        public var locksInbox = false
        /// After the inbox vanished, the first look for it; then one every ``watchRetry``.
        public var firstWatchAttempt = 0.2
        public var watchRetry = 1.0
        /// After the lock file was removed, the lock is taken again this late, unless the inbox
        /// comes back first: late enough not to put a file back into a folder `rm -r` is emptying.
        public var relockDelay = 30.0
        public var relockRetry = 1.0
        public var scanRetry = 1.0
        /// The longest wait for inbox events (the engine's heartbeat).
        public var maximumIdle = 1.0
        public var storeBackoff = Backoff()
        public var moveBackoff = Backoff()

        public init() {}
    }

    /// Work the engine does before it waits for inbox events; ``nextAction(now:)`` returns one at a time.
    public enum Action: Sendable, Equatable {
        /// Watch the inbox again (it vanished); report with ``rewatched(now:)``.
        case rewatch
        /// Take the inbox lock again; report with ``lockTaken()`` or ``relockFailed(now:)``.
        case relock
        /// Start a scan of the inbox; report a failure with ``scanFailed(now:)``.
        case startScan
        /// Feed names from the scan with ``scanned(_:)`` while ``wantsScanNames``, then
        /// ``scanFinished()`` if it ended.
        case refill
    }

    /// What to do after waiting for inbox events.
    public enum Step: Sendable, Equatable {
        /// A failed commit's backoff runs: nothing is read.
        case backingOff
        /// Gather and commit a batch (``beginBatch(now:)``, ``nextInBatch(now:gathered:stopping:)``).
        case gatherBatch
        /// Nothing to read: let the commit in flight finish.
        case finishCommit
        case idle
    }

    /// The next move while a batch is gathered.
    public enum BatchStep: Sendable, Equatable {
        /// Read this file (``deferName(_:until:)`` if it is too young).
        case read(String)
        /// Feed names from the scan, then ask again.
        case refill
        /// Wait this long for inbox events, then report them with ``waited(_:now:)``.
        case wait(timeout: Double)
        /// The batch is complete.
        case complete
    }

    /// What an inbox event asks of the engine beyond the machine's own state.
    public enum Reaction: Sendable, Equatable {
        case none
        /// Let go of the inbox lock at once (its file was removed).
        case releaseLock
    }

    public private(set) var configuration: Configuration
    private var queue: NameQueue
    /// Names of files too young to be read, with when they may be.
    private var deferred: [String: Double] = [:]
    public private(set) var needsScan = true
    /// A scan is under way (names come from it as the queue has room).
    public private(set) var scanning = false
    private var scanRetryAt: Double?
    private var nextRescan: Double
    public private(set) var watchLost = false
    private var nextWatchAttempt = 0.0
    public private(set) var holdsLock: Bool
    private var relockAt: Double?
    /// Set after a failed commit: nothing is read until then.
    public private(set) var storeRetryAt: Double?
    private var storeBackoff: Backoff
    /// Files whose record is committed but which could not leave the inbox: taken again after
    /// the move backoff, without waiting for the backstop scan. The store recognises them.
    private var unmoved = Set<String>()
    public private(set) var moveRetryAt: Double?
    private var moveBackoff: Backoff
    /// The names of the batch being committed, while it is.
    private var inFlight: Set<String>?
    /// Names met while their file's batch was being committed: looked at again after it.
    private var heldBack: [String] = []
    private var batchDeadline = 0.0
    private var batchNames = Set<String>()
    /// Names that came back while their batch was gathered: queued again when it is complete.
    /// The file may have been replaced since it was read (or it was not there then): dropping
    /// the name would leave the new file in the inbox until the next rescan.
    private var cameBack: [String] = []
    private var quiet = false

    public init(configuration: Configuration, now: Double) {
        self.configuration = configuration
        queue = NameQueue(limit: configuration.queueLimit)
        nextRescan = now + configuration.rescanInterval
        holdsLock = configuration.locksInbox
        storeBackoff = configuration.storeBackoff
        moveBackoff = configuration.moveBackoff
    }

    /// Names waiting: queued and deferred.
    public var queued: Int { queue.count + deferred.count }
    /// Whether names are waiting to be read now.
    public var hasQueuedNames: Bool { !queue.isEmpty }
    public var commitInFlight: Bool { inFlight != nil }
    /// Whether committed files wait to leave the inbox.
    public var hasUnmovedFiles: Bool { !unmoved.isEmpty }
    /// The store's next backoff delay (after the next failure).
    public var nextStoreBackoff: Double { storeBackoff.current }

    // MARK: Names

    /// Queues `name` unless the name policy refuses it or it is queued already; past the limit
    /// it is dropped and a scan is asked for.
    public mutating func enqueue(_ name: String) {
        guard accepts(name), !queue.contains(name) else { return }
        guard queued < configuration.queueLimit, queue.append(name) == .added else {
            needsScan = true
            return
        }
    }

    private func accepts(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        guard let last = parts.last, configuration.namePolicy.accepts(String(last)) else { return false }
        return !parts.dropLast().contains { $0.hasPrefix(".") }
    }

    /// `name` is too young to be read before `due`.
    public mutating func deferName(_ name: String, until due: Double) {
        deferred[name] = due
    }

    // MARK: Inbox events

    public mutating func handle(_ event: InboxEvent, now: Double) -> Reaction {
        switch event {
        case .file(let name): enqueue(name)
        case .directory, .overflow: needsScan = true
        case .rootLost:
            watchLost = true
            scanning = false
            nextWatchAttempt = now + configuration.firstWatchAttempt
        case .lockRemoved:
            guard holdsLock else { break }
            holdsLock = false
            relockAt = now + configuration.relockDelay
            return .releaseLock
        }
        return .none
    }

    // MARK: The loop

    /// Moves the schedules on to `now`: the backstop scan, move retries, deferred names.
    public mutating func tick(now: Double) {
        if now >= nextRescan {
            needsScan = true
            nextRescan = now + configuration.rescanInterval
        }
        if let due = moveRetryAt, now >= due {
            moveRetryAt = nil
            for name in unmoved.sorted() { enqueue(name) }
            unmoved.removeAll()
        }
        if !deferred.isEmpty {
            for (name, due) in deferred where due <= now {
                deferred[name] = nil
                enqueue(name)
            }
        }
    }

    /// The next piece of work before waiting, or nil. Each action changes the state it came
    /// from, so calling this until nil ends.
    public mutating func nextAction(now: Double) -> Action? {
        if watchLost && now >= nextWatchAttempt {
            nextWatchAttempt = now + configuration.watchRetry
            return .rewatch
        }
        if let due = relockAt, !watchLost, now >= due {
            relockAt = nil
            if !holdsLock { return .relock }
        }
        if needsScan && !scanning && storeRetryAt == nil && !watchLost && (scanRetryAt.map { now >= $0 } ?? true) {
            needsScan = false
            scanning = true
            scanRetryAt = nil
            return .startScan
        }
        if wantsScanNames { return .refill }
        return nil
    }

    /// Whether the running scan should hand over names (the queue is less than half full).
    public var wantsScanNames: Bool { scanning && queue.count < configuration.queueLimit / 2 }

    public mutating func scanned(_ name: String) { enqueue(name) }
    public mutating func scanFinished() { scanning = false }

    public mutating func scanFailed(now: Double) {
        scanning = false
        needsScan = true
        scanRetryAt = now + configuration.scanRetry
    }

    /// The inbox is watched again.
    public mutating func rewatched(now: Double) {
        watchLost = false
        needsScan = true
        if configuration.locksInbox && !holdsLock { relockAt = now }
    }

    public mutating func lockTaken() {
        holdsLock = true
        relockAt = nil
    }

    public mutating func relockFailed(now: Double) { relockAt = now + configuration.relockRetry }

    /// How long to wait for inbox events: not at all when there is work (`extraWork`: a file the
    /// engine holds back for a batch of its own), else until the next thing is due.
    public func waitTimeout(now: Double, extraWork: Bool = false) -> Double {
        if ((hasQueuedNames || extraWork) && storeRetryAt == nil) || inFlight != nil { return 0 }
        var due = min(configuration.maximumIdle, nextRescan - now)
        for time in [storeRetryAt, moveRetryAt, relockAt, scanRetryAt, watchLost ? nextWatchAttempt : nil] {
            if let time { due = min(due, time - now) }
        }
        if let soonest = deferred.values.min() { due = min(due, soonest - now) }
        return max(due, 0.001)
    }

    /// What to do after the wait.
    public mutating func nextStep(now: Double, extraWork: Bool = false) -> Step {
        if let retry = storeRetryAt {
            if now < retry { return .backingOff }
            storeRetryAt = nil
            // Files taken while the store failed were left in the inbox: find them again.
            needsScan = true
        }
        if hasQueuedNames || extraWork { return .gatherBatch }
        return inFlight != nil ? .finishCommit : .idle
    }

    // MARK: Batches

    public mutating func beginBatch(now: Double) {
        batchDeadline = now + configuration.batchMaximumWait
        batchNames.removeAll(keepingCapacity: true)
        quiet = false
    }

    /// The next move in gathering a batch of `gathered` files so far. While a commit is in flight
    /// (this batch cannot commit before it ends anyway) a burst is grouped, up to the batch's
    /// maximum wait or one quiet gap without a new file; with none in flight, what has come is
    /// taken at once: a lone file waits for nothing, and the files that come during its commit
    /// make the next group.
    public mutating func nextInBatch(now: Double, gathered: Int, stopping: Bool = false) -> BatchStep {
        let step = nextInBatchStep(now: now, gathered: gathered, stopping: stopping)
        if step == .complete && !cameBack.isEmpty {
            // Read after this batch: once its commit is done if it holds the name (held back).
            for name in cameBack { enqueue(name) }
            cameBack.removeAll()
        }
        return step
    }

    private mutating func nextInBatchStep(now: Double, gathered: Int, stopping: Bool) -> BatchStep {
        while gathered < configuration.batchMaximumFiles {
            if queue.isEmpty {
                if wantsScanNames { return .refill }
                let remaining = batchDeadline - now
                if remaining <= 0 || stopping || quiet || (gathered > 0 && inFlight == nil) { return .complete }
                return .wait(timeout: min(remaining, configuration.quietGap))
            }
            guard let name = queue.popFirst() else { break }
            // A name can come back while its batch is gathered (a scan and its own event, or
            // a new file under the name): it is looked at again after this batch.
            guard batchNames.insert(name).inserted else {
                cameBack.append(name)
                continue
            }
            if inFlight?.contains(name) == true {
                heldBack.append(name)
                continue
            }
            return .read(name)
        }
        return .complete
    }

    /// The events of a wait within a batch; a wait that brought no file ends the batch.
    public mutating func waited(_ events: [InboxEvent], now: Double) -> Reaction {
        var reaction = Reaction.none
        var sawFile = false
        for event in events {
            if case .file = event { sawFile = true }
            if handle(event, now: now) == .releaseLock { reaction = .releaseLock }
        }
        quiet = !sawFile
        return reaction
    }

    // MARK: Commits and moves

    /// A batch of these files is being committed.
    public mutating func commitStarted(_ names: some Sequence<String>) {
        inFlight = Set(names)
    }

    /// The commit in flight is durable; names held back are looked at again.
    public mutating func commitSucceeded() {
        endCommit()
        storeBackoff.reset()
    }

    /// The commit in flight failed: its files stay in the inbox, and nothing is read for the
    /// returned backoff (0.5 s doubling to 30 s); a scan afterwards finds them again.
    @discardableResult
    public mutating func commitFailed(now: Double) -> Double {
        endCommit()
        let delay = storeBackoff.next()
        storeRetryAt = now + delay
        return delay
    }

    private mutating func endCommit() {
        inFlight = nil
        for name in heldBack { enqueue(name) }
        heldBack.removeAll()
    }

    /// A committed file could not leave the inbox; it is taken again after the move backoff.
    /// - Returns: true the first time for this name (the engine logs it once).
    @discardableResult
    public mutating func moveFailed(_ name: String, now: Double) -> Bool {
        let first = unmoved.insert(name).inserted
        if moveRetryAt == nil { moveRetryAt = now + moveBackoff.next() }
        return first
    }

    /// A file left the inbox. - Returns: true when no committed file waits to move any more.
    @discardableResult
    public mutating func moveSucceeded() -> Bool {
        moveBackoff.reset()
        return unmoved.isEmpty
    }

    /// The inbox entry is not the file that was read (replaced during its commit): what is
    /// there now is taken on its own.
    public mutating func fileChanged(_ name: String) { enqueue(name) }

    // MARK: Reload

    /// A new configuration; `inboxChanged` (another folder or recursion) forgets every name of
    /// the old inbox. A scan follows either way.
    public mutating func reload(_ new: Configuration, inboxChanged: Bool, now: Double) {
        let limitChanged = new.queueLimit != configuration.queueLimit
        configuration = new
        if inboxChanged || limitChanged {
            queue = NameQueue(limit: new.queueLimit)
            scanning = false
            unmoved.removeAll()
            watchLost = false
        }
        if inboxChanged { deferred.removeAll() }
        nextRescan = now + new.rescanInterval
        needsScan = true
    }
}
