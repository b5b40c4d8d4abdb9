@testable import NewsCore
import Testing

/// (en) A country's name before an international body the lexicon lists with no country names its national branch.
@Suite struct NationalBranchTests {
    @Test func aCountryBeforeTheRedCross() {
        let a = EntityContextTests.analyse("Floods", "The Kenya Red Cross said 300 families were displaced.")
        #expect(a.organizations == ["Kenya Red Cross"], "\(a.organizations)")
        #expect(a.countries == ["KE"], "\(a.countries)")
        let b = EntityContextTests.analyse("Floods", "The Kenya Red Cross Society said 300 families were displaced.")
        #expect(b.organizations == ["Kenya Red Cross Society"], "\(b.organizations)")
    }

    /// Not a possessive ("Australia's Liberal Party"), which the tokens lost.
    @Test func notAPossessive() {
        let a = EntityContextTests.analyse("Election", "John Howard, of Australia's Liberal Party, won again.")
        #expect(!a.organizations.contains { $0.hasPrefix("Australia") }, "\(a.organizations)")
    }
}
