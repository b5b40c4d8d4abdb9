import Foundation
import PostgresNIO
import Synchronization

/// A connection leased from the pool with a deadline, held by a task of its own until
/// ``release()``.
///
/// `PostgresClient.withConnection` waits for a connection as long as the pool keeps trying to
/// make one, and after a server crash a pool was seen waiting on a connection attempt for over a
/// minute after the server was back: a commit that leased in that window never returned. Here a
/// lease that is not granted within its deadline is cancelled and fails, so every store
/// operation returns, with a transient error the daemon reports and retries.
struct PostgresLease: Sendable {
    let connection: PostgresConnection
    private let done: AsyncStream<Void>.Continuation

    /// Hands the connection back to the pool.
    func release() { done.finish() }

    struct TimedOut: Error {}

    /// Leases a connection of `client` within `timeout`.
    /// - Throws: ``TimedOut``, `CancellationError`, or what the pool throws.
    static func lease(from client: PostgresClient, timeout: Duration) async throws -> PostgresLease {
        let request = Request()
        let (released, done) = AsyncStream<Void>.makeStream()
        let holder = Task {
            do {
                try await client.withConnection { connection in
                    // Too late (timed out or cancelled): the connection goes straight back.
                    guard request.resolve(.success(connection)) else { return }
                    for await _ in released {}
                }
            } catch {
                _ = request.resolve(.failure(error))
            }
        }
        let timer = Task {
            try await Task.sleep(for: timeout)
            if request.resolve(.failure(TimedOut())) { holder.cancel() }
        }
        defer { timer.cancel() }
        let connection = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { request.wait($0) }
        } onCancel: {
            if request.resolve(.failure(CancellationError())) { holder.cancel() }
        }
        return PostgresLease(connection: connection, done: done)
    }

    /// The first outcome of a lease (granted, failed, timed out, cancelled) wins; the waiter may
    /// come before or after it.
    final class Request: Sendable {
        private enum State {
            case pending
            case waiting(CheckedContinuation<PostgresConnection, any Error>)
            case resolved(Result<PostgresConnection, any Error>)
            case finished
        }
        private let state = Mutex<State>(.pending)

        /// Records the outcome; false when another came first.
        func resolve(_ result: Result<PostgresConnection, any Error>) -> Bool {
            let (first, waiter): (Bool, CheckedContinuation<PostgresConnection, any Error>?) = state.withLock { state in
                switch state {
                case .pending:
                    state = .resolved(result)
                    return (true, nil)
                case .waiting(let continuation):
                    state = .finished
                    return (true, continuation)
                case .resolved, .finished:
                    return (false, nil)
                }
            }
            waiter?.resume(with: result)
            return first
        }

        func wait(_ continuation: CheckedContinuation<PostgresConnection, any Error>) {
            let result: Result<PostgresConnection, any Error>? = state.withLock { state in
                if case .resolved(let result) = state {
                    state = .finished
                    return result
                }
                state = .waiting(continuation)
                return nil
            }
            if let result { continuation.resume(with: result) }
        }
    }
}

/// Fails a statement that has made no progress (no answer, no row) for `limit`, and closes its
/// connection: a query on a connection the server or the network left hanging, or one whose
/// connection closed under it without failing it, would otherwise hold the store (and the
/// daemon's commit) for ever.
final class StallWatch: Sendable {
    private let lastProgress: Atomic<Int64>
    private let limit: Duration
    /// The statement being started, failed by the watchdog when it stalls.
    private let pending = Mutex<CheckedContinuation<PostgresRowSequence, any Error>?>(nil)

    struct Stalled: Error, CustomStringConvertible {
        var limit: Duration
        var description: String { "no answer from the server for \(limit); the connection was closed" }
    }

    init(limit: Duration) {
        self.limit = limit
        lastProgress = Atomic(Self.nowNanos())
    }

    static func nowNanos() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    func progressed() { lastProgress.store(Self.nowNanos(), ordering: .relaxed) }

    /// Starts a statement; its answer or the watchdog, whichever comes first, ends the wait.
    func start(_ operation: @escaping @Sendable () async throws -> PostgresRowSequence) async throws -> PostgresRowSequence {
        progressed()
        let rows = try await withCheckedThrowingContinuation { continuation in
            pending.withLock { $0 = continuation }
            Task {
                let result: Result<PostgresRowSequence, any Error>
                do { result = .success(try await operation()) } catch { result = .failure(error) }
                self.pending.withLock { $0.take() }?.resume(with: result)
            }
        }
        progressed()
        return rows
    }

    /// Watches `connection` until cancelled; after `limit` without progress it closes the
    /// connection and fails the statement being started.
    func watch(_ connection: PostgresConnection) -> Task<Void, Never> {
        let limitNanos = Int64(limit.components.seconds) * 1_000_000_000 + limit.components.attoseconds / 1_000_000_000
        return Task {
            while !Task.isCancelled {
                let idle = Self.nowNanos() - lastProgress.load(ordering: .relaxed)
                if idle >= limitNanos {
                    pending.withLock { $0.take() }?.resume(throwing: Stalled(limit: limit))
                    try? await connection.close()
                    return
                }
                try? await Task.sleep(for: .nanoseconds(limitNanos - idle))
            }
        }
    }
}
