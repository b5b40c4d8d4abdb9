import Foundation
import Logging
import NewsCore
import NewsStoreSQLite

/// The daemon's loop, on a thread of its own: inotify events and scans feed a bounded queue;
/// files are read, decoded and committed in groups; only after a durable commit does a file
/// leave the inbox, for processed/ (or deletion) or failed/ with its reason. A group is committed
/// on the committer while the next one is read and decoded; the store and the story linker are
/// touched by one thread at a time. Alerts are not its business: after each commit it tells the
/// alert service (``CommitHooks``), which matches and delivers on its own.
final class IngestEngine {
    /// The most names held in memory; past it the names are dropped and a rescan finds them.
    static let queueLimit = 10_000
    /// Within a batch, this long without a new file ends the wait for more.
    static let quietGap = 0.002

    private var config: NewsdConfiguration
    private let store: any ArticleStore
    private var watcher: InotifyWatcher
    private let control: EngineControl
    private let notifier: SystemdNotifier
    private let statusPublisher: StatusPublisher
    private let logger: Logger
    private var intake: FileIntake
    private var policy: FileNamePolicy
    private let linker: StoryLinker
    private let hooks: CommitHooks?

    private var queue: [String] = []
    private var head = 0
    private var queued = Set<String>()
    private var scanner: DirectoryScanner?
    private var needsScan = true
    private var nextRescan: Double
    private var deferred: [String: Double] = [:]
    private var watchLost = false
    private var nextWatchAttempt = 0.0
    private var storeRetryAt: Double?
    private var backoff = 0.5
    /// Files whose record is committed but which could not leave the inbox (disk full, processed/
    /// read-only): taken again, with the same backoff as a failed commit, without waiting for the
    /// backstop rescan. The store recognises them and they are only moved.
    private var unmoved = Set<String>()
    private var moveRetryAt: Double?
    private var moveBackoff = 0.5
    /// Which files newsd had in hand when it died before (see ``CrashLedger``); nil in tests
    /// that do not need it.
    private let ledger: CrashLedger?
    /// The last failure to write the store's head anchor, logged once until it clears.
    private var anchorProblem: String?
    /// The lock on the inbox (see ``InstanceLock``); given up while the inbox is being removed
    /// (its open file would keep the folder from going) and taken again when it is back.
    private var inboxLock: InstanceLock?
    private let locksInbox: Bool
    private var relockAt: Double?
    /// A file that was in hand at a crash, read and waiting to be taken in a batch of its own.
    private var isolated: FileIntake.Prepared?
    private var counters = IngestCounters()
    private var published = IngestCounters()
    /// The batch being committed on ``committer`` while the next one is read and decoded.
    private var pending: PendingCommit?
    /// Names met while their file's batch was still being committed: looked at again after.
    private var heldBack: [String] = []
    /// Runs the store's commits, one at a time and in order, so that waiting for the disk
    /// (fsync) overlaps decoding and analysing the next batch.
    private let committer = DispatchQueue(label: "newsd.commit")

    init(
        config: NewsdConfiguration, store: any ArticleStore, control: EngineControl, notifier: SystemdNotifier,
        logger: Logger, hooks: CommitHooks? = nil, ledger: CrashLedger? = nil, inboxLock: InstanceLock? = nil
    ) throws {
        self.inboxLock = inboxLock
        locksInbox = inboxLock != nil
        self.hooks = hooks
        self.ledger = ledger
        self.config = config
        self.store = store
        self.control = control
        self.notifier = notifier
        statusPublisher = StatusPublisher(notifier: notifier)
        self.logger = logger
        intake = FileIntake(
            maximumFileSize: config.maximumFileSize, minimumFileAge: config.minimumFileAge,
            analyzer: try AnalyzerLoader.analyzer(topicsFile: config.topicsFile),
            decoder: ArticleDecoder(maximumFeedItems: config.maximumFeedItems), progress: control.progress)
        policy = config.namePolicy
        linker = StoryLinker(configuration: config.linkerConfiguration)
        if let lost = (store as? SQLiteArticleStore)?.lostRecords {
            logger.critical(
                "the store \(config.storePath) lost records \(lost.lowerBound)-\(lost.upperBound) since they were committed (a truncated WAL or a restored copy?); their numbers are not given out again, and their files are in \(config.processedDirectory): put them back into the inbox to store them again. `newsd verify` reports the loss until the store is restored")
        }
        try store.restore(linker)
        nextRescan = monotonicNow() + config.rescanInterval
        try Self.makeSpool(config)
        watcher = try InotifyWatcher(root: config.inbox, recursive: config.recursive, waker: control.waker)
        try watcher.watchRoot()
    }

