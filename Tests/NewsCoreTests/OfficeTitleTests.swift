@testable import NewsCore
import Testing

/// (en) An office's title of one word before a name is no part of it: "Fair Work Ombudsman Anna Booth", "Chief Scientist
/// Cathy Foley", "Treasurer Jim Chalmers".
@Suite struct OfficeTitleTests {
    @Test func titlesBeforeNames() {
        let a = EntityContextTests.analyse(
            "Wages", "Fair Work Ombudsman Anna Booth said it. Chief Scientist Cathy Foley warned, and Treasurer Jim Chalmers agreed.")
        #expect(Set(a.people) == ["Anna Booth", "Cathy Foley", "Jim Chalmers"], "\(a.people)")
    }
}

/// (en) A panel and a centre of research, warning, medicine... head a body's name ("the Takeover Panel", "the Pacific
/// Tsunami Warning Center", "the Federal Medical Centre"); a shopping centre or an arena does not.
@Suite struct CentreHeadTests {
    @Test func centresAndPanels() {
        let a = EntityContextTests.analyse(
            "Quake", "The Pacific Tsunami Warning Center said there was no threat. The injured went to the Federal Medical Centre in Gusau, and the Takeover Panel said nothing.")
        for name in ["Pacific Tsunami Warning Center", "Federal Medical Centre", "Takeover Panel"] {
            #expect(a.organizations.contains(name), "\(name): \(a.organizations)")
        }
        #expect(a.people.isEmpty, "\(a.people)")
        let b = EntityContextTests.analyse("Shops", "Shoppers flocked to the Trafford Centre and the Staples Center on Saturday.")
        #expect(b.organizations.isEmpty, "\(b.organizations)")
    }
}
