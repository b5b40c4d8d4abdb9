import Foundation
import Testing

@testable import NewsCore

/// Mail in its wire format (RFC 5322: CRLF line ends), with LF, and with both mixed.
@Suite struct MailLineEndingTests {
    let decoder = ArticleDecoder()

    static func crlf(_ text: String) -> [UInt8] { Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }

    @Test(arguments: ["mail.eml", "mail.txt", "mail"])
    func aPlainCRLFMailGivesSubjectSenderDateAndBody(_ name: String) throws {
        let bytes = Array("Subject: Plain CRLF mail\r\nFrom: Reporter <a@b.org>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBody about the navy.\r\n".utf8)
        let a = try #require(try decoder.decode(bytes, fileName: name).first)
        #expect(a.format == "mail")
        #expect(a.title == "Plain CRLF mail")
        #expect(a.source == "Reporter")
        #expect(a.published == DateParser.parse("2026-11-24T10:00:00Z"))
        #expect(a.body == "Body about the navy.")
    }

    @Test func aMultipartAlternativeCRLFMailTakesThePlainPartInItsCharset() throws {
        let a = try #require(try decoder.decode(Self.crlf(InputFormatTests.mail), fileName: "msg.eml").first)
        #expect(a.title == "Japan–Vietnam talks")
        #expect(a.source == "Kyodo Newsletter")
        #expect(a.published == DateParser.parse("2026-11-24T01:00:00Z"))
        #expect(a.body.hasPrefix("Defence ministers met in Tokyo and agreed to deepen cooperation on maritime security."), "\(a.body)")
        #expect(a.body.contains("The café talks"))
        #expect(!a.body.contains("--XYZ") && !a.body.contains("Content-Type"))
    }

    @Test func base64AndQuotedPrintableBodiesWithCRLFInsideBecomeParagraphs() throws {
        let text = Data("Première ligne du texte.\r\n\r\nSecond paragraph, after a CRLF blank line.\r\n".utf8).base64EncodedString()
        let mail = """
            From: desk@example.org
            Subject: Encoded parts
            Date: Mon, 23 Nov 2026 08:00:00 +0000
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=b1

            --b1
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            \(text)
            --b1
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Le caf=E9 est ferm=E9.=0D=0A=0D=0AA second=
             line joined by a soft break.
            --b1--
            """
        let a = try #require(try decoder.decode(Self.crlf(mail), fileName: "m.eml").first)
        #expect(a.title == "Encoded parts")
        #expect(a.body == "Première ligne du texte.\n\nSecond paragraph, after a CRLF blank line.\n\nLe café est fermé.\n\nA second line joined by a soft break.", "\(a.body)")
    }

    @Test func mixedLineEndsAreReadAsOne() throws {
        let bytes = Array("From: Desk <d@example.org>\nSubject: Mixed\r\n ends\r\nDate: Mon, 23 Nov 2026 08:00:00 +0000\n\r\nFirst line.\r\nSame paragraph.\n\nNext one.\r".utf8)
        let a = try #require(try decoder.decode(bytes, fileName: "m.txt").first)
        #expect(a.format == "mail")
        #expect(a.title == "Mixed ends")
        #expect(a.source == "Desk")
        #expect(a.body == "First line. Same paragraph.\n\nNext one." || a.body == "First line.\nSame paragraph.\n\nNext one.", "\(a.body)")
    }

    @Test func partsNestedTooDeepAreRefusedWithTheReason() throws {
        var body = "Content-Type: text/plain\n\nThe innermost text."
        for level in 0..<12 {
            body = "Content-Type: multipart/mixed; boundary=L\(level)\n\n--L\(level)\n\(body)\n--L\(level)--\n"
        }
        let mail = "From: a@example.org\nSubject: Deep\nDate: Mon, 23 Nov 2026 08:00:00 +0000\n" + body
        do {
            _ = try decoder.decode(Self.crlf(mail), fileName: "deep.eml")
            Issue.record("a mail nested 12 deep was accepted")
        } catch {
            #expect(error.code == "no-article")
            #expect(error.description.contains("nest more than 10 deep"), "\(error)")
        }
    }
}

/// The byte-level mail sniff asked of every `.txt` file says what the `Character`-level
/// definition says, on generated header blocks mixing every case bytes find hard.
@Suite struct MailSniffTests {
    static let pieces = [
        "From", "Subject", "Date", "To", "X-Mailer", "Title words", "Breaking", "Müller", "Дата", "日付", "café",
        ":", ": value", ":\u{301}x", " folded", "\tfolded", " \u{301}", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}",
        "\u{85}", "\u{2028}", "\u{2029}", "“quoted”", "—", "-", "1", " ", "",
    ]

    @Test func theByteSniffAgreesWithTheCharacterDefinition() {
        var random = SplitMix64(seed: 20261201)
        var disagreements: [String] = []
        var mails = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...24, using: &random) {
                // Mostly header-shaped lines, so that many samples get past the first line.
                if Int.random(in: 0..<3, using: &random) == 0 {
                    text += Self.pieces.randomElement(using: &random)!
                } else {
                    text += ["From", "Subject", "Date", "To", "X-Tag"].randomElement(using: &random)! + ": v"
                    text += ["\n", "\r\n", "\r"].randomElement(using: &random)!
                }
            }
            let bytes = Array(text.utf8)
            var end = 0
            var feeds = 0
            while end < bytes.count && feeds < 40 {
                if bytes[end] == 0x0A { feeds += 1 }
                end += 1
            }
            let fast = MailDecoder.looksLikeMail(bytes)
            if fast { mails += 1 }
            if fast != MailDecoder.looksLikeMailByCharacters(bytes, end: end) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).map { $0.debugDescription })")
        #expect(mails > 1_000, "the samples should include many mails: \(mails)")
    }

    @Test func anArticleIsNoMailAndAHeaderBlockIs() {
        #expect(!MailDecoder.looksLikeMail(Array("Ad sales boost Time Warner profit\n\nQuarterly profits rose.\n".utf8)))
        #expect(!MailDecoder.looksLikeMail(Array("日本とベトナム: 防衛協力\n本文\n".utf8)))
        #expect(MailDecoder.looksLikeMail(Array("From: a@b.org\r\nSubject: Talks\r\n\r\nBody\r\n".utf8)))
        #expect(!MailDecoder.looksLikeMail(Array("From: a@b.org\nX-Note: one\n\nBody\n".utf8)), "one usual header is not enough")
    }
}
