@testable import NewsCore
import Testing

/// (de) A listed body's German name whose first word is an adjective in -sche is found declined after an article ("der
/// Deutschen Bank", "der Europäischen Investitionsbank") as the body, not as a name of its own; a capitalised adjective
/// begins a university's name that holds its city (der Technischen Universität Hamburg, die Freie Universität Berlin).
@Suite struct GermanDeclinedBodyTests {
    @Test func declinedNames() {
        let a = EntityContextTests.analyse(
            "Bank", "Die Aktien der Deutschen Bank fielen am Freitag, wie ein Sprecher der Deutschen Bahn in Berlin mitteilte. Die Europäischen Investitionsbank schwieg.")
        #expect(a.organizations.contains("Deutsche Bank") && a.organizations.contains("Deutsche Bahn"), "\(a.organizations)")
        #expect(a.organizations.contains("European Investment Bank"), "\(a.organizations)")
        #expect(!a.organizations.contains("Deutschen Bank"), "\(a.organizations)")
    }

    @Test func anAdjectiveBeforeAUniversitysWord() {
        let a = EntityContextTests.analyse(
            "Forschung", "Die Studie der Technischen Universität Hamburg wurde am Montag veröffentlicht, teilte die Freie Universität Berlin mit.")
        #expect(a.organizations.contains("Technischen Universität Hamburg") && a.organizations.contains("Freie Universität Berlin"),
                "\(a.organizations)")
    }

    @Test func onlyAdjectivesInSche() {
        #expect(Gazetteer.germanDeclined("Deutsche Bank") == "Deutschen Bank")
        #expect(Gazetteer.germanDeclined("Vereinte Nationen") == "Vereinten Nationen")
        #expect(Gazetteer.germanDeclined("Banque Nationale") == nil)
        #expect(Gazetteer.germanDeclined("Deutsche") == nil)
    }
}