    private static func makeSpool(_ config: NewsdConfiguration) throws(SpoolError) {
        try SpoolFileSystem.makeDirectories(config.inbox)
        if config.afterIngest == .move { try SpoolFileSystem.makeDirectories(config.processedDirectory) }
        try SpoolFileSystem.makeDirectories(config.failedDirectory)
    }

    /// Runs until ``EngineControl/requestStop()``; the batch in hand is committed first.
    func run() {
        notifier.ready(status: counters.statusLine)
        logger.info("watching \(config.inbox)", metadata: ["newsd.inbox": "\(config.inbox)"])
        while !control.stopRequested {
            step()
        }
        finishPending()
        ledger?.release()
        statusPublisher.stop()
        logger.info("stopped: \(counters.articles) ingested, \(counters.duplicates) duplicates, \(counters.failed) failed")
    }

    private func step() {
        if let new = control.takeReload() {
            finishPending()
            apply(new)
        }
        let now = monotonicNow()
        if now >= nextRescan {
            needsScan = true
            nextRescan = now + config.rescanInterval
        }
        if watchLost && now >= nextWatchAttempt { rewatch() }
        if let due = relockAt, !watchLost, now >= due { relock() }
        if let due = moveRetryAt, now >= due {
            moveRetryAt = nil
            for name in unmoved { enqueue(name) }
            unmoved.removeAll()
        }
        if needsScan && scanner == nil && storeRetryAt == nil && !watchLost { startScan() }
        refill()
        releaseDeferred()
        let ready = ((head < queue.count || isolated != nil) && storeRetryAt == nil) || pending != nil
        handle(watcher.wait(timeout: ready ? 0 : idleTimeout(now)))
        if let retry = storeRetryAt {
            if monotonicNow() < retry {
                publish()
                return
            }
            storeRetryAt = nil
            needsScan = true
        }
        if head < queue.count || isolated != nil { processBatch() } else { finishPending() }
        publish()
    }

    private func idleTimeout(_ now: Double) -> Double {
        var t = min(1.0, nextRescan - now)
        if let retry = storeRetryAt { t = min(t, retry - now) }
        if let retry = moveRetryAt { t = min(t, retry - now) }
        if let due = deferred.values.min() { t = min(t, due - Date().timeIntervalSince1970) }
        return max(t, 0.001)
    }

    // MARK: Queue

    private func enqueue(_ name: String) {
        guard accepts(name), !queued.contains(name) else { return }
        guard queued.count < Self.queueLimit else {
            needsScan = true
            return
        }
        queued.insert(name)
        queue.append(name)
    }

    private func dequeue() -> String {
        let name = queue[head]
        head += 1
        queued.remove(name)
        if head > 4096 && head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
        return name
    }

    private func accepts(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        guard let last = parts.last, policy.accepts(String(last)) else { return false }
        return !parts.dropLast().contains { $0.hasPrefix(".") }
    }

    private func startScan() {
        do {
            let scan = try DirectoryScanner(root: config.inbox, recursive: config.recursive)
            let watcher = self.watcher
            let logger = self.logger
            scan.onDirectory = { relative in
                do { try watcher.watch(relative) } catch { logger.error("\(error)") }
            }
            scanner = scan
            needsScan = false
        } catch {
            logger.error("cannot scan the inbox: \(error); retrying")
        }
    }

    private func refill() {
        guard let scan = scanner else { return }
        while queue.count - head < Self.queueLimit / 2 {
            guard let name = scan.next() else {
                scanner = nil
                return
            }
            enqueue(name)
        }
    }

    private func releaseDeferred() {
        guard !deferred.isEmpty else { return }
        let now = Date().timeIntervalSince1970
        for (name, due) in deferred where due <= now {
            deferred[name] = nil
            enqueue(name)
        }
    }

    private func handle(_ events: [WatchEvent]) {
        for event in events {
            switch event {
            case .file(let name): enqueue(name)
            case .directory(let name):
                do { try watcher.watch(name) } catch { logger.error("\(error)") }
                needsScan = true
            case .overflow:
                logger.warning("the inotify queue overflowed; rescanning the inbox")
                needsScan = true
            case .rootLost:
                logger.error("the inbox \(config.inbox) was removed or moved; waiting for it to come back")
                watchLost = true
                scanner = nil
                nextWatchAttempt = monotonicNow() + 0.2
            case .lockRemoved:
                // Let go at once: if the inbox is being removed, the folder can go, and its
                // IN_DELETE_SELF follows. The lock is taken again when the inbox is back, or,
                // when only the lock file was removed, after a while: soon enough to matter, late
                // enough not to put a file back into a folder that `rm -r` is still emptying.
                guard inboxLock != nil else { break }
                inboxLock = nil
                relockAt = monotonicNow() + 30
            case .woken: break
            }
        }
    }

