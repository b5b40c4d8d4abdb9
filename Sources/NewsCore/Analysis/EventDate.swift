import Foundation

/// When the event an article reports took place, as far as the article says: a day named in its
/// lead ("on Monday", "yesterday") resolved against the publication date, else the date of its
/// dateline ("NEW YORK, March 3 -"), else the publication date, else when it arrived. Stories are
/// linked on this date, so an article that arrives late, or a follow-up published two days after
/// the event, is still placed by the event's own day.
public enum EventDate {
    /// Words of the body read for a date.
    static let leadWords = 40
    static let day: Int64 = 86_400_000

    private static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    private static let months = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    /// Words before a weekday that make it the day of the event ("on Monday", "last Friday").
    private static let weekdayLeads: Set<String> = ["on", "last", "early", "late", "since"]

    /// The event's time in milliseconds since 1970 (UTC).
    public static func millis(body: String, published: Date?, arrivedAt arrival: Int64) -> Int64 {
        let publishedMillis = published.map { Int64($0.timeIntervalSince1970 * 1000) }
        var base = publishedMillis ?? arrival
        let words = lead(body)
        if let dateline = datelineDay(words.prefix(12), near: base) {
            // A dateline written on the day is as good as the publication date and better than arrival.
            if publishedMillis == nil || abs(dateline - base) <= 2 * day { base = dateline }
        }
        return relativeDay(words, base: base) ?? base
    }

    /// The lead's words, lower case, punctuation dropped; digits kept.
    static func lead(_ body: String) -> [Substring] {
        var out: [Substring] = []
        var start: String.Index?
        // ASCII letters and digits, or any alphabetic scalar (Unicode properties are slow to ask).
        let scalars = body.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex, out.count < leadWords {
            let c = scalars[i]
            let v = c.value
            let wordy = v < 0x80 ? ((0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)) : c.properties.isAlphabetic
            if wordy {
                if start == nil { start = i }
            } else if let s = start {
                out.append(body[s..<i])
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s = start, out.count < leadWords { out.append(body[s..<i]) }
        return out
    }

    /// "March 3" or "3 March" near the head: that day, in the latest year that does not put it
    /// after `base` (a dateline names a day that has come, allowing a day for time zones).
    static func datelineDay(_ words: ArraySlice<Substring>, near base: Int64) -> Int64? {
        let ws = Array(words)
        for (i, w) in ws.enumerated() {
            guard let month = months[w.lowercased()] else { continue }
            let dayWord = i + 1 < ws.count ? ws[i + 1] : (i > 0 ? ws[i - 1] : nil)
            let other = i > 0 ? ws[i - 1] : nil
            guard let d = Int(dayWord ?? "") ?? Int(other ?? ""), (1...31).contains(d) else { continue }
            return nearest(month: month, day: d, to: base)
        }
        return nil
    }

    /// A weekday after "on"/"last", or "yesterday", in the lead: the latest such day at or before `base`.
    static func relativeDay(_ words: [Substring], base: Int64) -> Int64? {
        let baseDay = base - floorMod(base, day)
        for (i, w) in words.enumerated() {
            let lower = w.lowercased()
            if lower == "yesterday" { return baseDay - day + 12 * 3_600_000 }
            guard let weekday = weekdays.firstIndex(of: lower), i > 0, weekdayLeads.contains(words[i - 1].lowercased())
            else { continue }
            // 1970-01-01 was a Thursday (index 4).
            let baseWeekday = Int(floorDiv(baseDay, day) + 4) % 7
            let back = (baseWeekday - weekday + 7) % 7
            return baseDay - Int64(back) * day + 12 * 3_600_000
        }
        return nil
    }

    private static func nearest(month: Int, day d: Int, to base: Int64) -> Int64? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let baseDate = Date(timeIntervalSince1970: Double(base) / 1000)
        let year = calendar.component(.year, from: baseDate)
        for y in [year + 1, year, year - 1] {
            guard let date = calendar.date(from: DateComponents(year: y, month: month, day: d, hour: 12)) else { continue }
            let m = Int64(date.timeIntervalSince1970 * 1000)
            if m <= base + day { return m }
        }
        return nil
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }
    private static func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }
}
