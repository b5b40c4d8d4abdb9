@testable import NewsCore
import Testing

/// (zh) A team by its town's, province's or sponsor's name and a team's word glued after it (江苏队, 上海女排, 北京汽车队);
/// not a country's national side (中国女排), nor a word that ends in 队 (部队, 车队). Texts written for these tests.
@Suite struct ChineseTeamTests {
    @Test func teamsByTheirNames() {
        let orgs = EntityContextTests.analyse("女排联赛", "北京汽车队3比1战胜江苏队，上海女排晋级。").organizations
        #expect(orgs.contains("北京汽车队"), "\(orgs)")
        #expect(orgs.contains("江苏队"), "\(orgs)")
        #expect(orgs.contains("上海女排"), "\(orgs)")
    }

    @Test func noNationalSideNorWord() {
        let orgs = EntityContextTests.analyse("夺冠", "中国女排夺冠，部队出动，车队出发。").organizations
        #expect(orgs.isEmpty, "\(orgs)")
    }
}
