import Foundation
import Logging
import NewsCore

/// The daemon's loop, on a thread of its own, carrying out what its ``IngestStateMachine``
/// decides: inotify events and scans feed the machine's bounded queue; files are read, decoded
/// and appended to the journal in groups; only after a durable commit does a file leave the
/// inbox (``SpoolMover``). A group is committed while the next one is read and decoded. Alerts
/// are not its business: after each commit it tells the alert service (``CommitHooks``).
final class IngestEngine {
    private var config: NewsdConfiguration
    private let journal: any ArticleJournal
    private var watcher: InotifyWatcher
    private let control: EngineControl
    private let notifier: SystemdNotifier
    /// The STATUS line, shared with the engines of the other inboxes (``SharedStatus``).
    private let status: SharedStatus
    private let ownsStatus: Bool
    /// This engine's place among the inboxes; the first also reloads the subscriptions.
    private let slot: Int
    private let logger: Logger
    private var intake: FileIntake
    private var mover: SpoolMover
    private let hooks: CommitHooks?
    /// The engine's decisions; this class holds only what the system calls need.
    private var machine: IngestStateMachine
    private var scanner: DirectoryScanner?
    /// Which files newsd had in hand when it died before (see ``CrashLedger``); nil in tests
    /// that do not need it.
    private let ledger: CrashLedger?
    /// The last failure to write the store's head anchor, logged once until it clears.
    private var anchorProblem: String?
    private var searchIndexProblem: String?
    /// The lock on the inbox (see ``InstanceLock``); given up while the inbox is being removed
    /// (its open file would keep the folder from going) and taken again when it is back.
    private var inboxLock: InstanceLock?
    private let locksInbox: Bool
    /// A file that was in hand at a crash, read and waiting to be taken in a batch of its own.
    private var isolated: FileIntake.Prepared?
    private var counters = IngestCounters()
    private let metrics = IngestMetrics()
    private var published = IngestCounters()
    /// The batch being committed while the next one is read and decoded.
    private var pending: PendingCommit?
    /// Names a scan found and no event has named since: a file found by a scan may be one a
    /// writer has just created and not yet written (the scan right after READY, a rescan), so it
    /// is read only once it has not changed for ``scanSettleTime``, or when its IN_CLOSE_WRITE
    /// comes. (Reading it at once stored an empty or cut file, and then the whole one again.)
    private var scanFound = Set<String>()
    static let scanSettleTime = 1.0
    /// As many as the machine holds by default; beyond it a name is read as an event's would be.
    static let scanFoundLimit = 10_000

    init(
        config: NewsdConfiguration, journal: any ArticleJournal, control: EngineControl, notifier: SystemdNotifier,
        logger: Logger, hooks: CommitHooks? = nil, ledger: CrashLedger? = nil, inboxLock: InstanceLock? = nil,
        status: SharedStatus? = nil, slot: Int = 0, analyzer: Analyzer? = nil
    ) throws {
        self.slot = slot
        ownsStatus = status == nil
        self.status = status ?? SharedStatus(engines: 1, notifier: notifier)
        self.inboxLock = inboxLock
        locksInbox = inboxLock != nil
        self.hooks = hooks
        self.ledger = ledger
        self.config = config
        self.journal = journal
        self.control = control
        self.notifier = notifier
        self.logger = logger
        intake = FileIntake(
            maximumFileSize: config.maximumFileSize, minimumFileAge: config.minimumFileAge,
            analyzer: try analyzer ?? AnalyzerLoader.analyzer(topicsFile: config.topicsFile),
            decoder: ArticleDecoder(maximumFeedItems: config.maximumFeedItems), progress: control.progress)
        intake.defaultSource = config.inboxSource
        intake.matcher = hooks?.matcher
        mover = SpoolMover(config, logger: logger)
        machine = IngestStateMachine(configuration: Self.machineConfiguration(config, locksInbox: inboxLock != nil), now: monotonicNow())
        try Self.makeSpool(config)
        watcher = try InotifyWatcher(root: config.inbox, recursive: config.recursive, waker: control.waker)
        try watcher.watchRoot()
    }

