@testable import NewsCore
import Testing

/// (ru) A body's name of several words declines its first word only: "в Министерстве иностранных дел России" is the
/// Ministry of Foreign Affairs of Russia; a neuter first word declines as -о does (Министерство: Министерстве).
@Suite struct RussianDeclinedBodyTests {
    @Test func theFirstWordDeclined() {
        let a = EntityContextTests.analyse("Заявление", "В Министерстве иностранных дел России заявили об этом в четверг.")
        #expect(a.organizations == ["Ministry of Foreign Affairs of Russia"], "\(a.organizations)")
        let b = EntityContextTests.analyse("Заявление", "В Минфине России сообщили об этом в четверг.")
        #expect(b.organizations == ["Ministry of Finance of Russia"], "\(b.organizations)")
    }
}
