import NewsCore

/// libFuzzer entry point over every decoder, the analysis and the query parser. The first byte
/// picks the target, so the fuzzer explores each one's paths; the rest is the input. Any crash,
/// trap or hang is a bug.
///
/// Built only with NEWSD_FUZZ=1 (see scripts/fuzz.sh); not part of the normal build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let names = ["a.html", "a.xml", "a.eml", "a.json", "a.txt", "a.md", "a.gz", "a"]
    let decoder = ArticleDecoder(maximumExpandedSize: 1 << 20)
    _ = try? decoder.decode(bytes, fileName: names[Int(selector) % names.count])
    switch selector % 6 {
    case 0: _ = try? HTMLArticleExtractor().extract(bytes)
    case 1: _ = try? FeedDecoder().decode(bytes)
    case 2: _ = try? MailDecoder().decode(bytes)
    case 3:
        // The query language, parsed and compiled as a subscription is.
        _ = try? Subscription(id: "fuzz", query: String(decoding: bytes.prefix(4096), as: UTF8.self))
    case 4:
        let text = String(decoding: bytes, as: UTF8.self)
        _ = analyzer.analyze(Article(title: String(text.prefix(80)), body: text, format: "text"))
    default: _ = DateParser.parse(String(decoding: bytes.prefix(64), as: UTF8.self))
    }
    return 0
}

let analyzer = Analyzer()

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable through `<module>_main`; hand control to libFuzzer's driver.
@_cdecl("NewsdFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runFuzzerDriver(&count, &arguments, fuzzDecoders)
}