    static func machineConfiguration(_ config: NewsdConfiguration, locksInbox: Bool) -> IngestStateMachine.Configuration {
        var c = IngestStateMachine.Configuration()
        c.rescanInterval = config.rescanInterval
        c.batchMaximumFiles = config.batchMaximumFiles
        c.batchMaximumWait = config.batchMaximumWait
        c.namePolicy = config.namePolicy
        c.locksInbox = locksInbox
        return c
    }

    private static func makeSpool(_ config: NewsdConfiguration) throws(SpoolError) {
        try SpoolFileSystem.makeDirectories(config.inbox)
        if config.afterIngest == .move { try SpoolFileSystem.makeDirectories(config.processedDirectory) }
        try SpoolFileSystem.makeDirectories(config.failedDirectory)
    }

    /// Runs until ``EngineControl/requestStop()``; the batch in hand is committed first.
    func run() {
        notifier.ready(status: status.line(slot, counters))
        logger.info("watching \(config.inbox)", metadata: ["newsd.inbox": "\(config.inbox)"])
        while !control.stopRequested {
            step()
        }
        finishPending()
        ledger?.release()
        if ownsStatus { status.stop() }
        logger.info("stopped: \(counters.articles) ingested, \(counters.duplicates) duplicates, \(counters.failed) failed")
    }

    /// One turn: what is due, a wait for inbox events (none when there is work), then a batch.
    private func step() {
        if let new = control.takeReload() {
            finishPending()
            apply(new)
        }
        let now = monotonicNow()
        machine.tick(now: now)
        while let action = machine.nextAction(now: now) {
            switch action {
            case .rewatch: rewatch(now: now)
            case .relock: relock(now: now)
            case .startScan: startScan(now: now)
            case .refill: refill()
            }
        }
        handle(watcher.wait(timeout: machine.waitTimeout(now: now, extraWork: isolated != nil)))
        switch machine.nextStep(now: monotonicNow(), extraWork: isolated != nil) {
        case .backingOff: break
        case .gatherBatch: processBatch()
        case .finishCommit, .idle: finishPending()
        }
        publish()
    }

    // MARK: Inbox events and scans

    private func handle(_ events: [WatchEvent]) {
        guard !events.isEmpty else { return }
        let now = monotonicNow()
        for event in events {
            guard let event = inboxEvent(event) else { continue }
            if machine.handle(event, now: now) == .releaseLock { inboxLock = nil }
        }
    }

    /// Carries out what an event needs beyond the machine (watching a new folder, logging) and
    /// translates it; nil for a wake-up.
    private func inboxEvent(_ event: WatchEvent) -> InboxEvent? {
        switch event {
        case .file(let name):
            scanFound.remove(name)
            return .file(name)
        case .directory(let name):
            do { try watcher.watch(name) } catch { logger.error("\(error)") }
            return .directory(name)
        case .overflow:
            logger.warning("the inotify queue overflowed; rescanning the inbox")
            return .overflow
        case .rootLost:
            logger.error("the inbox \(config.inbox) was removed or moved; waiting for it to come back")
            scanner = nil
            return .rootLost
        case .lockRemoved:
            // Let go at once (the machine says so while the lock is held): if the inbox is being
            // removed, the folder can go, and its IN_DELETE_SELF follows.
            return .lockRemoved
        case .woken: return nil
        }
    }

    private func startScan(now: Double) {
        do {
            let scan = try DirectoryScanner(root: config.inbox, recursive: config.recursive)
            let watcher = self.watcher
            let logger = self.logger
            scan.onDirectory = { relative in
                do { try watcher.watch(relative) } catch { logger.error("\(error)") }
            }
            scanner = scan
            scanFound.removeAll()
        } catch {
            logger.error("cannot scan the inbox: \(error); retrying")
            machine.scanFailed(now: now)
        }
    }

