import Foundation
import NewsCore
import NewsRuntime

/// libFuzzer entry point over every decoder, the analysis, the query parser and the YAML
/// loaders. The first byte picks the target, so the fuzzer explores each one's paths; the rest
/// is the input. With `NEWSD_FUZZ_TARGET=query` or `=config` the whole input goes to that one
/// target (scripts/fuzz.sh SECONDS query). Any crash, trap or hang is a bug.
///
/// Built only with NEWSD_FUZZ=1 (see scripts/fuzz.sh); not part of the normal build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    switch onlyTarget {
    case "query":
        fuzzQuery(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
        return 0
    case "config":
        fuzzConfiguration(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
        return 0
    default: break
    }
    guard size > 0 else { return 0 }
    let selector = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let names = ["a.html", "a.xml", "a.eml", "a.json", "a.txt", "a.md", "a.gz", "a"]
    let decoder = ArticleDecoder(maximumExpandedSize: 1 << 20)
    _ = try? decoder.decode(bytes, fileName: names[Int(selector) % names.count])
    switch selector % 7 {
    case 0: _ = try? HTMLArticleExtractor().extract(bytes)
    case 1: _ = try? FeedDecoder().decode(bytes)
    case 2: _ = try? MailDecoder().decode(bytes)
    case 3: fuzzQuery(String(decoding: bytes, as: UTF8.self))
    case 6: fuzzConfiguration(String(decoding: bytes, as: UTF8.self))
    case 4:
        let text = String(decoding: bytes, as: UTF8.self)
        _ = analyzer.analyze(Article(title: String(text.prefix(80)), body: text, format: "text"))
    default: _ = DateParser.parse(String(decoding: bytes.prefix(64), as: UTF8.self))
    }
    return 0
}

let analyzer = Analyzer()
let onlyTarget = ProcessInfo.processInfo.environment["NEWSD_FUZZ_TARGET"]

/// The query language, parsed, compiled and filed as a subscription is, and matched.
func fuzzQuery(_ text: String) {
    guard let subscription = try? Subscription(id: "fuzz", query: text) else { return }
    _ = SubscriptionIndex([subscription]).matches(document)
}

let document: MatchDocument = {
    let a = analyzer.analyze(Article(
        title: "Japan and Vietnam agree on defence", body: "HANOI (Kyodo) — Prime Minister Fumio Kishida met Pham Minh Chinh. The coast guard patrols the South China Sea.",
        format: "text"))
    return MatchDocument(article: a.article, analysis: a.analysis)
}()

/// The configuration, subscriptions and topics loaders over the same text.
func fuzzConfiguration(_ text: String) {
    _ = try? ConfigurationLoader.parse(text, file: "fuzz.yaml")
    _ = try? SubscriptionLoader.parse(text, file: "fuzz.yaml")
    _ = try? Taxonomy.parse(yaml: text, file: "fuzz.yaml").validate(file: "fuzz.yaml")
}

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
    // The analysis' shared tables (the gazetteer's 55,000 names, the taxonomy, the topic model) are
    // built here, before libFuzzer times its first input: under ASan on a busy machine building them
    // took over -timeout's 10 s, and the first input was reported as a timeout.
    _ = analyzer.analyze(Article(title: "Warm-up", body: "The tables are built before the first input.", format: "text"))
    return runFuzzerDriver(&count, &arguments, fuzzDecoders)
}
