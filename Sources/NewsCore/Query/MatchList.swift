/// A list of term or query ids that a ``MatchState`` keeps from article to article and that the
/// hot loops fill without a runtime call a value: ``reserve(_:)`` makes room for all the values
/// a loop may add, once, and ``withAppender(_:)`` then writes them through a pointer (an
/// `Array.append` checks that its storage is unique, a call into the runtime, at each value).
struct MatchList: Sendable {
    /// The values are `storage[0..<count]`; the rest is room, left as it was.
    private var storage: [Int32] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }
    var values: ArraySlice<Int32> { storage[0..<count] }

    subscript(i: Int) -> Int32 {
        precondition(i < count)
        return storage[i]
    }

    /// Runs `body` with the values, read in place.
    @inline(__always)
    func withValues<R>(_ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    /// Empties the list, keeping its room.
    mutating func removeAll() { count = 0 }

    /// Makes room for `more` values after the ``count`` there are.
    @inline(__always)
    mutating func reserve(_ more: Int) {
        if storage.count - count < more { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: Swift.max(needed, storage.count * 2) - storage.count))
    }

    mutating func append(_ value: Int32) {
        reserve(1)
        storage[count] = value
        count += 1
    }

    mutating func append(contentsOf values: some Collection<Int32>) {
        reserve(values.count)
        for v in values {
            storage[count] = v
            count += 1
        }
    }

    /// Runs `body` with an appender that writes after the values there are, into the room that
    /// ``reserve(_:)`` made; what it appended is in the list after.
    @inline(__always)
    mutating func withAppender<R>(_ body: (inout Appender) -> R) -> R {
        if storage.isEmpty { grow(to: 16) }
        let start = count
        let (result, end) = storage.withUnsafeMutableBufferPointer { room in
            var appender = Appender(base: room.baseAddress!, count: start, capacity: room.count)
            let result = body(&appender)
            return (result, appender.count)
        }
        count = end
        return result
    }

    /// Writes values into a ``MatchList``'s room; more than the room holds is a crash, not an overflow.
    struct Appender {
        fileprivate let base: UnsafeMutablePointer<Int32>
        fileprivate(set) var count: Int
        fileprivate let capacity: Int

        @inline(__always)
        mutating func append(_ value: Int32) {
            precondition(count < capacity, "more values than reserved")
            base[count] = value
            count += 1
        }
    }
}