    /// Hands the machine names from the scan while it has room for them.
    private func refill() {
        guard let scan = scanner else { return machine.scanFinished() }
        while machine.wantsScanNames {
            guard let name = scan.next() else {
                scanner = nil
                return machine.scanFinished()
            }
            machine.scanned(name)
            if scanFound.count < Self.scanFoundLimit { scanFound.insert(name) }
        }
    }

    /// Takes the inbox lock again after its file was removed. Another newsd may have taken the
    /// inbox in between: then this one stops, as it would have refused to start.
    private func relock(now: Double) {
        guard inboxLock == nil else { return machine.lockTaken() }
        do {
            inboxLock = try InstanceLock(inbox: config.inbox, stateDirectory: config.stateDirectory)
            machine.lockTaken()
        } catch let conflict as LockConflict {
            logger.critical("\(conflict); this newsd stops")
            control.requestStop()
        } catch {
            logger.error("cannot take the inbox lock again: \(error); retrying")
            machine.relockFailed(now: now)
        }
    }

    private func rewatch(now: Double) {
        do {
            watcher = try InotifyWatcher(root: config.inbox, recursive: config.recursive, waker: control.waker)
            try watcher.watchRoot()
            machine.rewatched(now: now)
            logger.notice("the inbox \(config.inbox) is back; watching it again")
        } catch {
            // Still gone: the machine tries again later.
        }
    }

    // MARK: Batches

