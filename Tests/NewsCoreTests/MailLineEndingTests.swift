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
