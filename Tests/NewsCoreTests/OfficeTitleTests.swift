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
