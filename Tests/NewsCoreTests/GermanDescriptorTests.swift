@testable import NewsCore
import Testing

/// (de) A compound that says what kind of body follows ("die Verkehrsbehörde Transpordiamet", "die Reederei Hansekogge") is
/// no part of its name; a place after a body's head is ("die Umweltbehörde Hamburg"). Texts written for these tests.
@Suite struct GermanDescriptorTests {
    @Test func theNameAfterADescriptor() {
        let orgs = EntityContextTests.analyse("Fähren", "Wie die estnische Verkehrsbehörde Transpordiamet mitteilte, ruht der Verkehr. Gestern verlor die Reederei Hansekogge ein Schiff.").organizations
        #expect(orgs.contains("Transpordiamet"), "\(orgs)")
        #expect(orgs.contains("Hansekogge"), "\(orgs)")
        #expect(!orgs.contains("Verkehrsbehörde Transpordiamet"), "\(orgs)")
    }

    @Test func aPlaceAfterAHeadStays() {
        let orgs = EntityContextTests.analyse("Prüfung", "Gestern teilte die Umweltbehörde Hamburg mit, dass sie den Fall prüft.").organizations
        #expect(orgs.contains("Umweltbehörde Hamburg"), "\(orgs)")
    }
}
