import Foundation
import NewsCore

/// A request's query parameters, decoded as HTML forms send them (`+` is a space), with the
/// checks every list shares: a bad value is a ``WebError`` 400 that names the parameter.
struct QueryString {
    private var values: [String: String] = [:]

    init(_ query: String?) {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            // The first value of a repeated parameter counts.
            if values[key] == nil { values[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
    }

    subscript(_ key: String) -> String? {
        guard let v = values[key], !v.isEmpty else { return nil }
        return v
    }

    /// Whether `key` was given, even empty (`limit=`): a number given empty is an error, not a default.
    func has(_ key: String) -> Bool { values[key] != nil }

    /// `limit`: 1...maximum, `fallback` when absent.
    func limit(fallback: Int, maximum: Int) throws(WebError) -> Int {
        guard has("limit") else { return min(fallback, maximum) }
        let text = values["limit"] ?? ""
        guard let n = Int(text), (1...maximum).contains(n) else {
            throw .badRequest("limit: expected a whole number from 1 to \(maximum), not \"\(text.prefix(40))\"")
        }
        return n
    }

    /// A non-negative sequence number or id.
    func sequence(_ key: String) throws(WebError) -> Int64? {
        guard has(key) else { return nil }
        let text = values[key] ?? ""
        guard let n = Int64(text), n >= 0 else { throw .badRequest("\(key): expected a whole number of 0 or more, not \"\(text.prefix(40))\"") }
        return n
    }

    /// `since`: today, yesterday, a span back from now (30m, 24h, 7d), a date or a time (RFC 3339).
    func since(now: Date = Date()) throws(WebError) -> Int64? {
        guard let text = self["since"] else { return nil }
        guard let millis = Self.time(text, now: now) else {
            throw .badRequest("since: expected today, yesterday, a span (30m, 24h, 7d), a date (2026-11-24) or a time (2026-11-24T10:00:00Z), not \"\(text.prefix(40))\"")
        }
        return millis
    }

    static func time(_ text: String, now: Date) -> Int64? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        switch text.lowercased() {
        case "today": return Int64(calendar.startOfDay(for: now).timeIntervalSince1970 * 1000)
        case "yesterday": return Int64(calendar.startOfDay(for: now).timeIntervalSince1970 * 1000) - 86_400_000
        default: break
        }
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604_800]
        if let unit = text.last, let scale = units[unit], let n = Double(text.dropLast()), n >= 0, n <= 36_500 * 86_400 {
            return Int64((now.timeIntervalSince1970 - n * scale) * 1000)
        }
        guard text.first?.isNumber == true, let date = DateParser.parse(text) else { return nil }
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite, abs(seconds) < 1e11 else { return nil }
        return Int64(seconds * 1000)
    }
}