    /// Takes the inbox lock again after its file was removed. Another newsd may have taken the
    /// inbox in between: then this one stops, as it would have refused to start.
    private func relock() {
        relockAt = nil
        guard inboxLock == nil else { return }
        do {
            inboxLock = try InstanceLock(inbox: config.inbox, stateDirectory: config.stateDirectory)
        } catch let conflict as LockConflict {
            logger.critical("\(conflict); this newsd stops")
            control.requestStop()
        } catch {
            logger.error("cannot take the inbox lock again: \(error); retrying")
            relockAt = monotonicNow() + 1
        }
    }

    private func rewatch() {
        do {
            watcher = try InotifyWatcher(root: config.inbox, recursive: config.recursive, waker: control.waker)
            try watcher.watchRoot()
            watchLost = false
            needsScan = true
            if locksInbox && inboxLock == nil { relock() }
            logger.notice("the inbox \(config.inbox) is back; watching it again")
        } catch {
            nextWatchAttempt = monotonicNow() + 1
        }
    }

    // MARK: Batches

    private func processBatch() {
        var gathered: [FileIntake.Prepared] = []
        // A name can come back while its batch is being gathered (a scan and its own event).
        var inBatch = Set<String>()
        // A file that was in hand when newsd died is taken alone, with nothing else in hand,
        // so that a crash blames it and no other.
        var alone = false
        if let suspect = isolated {
            isolated = nil
            gathered = [suspect]
            alone = true
        }
        let suspecting = ledger?.hasSuspects ?? false
        var suspects = 0
        let deadline = monotonicNow() + config.batchMaximumWait
        gather: while !alone && gathered.count < config.batchMaximumFiles {
            if head == queue.count {
                refill()
                if head == queue.count {
                    // Wait for more only while more keep coming: a burst is grouped (up to
                    // batch_max_wait), a lone file is committed after one quiet gap.
                    let remaining = deadline - monotonicNow()
                    if remaining <= 0 || control.stopRequested { break }
                    let events = watcher.wait(timeout: min(remaining, Self.quietGap))
                    handle(events)
                    if !events.contains(where: { if case .file = $0 { true } else { false } }) { break }
                    continue
                }
            }
            let name = dequeue()
            guard inBatch.insert(name).inserted else { continue }
            if let pending, pending.names.contains(name) {
                heldBack.append(name)
                continue
            }
            switch intake.read(path: inboxPath(name), name: name, recordIdentity: true) {
            case .skip: continue
            case .notBefore(let due): deferred[name] = due
            case .read(let raw) where suspecting && (raw.identity.map { ledger?.crashes($0) ?? 0 } ?? 0) > 0:
                let prepared = quarantineOrSuspect(raw)
                if case .item = prepared {
                    gathered.append(prepared)
                } else if !Self.triedAlone(crashes: raw.identity.map { ledger?.crashes($0) ?? 0 } ?? 0, limit: config.quarantineAfter) {
                    // Once suspected, in a small group: the innocent files that were in hand with
                    // the culprit clear a group at a time, and only the culprit's group is suspected again.
                    gathered.append(prepared)
                    suspects += 1
                    if suspects >= Self.suspectGroup { break gather }
                } else if gathered.isEmpty {
                    gathered = [prepared]
                    alone = true
                } else {
                    isolated = prepared
                    break gather
                }
            case let prepared: gathered.append(prepared)
            }
        }
        guard !gathered.isEmpty else { return finishPending() }
        if alone { finishPending() }
        let inHand = gathered.compactMap { prepared -> String? in
            if case .read(let raw) = prepared { raw.identity } else { nil }
        }
        ledger?.begin(inHand)
        let items = intake.decode(gathered)
        finishPending()
        // The previous commit failed: these files stay in the inbox too, and are found again
        // by the rescan that follows the retry.
        guard storeRetryAt == nil, !items.isEmpty else {
            ledger?.settle(inHand)
            return
        }
        pending = PendingCommit.start(
            items, at: Int64(Date().timeIntervalSince1970 * 1000), store: store, linker: linker, on: committer)
        if alone { finishPending() }
    }

