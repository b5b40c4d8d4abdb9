import Testing

@testable import NewsCore

@Suite struct JournalRecordTests {
    let record = JournalRecord(
        seq: 1, kind: .article, atMillis: 1000, file: "a.txt", fileSHA256: "ab",
        article: Article(title: "T", body: "B", format: "text"))

    @Test func everyFieldChangesTheHash() {
        var edits: [JournalRecord] = []
        var r = record
        r.seq = 2; edits.append(r)
        r = record; r.atMillis = 1001; edits.append(r)
        r = record; r.file = "b.txt"; edits.append(r)
        r = record; r.article?.title = "T2"; edits.append(r)
        r = record; r.article?.body = "B "; edits.append(r)
        r = record; r.article?.url = "u"; edits.append(r)
        r = record; r.kind = .duplicate; edits.append(r)
        for edit in edits {
            #expect(edit.recordHash != record.recordHash)
        }
    }

    @Test func fieldBoundariesAreUnambiguous() {
        var a = record
        a.article = Article(title: "ab", body: "c", format: "text")
        var b = record
        b.article = Article(title: "a", body: "bc", format: "text")
        #expect(a.recordHash != b.recordHash)
    }

    /// The encodings the hashes are taken of, byte for byte: records already stored must verify
    /// with every later newsd. Lengths are UTF-8 bytes.
    @Test func theEncodingsAreTheStoredOnes() {
        var r = record
        r.article = Article(title: "Café", body: "B\n2", url: "u", source: "s", format: "text")
        let content = "title=5:Café\nbody=3:B\n2\nurl=1:u\nsource=1:s\nformat=4:text\n"
        #expect(JournalRecord.contentEncoding(r.article!) == Array(content.utf8))
        let hex = ContentHash.sha256Hex(Array(content.utf8))
        let expected = "v=1:2\nseq=1:1\nkind=7:article\nat=4:1000\nfile=5:a.txt\nsha256=2:ab\nitem=1:0\ncontent=64:\(hex)\n"
        #expect(r.canonicalEncoding == Array(expected.utf8))
        #expect(r.hashes.content == r.contentHash && r.hashes.record == r.recordHash)
        r.version = 1
        #expect(r.hashes.content == nil && r.hashes.record == r.recordHash)
    }

    @Test func chainDependsOnPrevious() {
        let h = record.recordHash
        let c1 = JournalRecord.chain(previous: JournalRecord.genesis, recordHash: h)
        let c2 = JournalRecord.chain(previous: c1, recordHash: h)
        #expect(c1 != c2)
        #expect(c1.count == 32)
    }

    @Test(arguments: [
        ("story.txt", true), (".hidden", false), ("a.tmp", false), ("a.TMP", false), ("x.part", false),
        ("x.partial", false), ("notes~", false), (".a.swp", false), ("b.swp", false), ("f.crdownload", false),
        ("feed.json", true),
    ])
    func namePolicy(name: String, accepted: Bool) {
        #expect(FileNamePolicy().accepts(name) == accepted)
    }

    @Test func extraIgnoredSuffixes() {
        #expect(!FileNamePolicy(extraIgnoredSuffixes: [".skip"]).accepts("a.skip"))
    }
}

@Suite struct JournalRecordVersionTests {
    /// Version 1's encoding must never change: stores written before version 2 verify by it.
    @Test func version1HashIsStable() {
        let record = JournalRecord(
            seq: 1, kind: .article, atMillis: 1000, file: "a.txt", fileSHA256: "ab",
            article: Article(title: "T", body: "B", format: "text"), version: 1)
        #expect(ContentHash.hex(record.recordHash) == "ba77416e4e676dc6187aca4a699ad021907e997a5988199bc6cab4132f041d78")
    }

    @Test func version2CoversTheContentAndProvenance() {
        let article = Article(title: "T", body: "B", format: "text")
        let record = JournalRecord(seq: 1, kind: .article, atMillis: 1000, file: "a.txt", fileSHA256: "ab", article: article)
        #expect(record.version == 2)
        #expect(record.contentHash == JournalRecord.contentHash(article))
        var imported = record
        imported.originAtMillis = 5
        #expect(imported.recordHash != record.recordHash)
        imported = record
        imported.originHash = "cd"
        #expect(imported.recordHash != record.recordHash)
    }
}
