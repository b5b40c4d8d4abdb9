@testable import NewsCore
import Testing

/// Vietnamese bodies' names that the finder cut short: a firm's own name that reads as a person's (Công ty Cổ phần Địa ốc
/// Hoàng Kim Phát), words in lower case before the acronym the name defines (Cục Cảnh sát điều tra tội phạm về ma túy
/// (C04)), and Lao of "Lao động" (labour), which is no Laos (Lào). Texts written for these tests; the firms and people are
/// invented.
@Suite struct VietnameseFirmNameTests {
    @Test func aFirmsOwnNameThatReadsAsAPersonsIsTheFirms() {
        let a = EntityContextTests.analyse("Tin kinh tế", "Công ty Cổ phần Địa ốc Hoàng Kim Phát bị phạt 200 triệu đồng vì chậm giao nhà cho khách hàng.")
        #expect(a.organizations.contains("Công ty Cổ phần Địa ốc Hoàng Kim Phát"), "\(a.organizations)")
        #expect(!a.people.contains("Hoàng Kim Phát"), "\(a.people)")
    }

    @Test func aPersonAfterAFirmsBrandIsThePersons() {
        let a = EntityContextTests.analyse("Tin công nghệ", "Chủ tịch Tập đoàn FPT Trương Gia Bình cho biết công ty sẽ mở thêm văn phòng tại Nhật Bản.")
        #expect(a.people.contains { $0.contains("Bình") }, "\(a.people)")
    }

    @Test(arguments: [
        ("Tổng công ty Xây dựng công trình giao thông 4 (Cienco4) thi công cây cầu trong 30 tháng.", "Tổng công ty Xây dựng công trình giao thông 4"),
        ("Cục Cảnh sát điều tra tội phạm về ma túy (C04) phối hợp với công an tỉnh bắt giữ nhóm buôn lậu.", "Cục Cảnh sát điều tra tội phạm về ma túy"),
    ])
    func wordsInLowerCaseBeforeTheNamesAcronymAreTheNames(body: String, name: String) {
        let a = EntityContextTests.analyse("Tin trong nước", body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func laoOfLabourIsNoLaos() {
        let a = EntityContextTests.analyse("Tin trong nước", "Liên đoàn Lao động tỉnh Đồng Nai hỗ trợ công nhân mất việc trong dịp Tết.")
        #expect(!a.countries.contains("LA"), "\(a.countries)")
        #expect(a.organizations.contains("Liên đoàn Lao động tỉnh Đồng Nai"), "\(a.organizations)")
    }

    @Test func laosWithItsToneMarkStays() {
        let a = EntityContextTests.analyse("Tin trong nước", "Việt Nam xuất khẩu điện sang Lào vào năm 2025, Bộ Công Thương cho biết.")
        #expect(a.countries.contains("LA"), "\(a.countries)")
    }
}
