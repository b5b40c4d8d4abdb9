@testable import NewsCore
import Testing

/// A body's generic name (`?Senate`, `?Congress`) names its country's body only where the article names that country,
/// or no country.
@Suite struct GenericBodyTests {
    @Test func anotherCountrysSenate() {
        let a = EntityContextTests.analyse("Chile", "SANTIAGO (Reuters) - Chile's pension bill now goes to the Senate in Valparaiso.")
        #expect(a.countries == ["CL"], "\(a.countries)")
        #expect(!a.organizations.contains("United States Congress"), "\(a.organizations)")
        let b = EntityContextTests.analyse("India", "The new Indian government, led by the Congress Party, took office.")
        #expect(!b.countries.contains("US"), "\(b.countries)")
    }

    @Test func theUSSenate() {
        let a = EntityContextTests.analyse("Vote", "The Senate passed the bill on Tuesday, Republicans said.")
        #expect(a.organizations == ["United States Congress"], "\(a.organizations)")
        let b = EntityContextTests.analyse("Vote", "WASHINGTON (Reuters) - The Senate passed the Ukraine aid bill on Tuesday.")
        #expect(b.organizations.contains("United States Congress"), "\(b.organizations)")
    }
}
