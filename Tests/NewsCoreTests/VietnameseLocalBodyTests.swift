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

    /// Quốc hội alone is Vietnam's National Assembly where no other country is named; before another country's name it
    /// is that country's parliament (Quốc hội Mỹ, the US Congress).
    @Test func theNationalAssemblyAloneIsVietnams() {
        let a = EntityContextTests.analyse("Luật thuế", "HÀ NỘI - Quốc hội đã thông qua Luật Thuế giá trị gia tăng sửa đổi.")
        #expect(a.organizations.contains("National Assembly of Vietnam"), "\(a.organizations)")
        let b = EntityContextTests.analyse("Dự luật", "Quốc hội Mỹ đã thông qua dự luật, Việt Nam hoan nghênh.")
        #expect(!b.organizations.contains("National Assembly of Vietnam"), "\(b.organizations)")
        #expect(b.organizations.contains("United States Congress"), "\(b.organizations)")
    }
}
