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

    /// The words read, as ``Word/key``s.
    private static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].map(key)
    private static let months: [(key: UInt64, month: Int)] = [
        ("jan", 1), ("january", 1), ("feb", 2), ("february", 2), ("mar", 3), ("march", 3), ("apr", 4), ("april", 4),
        ("may", 5), ("jun", 6), ("june", 6), ("jul", 7), ("july", 7), ("aug", 8), ("august", 8), ("sep", 9),
        ("sept", 9), ("september", 9), ("oct", 10), ("october", 10), ("nov", 11), ("november", 11), ("dec", 12),
        ("december", 12),
    ].map { (key($0.0), $0.1) }
    /// Words before a weekday that make it the day of the event ("on Monday", "last Friday").
    private static let weekdayLeads = ["on", "last", "early", "late", "since"].map(key)
    private static let yesterday = key("yesterday")

    /// A word of the lead, as the readings below need it.
    struct Word {
        /// The word's ASCII letters in lower case, five bits each (a = 1), when it is at most
        /// nine ASCII letters, as every word this reads for is; 0 otherwise. Equal keys are equal
        /// lower-cased words: no other word lower-cases to one of these (they hold no k, the only
        /// ASCII letter a non-ASCII one lower-cases to: the Kelvin sign).
        var key: UInt64
        /// The word's value when it is ASCII digits only, as `Int` reads them.
        var number: Int?
    }

    static func key(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 5 | (UInt64($1 | 0x20) - 0x60) }
    }

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

    /// The lead's first ``leadWords`` words: runs of ASCII letters and digits or alphabetic
    /// scalars (read by bytes; Unicode properties asked only of non-ASCII scalars).
    static func lead(_ body: String) -> [Word] {
        var text = body
        return text.withUTF8 { utf8 in
            var out: [Word] = []
            out.reserveCapacity(leadWords)
            var start = -1
            var key: UInt64 = 0
            var letters = 0
            var digits = 0
            var other = false
            func begin(_ at: Int) {
                if start < 0 { (start, key, letters, digits, other) = (at, 0, 0, 0, false) }
            }
            func end(_ at: Int) {
                let length = at - start
                let number = digits == length && length > 0
                    ? (length <= 18 ? utf8[start..<at].reduce(0) { $0 * 10 + Int($1 - 0x30) } : Int(String(decoding: utf8[start..<at], as: UTF8.self)))
                    : nil
                out.append(Word(key: !other && digits == 0 && letters <= 9 ? key : 0, number: number))
                start = -1
            }
            var i = 0
            while i < utf8.count, out.count < leadWords {
                let b = utf8[i]
                var width = 1
                let wordy: Bool
                if b < 0x80 {
                    let lower = b | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        wordy = true
                        begin(i)
                        key = key << 5 | UInt64(lower - 0x60)
                        letters += 1
                    } else if b >= 0x30 && b <= 0x39 {
                        wordy = true
                        begin(i)
                        digits += 1
                    } else {
                        wordy = false
                    }
                } else {
                    // Valid UTF-8 (a String's): the lead byte gives the width.
                    width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for k in 1..<width { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                    wordy = Unicode.Scalar(value)?.properties.isAlphabetic ?? false
                    if wordy {
                        begin(i)
                        other = true
                    }
                }
                if !wordy && start >= 0 { end(i) }
                i += width
            }
            if start >= 0, out.count < leadWords { end(i) }
            return out
        }
    }

    /// "March 3" or "3 March" near the head: that day, in the latest year that does not put it
    /// after `base` (a dateline names a day that has come, allowing a day for time zones).
    static func datelineDay(_ words: ArraySlice<Word>, near base: Int64) -> Int64? {
        let ws = Array(words)
        for (i, w) in ws.enumerated() {
            guard w.key != 0, let month = months.first(where: { $0.key == w.key })?.month else { continue }
            let dayWord = i + 1 < ws.count ? ws[i + 1] : (i > 0 ? ws[i - 1] : nil)
            let other = i > 0 ? ws[i - 1] : nil
            guard let d = dayWord?.number ?? other?.number, (1...31).contains(d) else { continue }
            return nearest(month: month, day: d, to: base)
        }
        return nil
    }

    /// A weekday after "on"/"last", or "yesterday", in the lead: the latest such day at or before `base`.
    static func relativeDay(_ words: [Word], base: Int64) -> Int64? {
        let baseDay = base - floorMod(base, day)
        for (i, w) in words.enumerated() where w.key != 0 {
            if w.key == yesterday { return baseDay - day + 12 * 3_600_000 }
            guard let weekday = weekdays.firstIndex(of: w.key), i > 0, weekdayLeads.contains(words[i - 1].key)
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
