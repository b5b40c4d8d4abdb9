@testable import NewsCore
import Testing

/// (vi) A body's name whose fields a comma parts and "và" ends (Sở Văn hóa, Thể thao và Du lịch); (ja, ko) common nouns
/// made with a body's suffix (研究グループ, 재판부) are no bodies.
@Suite struct ListedFieldsAndGenericBodyTests {
    @Test func fieldsPartedByCommas() {
        let a = EntityContextTests.analyse("Du lịch", "Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng, lượng khách tăng mạnh.")
        #expect(a.organizations.contains("Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng"), "\(a.organizations)")
    }

    @Test func commonNouns() {
        let a = EntityContextTests.analyse("판결", "재판부는 피고인에게 징역 2년을 선고했다.")
        #expect(!a.organizations.contains("재판부"), "\(a.organizations)")
        let b = EntityContextTests.analyse("研究", "研究グループは新しい化石を発見した。")
        #expect(!b.organizations.contains("研究グループ"), "\(b.organizations)")
    }
}
