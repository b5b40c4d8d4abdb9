@testable import NewsCore
import Testing

/// A word for a kind of firm that opens a sentence is no part of the name after it ("Carmaker Harbury Motors", "Insurer
/// Aviva", "Discounters Aldi and Lidl"), also where the sentence comes twice; not before a given name ("Broadcaster Chris
/// Evans" is a person). Bodies by a head word added this session (the British Retail Consortium, the Fair Work Ombudsman).
/// (en) A sea's adjective after a capitalised word or "a" is no mention of the sea ("Georgia Pacific", "a Pacific analyst").
@Suite struct SentenceFirmWordTests {
    @Test func theKindsWordIsNoName() {
        let a = EntityContextTests.analyse(
            "Carmaker Harbury Motors recalls vans",
            "Carmaker Harbury Motors is recalling 40,000 vans. Rivals Stellantis and Renault have recalled vans too. Discounters Aldi and Lidl said they would match the cuts. Carmaker Harbury Motors said it fixed the fault.")
        #expect(a.organizations.contains("Harbury Motors"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0.hasPrefix("Carmaker") || $0.hasPrefix("Discounters") }, "\(a.organizations)")
        #expect(a.organizations.contains("Aldi") && a.organizations.contains("Stellantis"), "\(a.organizations)")
    }

    @Test func notBeforeAGivenName() {
        let a = EntityContextTests.analyse("Radio", "Broadcaster Chris Evans is leaving the station after ten years.")
        #expect(!a.organizations.contains("Chris Evans"), "\(a.organizations)")
    }

    @Test func aSeasAdjectiveInAFirmsName() {
        let a = EntityContextTests.analyse(
            "Mill", "Georgia Pacific, which runs a mill in the area, said output fell. A Pacific analyst at the institute said so too.")
        #expect(!a.places.contains("Pacific Ocean"), "\(a.places)")
        let b = EntityContextTests.analyse("Ships", "Ships crossed the Pacific last week, the coast guard said.")
        #expect(b.places.contains("Pacific Ocean"), "\(b.places)")
    }

    @Test func consortiumAndOmbudsmanAreHeads() {
        let a = EntityContextTests.analyse(
            "Shop prices", "The British Retail Consortium said prices fell. The Fair Work Ombudsman began an inquiry.")
        #expect(a.organizations.contains("British Retail Consortium"), "\(a.organizations)")
        #expect(a.organizations.contains("Fair Work Ombudsman"), "\(a.organizations)")
        #expect(!a.people.contains("Retail Consortium"), "\(a.people)")
    }
}