    /// Suspects tried together while they have crashed newsd fewer than `quarantine_after - 1`
    /// times: after one crash with a batch of 512 in hand, 32 groups clear the innocent files, where
    /// trying each alone took 512 commits (and under repeated crashes the inbox backlog grew).
    static let suspectGroup = 16

    /// Whether a suspect is tried alone: once it has crashed newsd `limit - 1` times, so that the
    /// crash that sets it aside can only be its own.
    static func triedAlone(crashes: Int, limit: Int) -> Bool { crashes >= limit - 1 }

    /// A file that was in hand when newsd died: set aside (`crashed-newsd`) once that happened
    /// ``NewsdConfiguration/quarantineAfter`` times, else tried again (in a small group at first,
    /// then alone).
    private func quarantineOrSuspect(_ raw: FileIntake.RawFile) -> FileIntake.Prepared {
        let crashes = raw.identity.map { ledger?.crashes($0) ?? 0 } ?? 0
        guard crashes >= config.quarantineAfter else {
            let how = Self.triedAlone(crashes: crashes, limit: config.quarantineAfter) ? "alone" : "in a group of at most \(Self.suspectGroup)"
            logger.warning(
                "\(raw.name) was in hand when newsd stopped abnormally (\(crashes) of \(config.quarantineAfter) times); trying it \(how)",
                metadata: ["newsd.file": "\(raw.name)"])
            return .read(raw)
        }
        return .item(IntakeItem(
            file: raw.name, identity: raw.identity, sha256: ContentHash.sha256Hex(raw.bytes),
            result: .failure(.crashedNewsd(times: crashes))))
    }

    /// Where an inbox file is, by the name it is recorded under.
    private func inboxPath(_ name: String) -> RawPath { RawPath(directory: config.inbox, name: name) }

    /// Waits for the batch being committed, tells the alert service, then moves its files out of the
    /// inbox, only now that their records are durable; a failed commit leaves them all in place.
    private func finishPending() {
        guard let commit = pending else { return }
        let result = commit.wait()
        pending = nil
        control.progress.advance()
        // Out of hand, committed or not; a file set aside stays suspected until it has left.
        ledger?.settle(commit.items.compactMap { item in
            if case .failure(.crashedNewsd) = item.result { return nil }
            return item.identity
        })
        for name in heldBack { enqueue(name) }
        heldBack.removeAll()
        let outcomes: [IntakeOutcome]
        switch result {
        case .success(let o): outcomes = o
        case .failure(let error):
            if counters.storeProblem != error.description {
                logger.error("cannot commit \(commit.items.count) files: \(error); they stay in the inbox and are retried")
            }
            counters.storeProblem = error.description
            storeRetryAt = monotonicNow() + backoff
            backoff = min(backoff * 2, 30)
            return
        }
        if counters.storeProblem != nil {
            logger.notice("the store takes writes again; resuming")
            counters.storeProblem = nil
        }
        backoff = 0.5
        // The commit stands; only its copy of the head outside the database is behind.
        if let failure = (store as? SQLiteArticleStore)?.anchorFailure, failure != anchorProblem {
            logger.error("\(failure); the commit stands, but a rollback of the database would go unnoticed until the head is written again (retried at every commit)")
        }
        anchorProblem = (store as? SQLiteArticleStore)?.anchorFailure
        counters.batches += 1
        let stored = outcomes.compactMap { outcome -> Int64? in
            if case .stored(let seqs) = outcome { return seqs.last }
            return nil
        }
        if let last = stored.max() { hooks?.committed(last) }
        for (item, outcome) in zip(commit.items, outcomes) {
            dispose(item, outcome, millis: commit.millis)
        }
    }