    private func processBatch() {
        var gathered: [FileIntake.Prepared] = []
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
        machine.beginBatch(now: monotonicNow())
        gather: while !alone {
            switch machine.nextInBatch(now: monotonicNow(), gathered: gathered.count, stopping: control.stopRequested) {
            case .complete: break gather
            case .refill: refill()
            case .wait(let timeout):
                let events = watcher.wait(timeout: timeout)
                let now = monotonicNow()
                let translated = events.compactMap(inboxEvent)
                if machine.waited(translated, now: now) == .releaseLock { inboxLock = nil }
            case .read(let name):
                let settle = scanFound.remove(name) != nil ? Self.scanSettleTime : 0
                switch intake.read(path: mover.inboxPath(name), name: name, recordIdentity: true, settle: settle) {
                case .skip: continue
                case .notBefore(let due):
                    if settle > 0 { scanFound.insert(name) }
                    // The file's age is wall-clock time; the machine's clock is monotonic.
                    machine.deferName(name, until: monotonicNow() + max(0, due - Date().timeIntervalSince1970))
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
        }
        guard !gathered.isEmpty else { return finishPending() }
        if alone { finishPending() }
        let inHand = gathered.compactMap { prepared -> String? in
            if case .read(let raw) = prepared { raw.identity } else { nil }
        }
        ledger?.begin(inHand)
        let items = intake.decode(gathered)
        let committed = completePending()
        // The previous commit failed: these files stay in the inbox too, and are found again
        // by the scan that follows the backoff.
        guard machine.storeRetryAt == nil, !items.isEmpty else {
            ledger?.settle(inHand)
            if let committed { moveOut(committed) }
            return
        }
        let commit = PendingCommit.start(items, at: Int64(Date().timeIntervalSince1970 * 1000), journal: journal)
        machine.commitStarted(commit.names)
        pending = commit
        // The files of the commit before leave the inbox while the store writes this one (their
        // records are durable; a crash before their moves leaves them to be recognised and moved).
        if let committed { moveOut(committed) }
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

    /// Waits for the batch being committed, tells the alert service, then moves its files out of
    /// the inbox, only now that their records are durable; a failed commit leaves them all in place.
    private func finishPending() {
        if let committed = completePending() { moveOut(committed) }
    }

    /// A commit that stood, whose files are still to leave the inbox (``moveOut(_:)``).
    private struct Committed {
        let commit: PendingCommit
        let outcomes: [IntakeOutcome]
    }

    /// Waits for the batch being committed and tells the machine, the crash ledger and the alert
    /// service how it went.
    /// - Returns: the commit, when it stood, for its files to be moved (``moveOut(_:)``).
    private func completePending() -> Committed? {
        guard let commit = pending else { return nil }
        let completion = commit.wait()
        metrics.commit.record(duration: ContinuousClock.now - commit.started)
        pending = nil
        control.progress.advance()
        // Out of hand, committed or not; a file set aside stays suspected until it has left.
        ledger?.settle(commit.items.compactMap { item in
            if case .failure(.crashedNewsd) = item.result { return nil }
            return item.identity
        })
        let outcomes: [IntakeOutcome]
        switch completion.result {
        case .success(let o):
            outcomes = o
            machine.commitSucceeded()
        case .failure(let error):
            let delay = machine.commitFailed(now: monotonicNow())
            if counters.storeProblem != error.description {
                switch error.kind {
                case .transient:
                    logger.error("cannot commit \(commit.items.count) files: \(error); they stay in the inbox and are retried")
                case .permanent:
                    logger.critical(
                        "cannot commit \(commit.items.count) files: \(error); this will not pass by itself: fix the store \(config.storeDescription) (permissions, version); the files stay in the inbox and are retried every \(Int(delay.rounded(.up))) s or more")
                case .corrupt:
                    logger.critical(
                        "the store \(config.storeDescription) is damaged: \(error); run `newsd verify` and restore a backup; the files stay in the inbox and are retried")
                }
            }
            counters.storeProblem = error.description
            return nil
        }
        if counters.storeProblem != nil {
            logger.notice("the store takes writes again; resuming")
            counters.storeProblem = nil
        }
        // The commit stands; only its copy of the head outside the database is behind.
        if let failure = completion.anchorFailure, failure != anchorProblem {
            logger.error("\(failure); the commit stands, but a rollback of the database would go unnoticed until the head is written again (retried at every commit)")
        }
        anchorProblem = completion.anchorFailure
        if let failure = completion.searchIndexFailure, failure != searchIndexProblem { logger.error("\(failure)") }
        searchIndexProblem = completion.searchIndexFailure
        counters.batches += 1
        metrics.committed(files: commit.items.count)
        if let hooks {
            // The pipeline's matches stand for the commit when they cover all of it; a commit of
            // articles without them is read back by the alert service.
            let handoff = hooks.matcher == nil ? nil : CommitMatches.from(commit.items, outcomes)
            if handoff != nil || outcomes.contains(where: { if case .stored = $0 { true } else { false } }) {
                hooks.committed(handoff)
            }
        }
        return Committed(commit: commit, outcomes: outcomes)
    }

    /// Moves the files of a commit that stood out of the inbox, and logs each.
    private func moveOut(_ committed: Committed) {
        for (item, outcome) in zip(committed.commit.items, committed.outcomes) {
            dispose(item, outcome, millis: committed.commit.millis)
        }
    }

    private func dispose(_ item: IntakeItem, _ outcome: IntakeOutcome, millis: Int64) {
        var meta: Logger.Metadata = ["newsd.file": "\(item.file)", "newsd.sha256": "\(item.sha256)"]

        switch outcome {
        case .stored(let seqs):
            counters.articles += seqs.count
            metrics.stored(articles: seqs.count)
            meta["newsd.seq"] = "\(seqs.map(String.init).joined(separator: ","))"
            let title = (try? item.result.get().first?.headline) ?? ""
            logger.info("ingested \(item.file) as \(seqs.count == 1 ? "article \(seqs[0])" : "\(seqs.count) articles"): \(title)", metadata: meta)
            for note in item.notes { logger.warning("\(item.file): \(note)", metadata: meta) }
            took(item, mover.finish(item, millis: millis), what: "the article is stored")
        case .duplicate(let seq, let original):
            counters.duplicates += 1
            metrics.duplicated()
            meta["newsd.seq"] = "\(seq)"
            logger.notice("\(item.file) has the same content as article \(original); recorded as duplicate \(seq)", metadata: meta)
            took(item, mover.finish(item, millis: millis), what: "the article is stored")
        case .failed(let seq, let code, let reason):
            counters.failed += 1
            metrics.failed(code: code)
            meta["newsd.seq"] = "\(seq)"
            logger.warning("\(item.file) was not ingested: \(reason)", metadata: meta)
            took(item, mover.fail(item, seq: seq, code: code, reason: reason, millis: millis), what: "its refusal is recorded")
        case .alreadyRecorded(let kind, let seq, let code, let reason):
            meta["newsd.seq"] = "\(seq)"
            logger.info("\(item.file) was already recorded as \(seq) (its move out of the inbox had not happened); finishing the move", metadata: meta)
            if kind == .failed {
                took(item, mover.fail(item, seq: seq, code: code ?? "unknown", reason: reason ?? "", millis: millis), what: "its refusal is recorded")
            } else {
                took(item, mover.finish(item, millis: millis), what: "the article is stored")
            }
        }
    }

    /// Tells the machine what became of a file's move, and logs what needs saying.
    private func took(_ item: IntakeItem, _ outcome: SpoolMover.Outcome, what: String) {
        switch outcome {
        case .moved:
            if machine.moveSucceeded() && counters.spoolProblem != nil {
                logger.notice("files leave the inbox again; resuming")
                counters.spoolProblem = nil
            }
        case .changed:
            // Replaced or rewritten after it was read: the record of what was read stays; what
            // is there now is taken on its own.
            logger.notice("\(item.file) changed after it was read; the new content is taken on its own",
                          metadata: ["newsd.file": "\(item.file)"])
            machine.fileChanged(item.file)
        case .cannotMove(let error):
            // Its record is durable: it is taken again after the backoff (the store recognises
            // it; it is only moved then).
            if machine.moveFailed(item.file, now: monotonicNow()) {
                logger.error("\(error); \(what), the file stays in the inbox and is moved as soon as it can be (retried with backoff)",
                             metadata: ["newsd.file": "\(item.file)"])
            }
            counters.spoolProblem = error.description
        }
    }

    // MARK: Status and reload

    private func publish() {
        counters.queued = machine.queued
        metrics.queued(machine.queued)
        if let hooks { counters.alerts = hooks.delivered() }
        control.beat(counters)
        if counters != published {
            status.publish(slot, counters)
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
        if new.metricsFile != config.metricsFile || new.metricsInterval != config.metricsInterval {
            logger.warning("metrics_file and metrics_interval changes take effect at the next restart")
            new.metricsFile = config.metricsFile
            new.metricsInterval = config.metricsInterval
        }
        // Everything that can fail is done before anything changes: a refused reload keeps the
        // whole previous configuration.
        let analyzer: Analyzer?
        let subscriptions: SubscriptionIndex?
        let inboxChanged = new.inbox != config.inbox || new.recursive != config.recursive
        do {
            let topicsChanged = new.topicsFile != nil || config.topicsFile != nil
            analyzer = topicsChanged ? try AnalyzerLoader.analyzer(topicsFile: new.topicsFile) : intake.analyzer
            // One engine (the first inbox's) loads the subscriptions for the alert service.
            subscriptions = hooks == nil || slot > 0 ? nil : try AlertService.subscriptions(new, logger: logger)
            try Self.makeSpool(new)
            // The new inbox is locked before anything changes; another newsd on it refuses the reload.
            let newLock = locksInbox && new.inbox != config.inbox
                ? try InstanceLock(inbox: new.inbox, stateDirectory: config.stateDirectory) : nil
            if let newLock {
                inboxLock = newLock
                machine.lockTaken()
            }
            if inboxChanged {
                let fresh = try InotifyWatcher(root: new.inbox, recursive: new.recursive, waker: control.waker)
                try fresh.watchRoot()
                watcher = fresh
                scanner = nil
                isolated = nil
            }
        } catch {
            logger.error("cannot apply the new configuration: \(error); keeping the previous one")
            notifier.ready(status: "Reload refused: \(error); \(status.line(slot, counters))")
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
        intake.defaultSource = new.inboxSource
        mover = SpoolMover(new, logger: logger)
        machine.reload(Self.machineConfiguration(new, locksInbox: locksInbox), inboxChanged: inboxChanged, now: monotonicNow())
        logger.notice("configuration reloaded")
        notifier.ready(status: status.line(slot, counters))
    }
}
