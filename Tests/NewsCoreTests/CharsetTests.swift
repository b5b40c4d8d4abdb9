import Glibc
import Testing

@testable import NewsCore

/// Text that is not UTF-8: the charset a document declares, else the one uchardet finds.
@Suite struct CharsetTests {
    static let samples: [(charset: String, text: String)] = [
        ("SHIFT_JIS", "政府は火曜日、東京で開かれた閣議で、来年度の防衛予算を過去最大とする方針を決めた。関係者によると、新たな予算には沿岸警備の強化が含まれる。"),
        ("GB18030", "中国外交部发言人周二在北京表示，中方愿与东盟国家一道，继续推进南海行为准则磋商，维护地区和平稳定。"),
        ("EUC-KR", "정부는 화요일 서울에서 열린 국무회의에서 내년도 국방 예산을 역대 최대 규모로 편성하기로 결정했다고 밝혔다."),
        ("KOI8-R", "Министр иностранных дел России заявил во вторник в Москве, что переговоры с Китаем о поставках газа продолжатся в следующем году."),
        ("WINDOWS-1251", "Министр иностранных дел России заявил во вторник в Москве, что переговоры с Китаем о поставках газа продолжатся в следующем году."),
        ("ISO-8859-2", "Rząd w Warszawie ogłosił we wtorek, że budżet obronny w przyszłym roku będzie największy w historii, poinformowały źródła."),
        ("WINDOWS-1250", "Rząd w Warszawie ogłosił we wtorek, że budżet obronny w przyszłym roku będzie największy w historii, poinformowały źródła."),
        ("ISO-8859-7", "Η κυβέρνηση ανακοίνωσε την Τρίτη στην Αθήνα ότι ο προϋπολογισμός για την άμυνα θα αυξηθεί τον επόμενο χρόνο."),
        ("WINDOWS-1256", "أعلنت الحكومة يوم الثلاثاء في القاهرة أن ميزانية الدفاع للعام المقبل ستكون الأكبر في تاريخ البلاد."),
    ]

    /// `text` in `charset`, by iconv.
    static func encode(_ text: String, _ charset: String) throws -> [UInt8] {
        let cd = iconv_open(charset, "UTF-8")
        try #require(cd != iconv_t(bitPattern: -1), "iconv does not know \(charset)")
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let written = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = inBuf.baseAddress, inLeft = inBuf.count
                var outPtr = outBuf.baseAddress, outLeft = outBuf.count
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 ? -1 : outBuf.count - outLeft
            }
        }
        try #require(written >= 0)
        return output[..<written].map { UInt8(bitPattern: $0) }
    }

    @Test(arguments: samples)
    func textInALegacyCharsetIsDetectedAndConverted(charset: String, text: String) throws {
        let story = "Budget\n\n" + text
        let bytes = try Self.encode(story, charset)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == story, "read as \(decoded.charset)")
        let article = try #require(try ArticleDecoder().decode(bytes, fileName: "story.txt").first)
        #expect(article.body == text)
    }

    @Test func htmlWithoutADeclarationIsDetected() throws {
        let (charset, text) = Self.samples[0]
        let bytes = try Self.encode("<html><body><article><p>\(text)</p><p>\(text)</p></article></body></html>", charset)
        let article = try #require(try ArticleDecoder().decode(bytes, fileName: "page.html").first)
        #expect(article.body.hasPrefix(text))
    }

    @Test func aDeclaredCharsetWinsOverDetection() throws {
        // 0xA4 is the euro sign in ISO-8859-15 and "¤" in Windows-1252, which detection would say.
        let words = "Le budget de la défense atteindra 50 milliards d'euros l'année prochaine, soit 50 € par mois et par habitant, un record depuis la fin de la guerre froide."
        let bytes = try Self.encode("<html><head><meta charset=\"iso-8859-15\"><title>Budget</title></head><body><p>\(words)</p></body></html>", "ISO-8859-15")
        let article = try #require(try ArticleDecoder().decode(bytes, fileName: "page.html").first)
        #expect(article.body == words)
        #expect(Charset.detect(bytes) == "WINDOWS-1252")
    }

    @Test func utf8DeclaredAfterTheTitleIsReadAsUTF8() throws {
        // libxml2 alone reads this page as Latin-1 (the meta tag comes after text).
        let html = "<html><head><title>Die Patientenakte – ein Überblick</title><meta charset=\"utf-8\"></head><body><p>Krankenhäuser, Versicherer und Patienten stehen vor einem stark fragmentierten Markt für Gesundheitsdaten.</p></body></html>"
        let article = try #require(try ArticleDecoder().decode(Array(html.utf8), fileName: "page.html").first)
        #expect(article.title == "Die Patientenakte – ein Überblick")
        #expect(article.body.hasPrefix("Krankenhäuser, Versicherer"))
    }

    @Test func aMailPartWithoutACharsetIsDetected() throws {
        let (charset, text) = Self.samples[3]
        let head = "From: desk@example.com\r\nSubject: Gas talks\r\nDate: Tue, 24 Nov 2026 10:00:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n"
        let bytes = Array(head.utf8) + (try Self.encode(text, charset))
        let article = try #require(try ArticleDecoder().decode(bytes, fileName: "m.eml").first)
        #expect(article.body == text)
    }

    @Test func detectionReadsOnlyAPrefix() throws {
        // KOI8-R Russian for the whole prefix, then bytes that are Shift_JIS: the prefix decides.
        let russian = try Self.encode(Self.samples[3].text + "\n", "KOI8-R")
        let japanese = try Self.encode(Self.samples[0].text + "\n", "SHIFT_JIS")
        var bytes: [UInt8] = []
        while bytes.count < Charset.detectionPrefix { bytes += russian }
        let prefixOnly = bytes
        while bytes.count < 4 * Charset.detectionPrefix { bytes += japanese }
        #expect(Charset.detect(prefixOnly) == "KOI8-R")
        #expect(Charset.detect(bytes) == "KOI8-R")
    }

    @Test func bytesThatFitNoCharsetAreStillRefusedAsBinary() {
        var state: UInt32 = 12345
        let noise = (0..<4096).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16) | 0x80
        }
        #expect(throws: IntakeError.self) { try TextDecoding.decode(noise) }
    }
}