    private func dispose(_ item: IntakeItem, _ outcome: IntakeOutcome, millis: Int64) {
        var meta: Logger.Metadata = ["newsd.file": "\(item.file)", "newsd.sha256": "\(item.sha256)"]

        switch outcome {
        case .stored(let seqs):
            counters.articles += seqs.count
            meta["newsd.seq"] = "\(seqs.map(String.init).joined(separator: ","))"
            let title = (try? item.result.get().first?.headline) ?? ""
            logger.info("ingested \(item.file) as \(seqs.count == 1 ? "article \(seqs[0])" : "\(seqs.count) articles"): \(title)", metadata: meta)
            finish(item, millis: millis)
        case .duplicate(let seq, let original):
            counters.duplicates += 1
            meta["newsd.seq"] = "\(seq)"
            logger.notice("\(item.file) has the same content as article \(original); recorded as duplicate \(seq)", metadata: meta)
            finish(item, millis: millis)
        case .failed(let seq, let code, let reason):
            counters.failed += 1
            meta["newsd.seq"] = "\(seq)"
            logger.warning("\(item.file) was not ingested: \(reason)", metadata: meta)
            fail(item, seq: seq, code: code, reason: reason, millis: millis)
        case .alreadyRecorded(let kind, let seq, let code, let reason):
            meta["newsd.seq"] = "\(seq)"
            logger.info("\(item.file) was already recorded as \(seq) (its move out of the inbox had not happened); finishing the move", metadata: meta)
            if kind == .failed {
                fail(item, seq: seq, code: code ?? "unknown", reason: reason ?? "", millis: millis)
            } else {
                finish(item, millis: millis)
            }
        }
    }

