import Foundation

/// Parses the publication dates that feeds, scrapers and mail produce: ISO 8601 / RFC 3339,
/// RFC 2822 (`Tue, 24 Nov 2026 10:00:00 +0000`), and Unix time in seconds or milliseconds.
/// A zone given by name (`JST`, `CEST`, `EST`) is read with its offset; a name that is not in
/// ``zoneOffsets`` makes the date unreadable (``read(_:)`` says which name), never UTC.
public enum DateParser {
    /// What a date string says: a time, or a time in a zone newsd does not know.
    public enum Reading: Equatable, Sendable {
        case date(Date)
        /// The zone's name is not in ``zoneOffsets``; `localTime` is the time as if it were UTC.
        case unknownZone(String, localTime: Date)
        case unreadable
    }

    /// The time, or nil when the string is not a date or names a zone newsd does not know (which
    /// is noted in ``DecodeNotes/current``, for the caller to log).
    public static func parse(_ raw: String) -> Date? {
        switch read(raw) {
        case .date(let date): return date
        case .unknownZone(let name, _):
            DecodeNotes.current?.add(
                "the date \"\(raw.prefix(80))\" names a time zone newsd does not know (\(name.prefix(20))): the article is stored without a publication time; a numeric offset (+0700) is always understood")
            return nil
        case .unreadable: return nil
        }
    }

    /// The time and, when it names a zone newsd does not know, that name (for the caller to log).
    public static func read(_ raw: String) -> Reading {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard let first = s.utf8.first else { return .unreadable }
        if s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int64(s) {
            // 13 digits and more are milliseconds.
            return .date(Date(timeIntervalSince1970: s.utf8.count >= 13 ? Double(n) / 1000 : Double(n)))
        }
        if first >= 0x30 && first <= 0x39, let d = iso8601(s) { return d }
        return rfc2822(s) ?? .unreadable
    }

    /// Minutes east of UTC of the zone names news sources use. Where a name is ambiguous, the
    /// reading of RFC 5322 (CST, EST: North America) or of the larger news market (IST: India) wins.
    public static let zoneOffsets: [String: Int] = [
        "Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "WET": 0, "WEST": 60, "BST": 60, "IST": 330,
        "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "WAT": 60, "EET": 120, "EEST": 180, "CAT": 120,
        "SAST": 120, "MSK": 180, "EAT": 180, "TRT": 180, "AST": -240, "ADT": -180, "GST": 240,
        "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420, "WITA": 480, "WIT": 540, "SGT": 480, "MYT": 480,
        "HKT": 480, "PHT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570, "ACDT": 630,
        "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "HST": -600, "AKST": -540, "AKDT": -480,
        "PST": -480, "PDT": -420, "MST": -420, "MDT": -360, "CST": -360, "CDT": -300, "EST": -300,
        "EDT": -240, "NST": -210, "NDT": -150, "BRT": -180, "ART": -180, "CLT": -240, "COT": -300,
        "PET": -300,
    ]

