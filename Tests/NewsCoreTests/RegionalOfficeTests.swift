@testable import NewsCore
import Testing

/// (fr, es, it, pt, de) A national body the lexicon knows, then "del", "de" and a region of its own country, is the body's
/// regional office (la Protezione civile del Friuli Venezia Giulia); a water utility's word begins a body's name
/// (Acquedotto Lucano). Texts written for these tests.
@Suite struct RegionalOfficeTests {
    @Test func aRegionalOffice() {
        let orgs = EntityContextTests.analyse("Allerta", "La Protezione civile del Friuli Venezia Giulia ha diramato l'allerta gialla per domani.").organizations
        #expect(orgs.contains("Protezione civile del Friuli Venezia Giulia"), "\(orgs)")
        #expect(!orgs.contains("Protezione Civile"), "\(orgs)")
    }

    @Test func aWaterUtility() {
        let a = EntityContextTests.analyse("Acqua", "L'Acquedotto Lucano ha sospeso l'erogazione in venti comuni.")
        #expect(a.organizations.contains("Acquedotto Lucano"), "\(a.organizations)")
        #expect(a.people.isEmpty, "\(a.people)")
    }
}
