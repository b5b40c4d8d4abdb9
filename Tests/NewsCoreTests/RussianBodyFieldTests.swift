@testable import NewsCore
import Testing

/// (ru) A body's name goes on over "по" and what it deals with (Федеральном агентстве по рыболовству, Российского совета
/// по международным делам) and over a list of genitives parted by commas that "и" ends, written with its commas
/// (Министерства торговли, промышленности и рыболовства Норвегии).
@Suite struct RussianBodyFieldTests {
    @Test func fieldsAndLists() {
        let a = EntityContextTests.analyse(
            "Квота на треску",
            "Об этом сообщили в Федеральном агентстве по рыболовству. Решение одобрили в Министерстве торговли, промышленности и рыболовства Норвегии.")
        #expect(a.organizations.contains("Федеральном агентстве по рыболовству"), "\(a.organizations)")
        #expect(a.organizations.contains("Министерстве торговли, промышленности и рыболовства Норвегии"), "\(a.organizations)")
    }
}
