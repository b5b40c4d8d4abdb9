import Foundation
import Testing

@testable import NewsCore

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2026-11-24T10:00:00Z", 1_795_514_400.0),
        ("2026-11-24T19:00:00+09:00", 1_795_514_400.0),
        ("2026-11-24T10:00:00.500Z", 1_795_514_400.5),
        ("2026-11-24 10:00:00", 1_795_514_400.0),
        ("2026-11-24", 1_795_478_400.0),
        ("Tue, 24 Nov 2026 10:00:00 +0000", 1_795_514_400.0),
        ("24 Nov 2026 05:00:00 EST", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 10:00:00 GMT", 1_795_514_400.0),
        ("1795514400", 1_795_514_400.0),
        ("1795514400000", 1_795_514_400.0),
    ])
    func parses(text: String, epoch: Double) {
        #expect(DateParser.parse(text)?.timeIntervalSince1970 == epoch)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01", "2026-11-24T25:00:00Z", "Tue, 99 Foo 2026"])
    func rejects(text: String) {
        #expect(DateParser.parse(text) == nil)
    }

    // 2026-11-24T10:00:00Z in zones that news sources name.
    @Test(arguments: [
        ("Tue, 24 Nov 2026 17:00:00 ICT", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 19:00:00 JST", 1_795_514_400.0),
        ("24 Nov 2026 19:00 KST", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 15:30:00 IST", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 11:00:00 CET", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 12:00:00 CEST", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 13:00:00 MSK", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 18:00:00 SGT", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 17:00:00 WIB", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 21:00:00 AEDT", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 02:00:00 PST", 1_795_514_400.0),
        ("Tue, 24 Nov 2026 10:00:00 +0000 (UTC)", 1_795_514_400.0),
        ("2026-11-24 19:00:00 JST", 1_795_514_400.0),
        ("2026-11-24 12:00 eet", 1_795_514_400.0),
    ])
    func readsNamedZones(text: String, epoch: Double) {
        #expect(DateParser.parse(text)?.timeIntervalSince1970 == epoch, "\(text)")
    }

    @Test(arguments: ["Tue, 24 Nov 2026 10:00:00 XYZ", "2026-11-24 10:00:00 QQT"])
    func anUnknownZoneIsNotReadAsUTC(text: String) {
        #expect(DateParser.parse(text) == nil)
        guard case .unknownZone(let name, let local) = DateParser.read(text) else {
            Issue.record("\(DateParser.read(text)) for \(text)")
            return
        }
        #expect(["XYZ", "QQT"].contains(name))
        #expect(local.timeIntervalSince1970 == 1_795_514_400)
    }

    @Test func anUnknownZoneIsNotedForTheCallerOnceAndBounded() {
        let (date, notes) = DecodeNotes.collecting { DateParser.parse("Tue, 24 Nov 2026 10:00:00 XYZ") }
        #expect(date == nil)
        #expect(notes.count == 1)
        #expect(notes.first?.contains("(XYZ)") == true && notes.first?.contains("without a publication time") == true, "\(notes)")
        // A feed whose every item names unknown zones says so a bounded number of times.
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let (_, many) = DecodeNotes.collecting {
            for i in 0..<200 { _ = DateParser.parse("2026-11-24 10:00:00 Q\(letters[i % 26])\(letters[i / 26 % 26])T") }
            for _ in 0..<10 { _ = DateParser.parse("2026-11-24 10:00:00 QAAT") }
        }
        #expect(many.count == DecodeNotes.limit)
        #expect(Set(many).count == many.count)
        // Outside a collector, nothing is kept and nothing fails.
        #expect(DateParser.parse("2026-11-24 10:00:00 QQT") == nil)
        #expect(DecodeNotes.current == nil)
    }

    @Test func formatsUTC() {
        #expect(DateParser.format(Date(timeIntervalSince1970: 1_795_514_400)) == "2026-11-24T10:00:00Z")
        #expect(DateParser.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(DateParser.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }
}