    /// The ISO 8601 form newsd stores and prints: `2026-11-24T10:00:00Z`.
    public static func format(_ date: Date) -> String {
        let total = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = total >= 0 ? total / 86400 : (total - 86399) / 86400
        let secs = total - days * 86400
        let (y, m, d) = civil(fromDays: days)
        func pad(_ v: Int64, _ w: Int) -> String {
            let t = String(v)
            return String(repeating: "0", count: max(0, w - t.count)) + t
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2)):\(pad(secs % 60, 2))Z"
    }

    static func iso8601(_ s: String) -> Reading? {
        var c = Scanner(Array(s.utf8))
        guard let y = c.digits(4), c.skip("-"), let mo = c.digits(2), c.skip("-"), let d = c.digits(2) else {
            return nil
        }
        var h = 0, mi = 0, sec = 0.0, offset = 0
        if c.skip("T") || c.skip("t") || c.skip(" ") {
            guard let hh = c.digits(2), c.skip(":"), let mm = c.digits(2) else { return nil }
            h = hh
            mi = mm
            if c.skip(":") {
                guard let ss = c.digits(2) else { return nil }
                sec = Double(ss)
                if c.skip(".") || c.skip(",") {
                    var scale = 0.1
                    while let digit = c.digit() {
                        sec += Double(digit) * scale
                        scale /= 10
                    }
                }
            }
            let beforeZone = c
            if let tz = c.zone() {
                offset = tz
            } else {
                c = beforeZone
                // `2026-11-24 10:00 JST`, as scrapers write it.
                _ = c.skip(" ")
                let name = String(decoding: c.rest, as: UTF8.self).uppercased()
                guard !name.isEmpty, name.count <= 5, name.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
                guard (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61 else { return nil }
                guard let minutes = zoneOffsets[name] else {
                    return .unknownZone(name, localTime: date(y, mo, d, h, mi, sec, 0))
                }
                return .date(date(y, mo, d, h, mi, sec, minutes * 60))
            }
        }
        guard c.atEnd, (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61 else { return nil }
        return .date(date(y, mo, d, h, mi, sec, offset))
    }

    static func rfc2822(_ s: String) -> Reading? {
        var parts = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let f = parts.first, f.count >= 3, Int(f) == nil { parts.removeFirst() }  // day name
        guard parts.count >= 4, let d = Int(parts[0]), let y0 = Int(parts[2]) else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let mIndex = months.firstIndex(of: String(parts[1].lowercased().prefix(3))) else { return nil }
        let y = y0 < 100 ? (y0 < 50 ? 2000 + y0 : 1900 + y0) : y0
        let hms = parts[3].split(separator: ":").compactMap { Int($0) }
        guard hms.count >= 2, hms[0] < 24, hms[1] < 60 else { return nil }
        guard (1...31).contains(d), hms.count <= 3, hms.count == 3 ? hms[2] < 61 : true else { return nil }
        let seconds = Double(hms.count > 2 ? hms[2] : 0)
        var offset = 0
        if parts.count >= 5 {
            let zone = parts[4].uppercased()
            if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", let v = Int(zone.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * (v / 100 * 3600 + v % 100 * 60)
            } else if let minutes = zoneOffsets[zone] {
                offset = minutes * 60
            } else if zone.hasPrefix("(") {
                // `(UTC)` alone: a comment, which RFC 5322 allows where the zone should be.
            } else {
                return .unknownZone(zone, localTime: date(y, mIndex + 1, d, hms[0], hms[1], seconds, 0))
            }
        }
        return .date(date(y, mIndex + 1, d, hms[0], hms[1], seconds, offset))
    }

    private static func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Double, _ offset: Int) -> Date {
        let days = daysFromCivil(Int64(y), Int64(m), Int64(d))
        let t = Double(days * 86400 + Int64(h * 3600 + mi * 60 - offset)) + s
        return Date(timeIntervalSince1970: t)
    }

    // Howard Hinnant's civil-calendar algorithms.
    static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The UTC calendar day (year, month, day) of a time in milliseconds since 1970.
    public static func day(ofMillis millis: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        return civil(fromDays: days)
    }

    static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        var atEnd: Bool { i == bytes.count }
        var rest: ArraySlice<UInt8> { bytes[i...] }
        mutating func skip(_ c: Character) -> Bool {
            guard i < bytes.count, bytes[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        mutating func digit() -> Int? {
            guard i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            defer { i += 1 }
            return Int(bytes[i] - 0x30)
        }
        mutating func digits(_ n: Int) -> Int? {
            var v = 0
            for _ in 0..<n {
                guard let d = digit() else { return nil }
                v = v * 10 + d
            }
            return v
        }
        /// Seconds east of UTC; nil when malformed. No zone means UTC.
        mutating func zone() -> Int? {
            if atEnd || skip("Z") || skip("z") { return 0 }
            let sign: Int
            if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
            guard let h = digits(2) else { return nil }
            _ = skip(":")
            let m = digits(2) ?? 0
            return sign * (h * 3600 + m * 60)
        }
    }
}
