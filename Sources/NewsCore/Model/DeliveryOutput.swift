import Foundation

/// One sink's delivery of an alert as `newsd alerts --json` and the web API write it.
public struct DeliveryOutput: Encodable, Sendable {
    public var sink: String
    /// delivered, pending, or refused (the sink answered that it will not take it; retried slowly).
    public var state: String
    public var attempts: Int
    public var deliveredAt: String?
    public var lastAttemptAt: String?
    public var nextAttemptAt: String?
    public var lastError: String?

    enum CodingKeys: String, CodingKey {
        case sink, state, attempts
        case deliveredAt = "delivered_at"
        case lastAttemptAt = "last_attempt_at"
        case nextAttemptAt = "next_attempt_at"
        case lastError = "last_error"
    }

    public init(_ d: AlertDelivery) {
        func time(_ ms: Int64?) -> String? { ms.map { DateParser.format(Date(timeIntervalSince1970: Double($0) / 1000)) } }
        sink = d.sink
        state = d.isDelivered ? "delivered" : (d.nextAttemptMillis != nil ? "refused" : "pending")
        attempts = d.attempts
        deliveredAt = time(d.deliveredMillis)
        lastAttemptAt = time(d.lastAttemptMillis)
        nextAttemptAt = time(d.nextAttemptMillis)
        lastError = d.lastError
    }
}
