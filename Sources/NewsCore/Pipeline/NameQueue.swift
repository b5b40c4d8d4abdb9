/// Inbox names waiting to be read, first in first out, each at most once, at most `limit`.
struct NameQueue: Sendable {
    let limit: Int
    private var names: [String] = []
    private var head = 0
    private var members = Set<String>()

    init(limit: Int) { self.limit = limit }

    var count: Int { names.count - head }
    var isEmpty: Bool { head == names.count }

    func contains(_ name: String) -> Bool { members.contains(name) }

    enum Insertion: Equatable { case added, present, full }

    mutating func append(_ name: String) -> Insertion {
        guard !members.contains(name) else { return .present }
        guard members.count < limit else { return .full }
        members.insert(name)
        names.append(name)
        return .added
    }

    mutating func popFirst() -> String? {
        guard head < names.count else { return nil }
        let name = names[head]
        head += 1
        members.remove(name)
        // Drop the consumed prefix now and then, so memory follows the queue, not its history.
        if head > 4096 && head * 2 > names.count {
            names.removeFirst(head)
            head = 0
        }
        return name
    }

    mutating func removeAll() {
        names.removeAll()
        members.removeAll()
        head = 0
    }
}