    /// processed/YYYY/MM/DD/[subfolder/]name, or deletion.
    private func finish(_ item: IntakeItem, millis: Int64) {
        guard isUnchanged(item) else { return leaveChanged(item) }
        let source = inboxPath(item.file)
        do throws(SpoolError) {
            if config.afterIngest == .delete {
                if Syscalls.unlink(source) != 0 && errno != ENOENT {
                    throw SpoolError(path: item.file, errno: errno, action: "cannot delete")
                }
                return moved()
            }
            let day = DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000)).prefix(10)
                .replacingOccurrences(of: "-", with: "/")
            let (subfolder, name) = split(FileNames.display(item.file))
            let target = try SpoolFileSystem.move(source, into: config.processedDirectory + "/" + day + subfolder, name: name)
            moved()
            restoreIfSwapped(item, movedTo: target)
        } catch {
            cannotMove(item, error, what: "the article is stored")
        }
    }

    /// A file whose record is durable could not leave the inbox: it is taken again after the
    /// backoff (the store recognises it; it is only moved then).
    private func cannotMove(_ item: IntakeItem, _ error: SpoolError, what: String) {
        if !unmoved.contains(item.file) {
            logger.error("\(error); \(what), the file stays in the inbox and is moved as soon as it can be (retried with backoff)",
                         metadata: ["newsd.file": "\(item.file)"])
        }
        unmoved.insert(item.file)
        counters.spoolProblem = error.description
        if moveRetryAt == nil {
            moveRetryAt = monotonicNow() + moveBackoff
            moveBackoff = min(moveBackoff * 2, 30)
        }
    }

    private func moved() {
        moveBackoff = 0.5
        if counters.spoolProblem != nil && unmoved.isEmpty {
            logger.notice("files leave the inbox again; resuming")
            counters.spoolProblem = nil
        }
    }

    /// failed/[subfolder/]name with name.error.json beside it; neither ever overwrites.
    private func fail(_ item: IntakeItem, seq: Int64, code: String, reason: String, millis: Int64) {
        guard isUnchanged(item) else { return leaveChanged(item) }
        let (subfolder, name) = split(FileNames.display(item.file))
        let folder = config.failedDirectory + subfolder
        let source = inboxPath(item.file)
        do {
            try SpoolFileSystem.makeDirectories(folder)
            var n = 0
            while Syscalls.lstat(folder + "/" + SpoolFileSystem.numbered(name, n)) != nil
                || Syscalls.lstat(folder + "/" + SpoolFileSystem.reportName(for: SpoolFileSystem.numbered(name, n))) != nil
            {
                n += 1
            }
            let target = SpoolFileSystem.numbered(name, n)
            let report: [String: Any] = [
                "file": item.file, "error": code, "reason": reason, "sha256": item.sha256, "seq": seq,
                "time": DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000)),
            ]
            let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted])
            try SpoolFileSystem.writeNew(folder + "/" + SpoolFileSystem.reportName(for: target), Array(json) + [0x0A])
            let movedTo = try SpoolFileSystem.move(source, into: folder, name: target)
            moved()
            restoreIfSwapped(item, movedTo: movedTo)
        } catch let error as SpoolError {
            cannotMove(item, error, what: "its refusal is recorded")
        } catch {
            cannotMove(item, SpoolError(path: item.file, errno: EINVAL, action: "cannot write the report for (\(error))"), what: "its refusal is recorded")
        }
    }

    /// True when the inbox entry is still the very file that was read: same device, inode, size
    /// and modification time. (Refused entries without an identity count as unchanged.)
    private func isUnchanged(_ item: IntakeItem) -> Bool {
        guard let identity = item.identity else { return true }
        guard let st = Syscalls.lstat(inboxPath(item.file)) else { return true }  // gone: nothing to lose
        return FileFacts(st).identity(name: item.file) == identity
    }

    /// Replaced or rewritten after it was read: what is there now is another file. The record of
    /// what was read stays; the file is left in the inbox and taken on its own.
    private func leaveChanged(_ item: IntakeItem) {
        logger.notice("\(item.file) changed after it was read; the new content is taken on its own",
                      metadata: ["newsd.file": "\(item.file)"])
        enqueue(item.file)
    }

    /// Closes the window between the check and the rename: if another file took the name in
    /// between and was moved instead, it goes back to the inbox to be ingested on its own.
    private func restoreIfSwapped(_ item: IntakeItem, movedTo target: String) {
        guard let identity = item.identity, let st = Syscalls.lstat(target) else { return }
        let facts = FileFacts(st)
        // A copy across file systems has a new inode; only a rename can be checked this way.
        guard identity.hasPrefix("\(facts.device):"), facts.identity(name: item.file) != identity else { return }
        let (subfolder, name) = split(item.file)
        do {
            try SpoolFileSystem.move(target, into: config.inbox + subfolder, name: name)
            logger.notice("\(item.file) was replaced while it was being moved; the new file went back to the inbox")
        } catch {
            logger.error("\(error); \(target) holds a file that was not ingested: move it back into the inbox")
        }
    }

    private func split(_ relative: String) -> (subfolder: String, name: String) {
        guard let slash = relative.lastIndex(of: "/") else { return ("", relative) }
        return ("/" + relative[..<slash], String(relative[relative.index(after: slash)...]))
    }

    // MARK: Status and reload

    private func publish() {
        counters.queued = queue.count - head + deferred.count
        if let hooks { counters.alerts = hooks.delivered() }
        control.beat(counters)
        if counters != published {
            statusPublisher.publish(counters.statusLine)
            published = counters
            control.observer?(counters)
        }
    }

    private func apply(_ new: NewsdConfiguration) {
        var new = new
        if new.stateDirectory != config.stateDirectory {
            logger.warning("state_dir changes take effect at the next restart; keeping \(config.stateDirectory) for now")
            new.stateDirectory = config.stateDirectory
        }
        // Everything that can fail is done before anything changes: a refused reload keeps the
        // whole previous configuration.
        let analyzer: Analyzer?
        let subscriptions: SubscriptionIndex?
        do {
            let topicsChanged = new.topicsFile != nil || config.topicsFile != nil
            analyzer = topicsChanged ? try AnalyzerLoader.analyzer(topicsFile: new.topicsFile) : intake.analyzer
            subscriptions = hooks == nil ? nil : try AlertService.subscriptions(new)
            try Self.makeSpool(new)
            // The new inbox is locked before anything changes; another newsd on it refuses the reload.
            let newLock = locksInbox && new.inbox != config.inbox
                ? try InstanceLock(inbox: new.inbox, stateDirectory: config.stateDirectory) : nil
            if let newLock {
                inboxLock = newLock
                relockAt = nil
            }
            if new.inbox != config.inbox || new.recursive != config.recursive {
                let fresh = try InotifyWatcher(root: new.inbox, recursive: new.recursive, waker: control.waker)
                try fresh.watchRoot()
                watcher = fresh
                queue.removeAll()
                queued.removeAll()
                head = 0
                scanner = nil
                isolated = nil
                unmoved.removeAll()
                watchLost = false
            }
        } catch {
            logger.error("cannot apply the new configuration: \(error); keeping the previous one")
            notifier.ready(status: "Reload refused: \(error); \(counters.statusLine)")
            return
        }
        if let hooks, let subscriptions {
            hooks.subscriptions(subscriptions, new.alertWindow)
            logger.notice("\(subscriptions.count) subscriptions loaded")
        }
        config = new
        intake = FileIntake(
            maximumFileSize: new.maximumFileSize, minimumFileAge: new.minimumFileAge, analyzer: analyzer,
            decoder: ArticleDecoder(maximumFeedItems: new.maximumFeedItems), progress: control.progress)
        policy = new.namePolicy
        nextRescan = monotonicNow() + new.rescanInterval
        needsScan = true
        logger.notice("configuration reloaded")
        notifier.ready(status: counters.statusLine)
    }
}
