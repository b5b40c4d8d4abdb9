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
