import NewsCore
import Testing

/// Broadcasters named by their medium's word first (name-context.tsv BR: Radio Mitre, Rádio Renascença); not the word
/// inside another name, nor "TV" before a show's. Texts written for these tests.
@Suite struct BroadcasterTests {
    static let analyzer = Analyzer()

    static func analysed(_ body: String) -> ArticleAnalysis {
        analyzer.analyze(Article(title: "", body: body, format: "text")).analysis
    }

    @Test func aMediumsWordBeginsABroadcastersName() {
        let a = Self.analysed("El ministro habló con Radio Mitre el lunes y luego con Radio Continental.")
        #expect(a.organizations.contains("Radio Mitre") && a.organizations.contains("Radio Continental"), "\(a.organizations)")
        let b = Self.analysed("A entrevista foi dada à Rádio Renascença na terça-feira.")
        #expect(b.organizations.contains("Rádio Renascença"), "\(b.organizations)")
    }

    @Test func notInsideAnotherNameNorAShowsTitle() {
        let a = Self.analysed("Engineers at the Institute for Applied Radio System Technology said so. The TV Moments show ended.")
        #expect(!a.organizations.contains { $0.hasPrefix("Radio") || $0.hasPrefix("TV") }, "\(a.organizations)")
    }
}
