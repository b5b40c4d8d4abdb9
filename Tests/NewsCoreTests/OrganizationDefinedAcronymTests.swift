import NewsCore
import Testing

/// An acronym that the article defines is the body the article names, not the gazetteer's body of the
/// same letters; texts written for these tests.
@Suite struct OrganizationDefinedAcronymTests {
    static let analyzer = Analyzer()

    static func analyse(_ body: String) -> ArticleAnalysis {
        analyzer.analyze(Article(title: "", body: body, format: "text")).analysis
    }

    @Test func anAcronymDefinedAsAnotherBodyIsThatBody() {
        let a = Self.analyse(
            "The Alberta Petroleum Association (APA) asked for a delay on Monday. The APA speaks for 140 producers.")
        #expect(a.organizations.contains("Alberta Petroleum Association"), "\(a.organizations)")
        #expect(!a.organizations.contains("Austria Presse Agentur"), "\(a.organizations)")
        #expect(!a.countries.contains("AT"), "\(a.countries)")
    }

    @Test func anAcronymWithoutADefinitionKeepsTheGazetteersReading() {
        let a = Self.analyse("The APA reported on Monday that the talks in Vienna had ended without a deal.")
        #expect(a.organizations.contains("Austria Presse Agentur"), "\(a.organizations)")
    }

    @Test func anAcronymDefinedAsTheGazetteersBodyKeepsItsCanonicalName() {
        let gcc = Self.analyse("Ministers of the Gulf Cooperation Council (GCC) met in Riyadh. The GCC agreed on a plan.")
        #expect(gcc.organizations == ["Gulf Cooperation Council"], "\(gcc.organizations)")
        let oecd = Self.analyse(
            "The Organisation for Economic Co-operation and Development (OECD) cut its forecast. The OECD expects 2% growth.")
        #expect(oecd.organizations == ["OECD"], "\(oecd.organizations)")
    }
}
