import Testing

@testable import NewsCore

@Suite struct TextDecodingTests {
    @Test func decodesUTF8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Hà Nội".utf8)).text == "Hà Nội")
        let bom = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Tokyo".utf8))
        #expect(bom.text == "Tokyo")
        #expect(bom.charset == "utf-8")
    }

    @Test(arguments: [true, false])
    func decodesUTF16WithBOM(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in "日本とベトナム".utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == "日本とベトナム")
        #expect(decoded.charset == (littleEndian ? "utf-16le" : "utf-16be"))
    }

    @Test func fallsBackToWindows1252ForInvalidUTF8() throws {
        // "café “quoted”" in Windows-1252.
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94]
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == "café “quoted”")
        #expect(decoded.charset == "windows-1252")
    }

    @Test func normalisesLineEndings() throws {
        #expect(try TextDecoding.decode(Array("a\r\nb\rc".utf8)).text == "a\nb\nc")
    }

    @Test(arguments: [[], Array(" \n\t\n".utf8)])
    func rejectsEmptyFiles(bytes: [UInt8]) {
        #expect(throws: IntakeError.empty) { try TextDecoding.decode(bytes) }
    }

    @Test func rejectsBinary() {
        let cases: [[UInt8]] = [
            Array("Title\n".utf8) + [0, 1, 2, 3],
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A],
            [0x1F, 0x8B, 0x08, 0x00],
            Array("%PDF-1.7\n".utf8),
            (0..<512).map { UInt8(($0 * 7919 + 13) % 255 + 1) },  // noise without NUL bytes
        ]
        for bytes in cases {
            #expect(throws: IntakeError.self) { try TextDecoding.decode(bytes) }
            do {
                _ = try TextDecoding.decode(bytes)
            } catch {
                #expect(error.code == "binary")
            }
        }
    }
}
