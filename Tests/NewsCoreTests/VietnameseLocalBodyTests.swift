@testable import NewsCore
import Testing

/// (vi) The people's councils and committees of provinces, cities and wards by their short heads: HĐND tỉnh Lâm Đồng,
/// UBND TP Cần Thơ ("TP" is "thành phố"), UBND phường Ô Môn; "UBND tỉnh" where its chairman's name follows it.
@Suite struct VietnameseLocalBodyTests {
    @Test func councilsCitiesAndWards() {
        let a = EntityContextTests.analyse(
            "Sạt lở", "HĐND tỉnh Lâm Đồng đã thông qua dự án. Phó Chủ tịch UBND TP Cần Thơ Lâm Văn Tâm đã chỉ đạo UBND phường Ô Môn di dời 35 hộ dân.")
        #expect(a.organizations.contains("HĐND tỉnh Lâm Đồng"), "\(a.organizations)")
        #expect(a.organizations.contains("UBND phường Ô Môn"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0.contains("Lâm Văn Tâm") }, "\(a.organizations)")
        #expect(a.people.contains("Lâm Văn Tâm"), "\(a.people)")
    }

    @Test func theCommitteeBeforeItsChairman() {
        let a = EntityContextTests.analyse("Dự án", "Chủ tịch UBND tỉnh Hồ Văn Mười cho biết dự án giúp rút ngắn thời gian.")
        #expect(a.organizations.contains("UBND tỉnh"), "\(a.organizations)")
        #expect(a.people.contains("Hồ Văn Mười"), "\(a.people)")
    }
}

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
