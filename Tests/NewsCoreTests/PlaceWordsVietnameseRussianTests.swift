@testable import NewsCore
import Testing

/// (vi) A pass, a village, a river by their word (đèo Mã Pí Lèng, làng Lô Lô Chải, sông Nho Quế; not "Vinh, Tổng giám
/// đốc": vịnh is left out); (ru) villages in the plural, rivers (сёл Киранц и Воскепар, реку Агстев), and the towns of
/// the former Soviet Union by their Cyrillic names (Иджеван); (vi) special zones and waterfalls (đặc khu Vân Đồn, thác Bản
/// Giốc), and directions that name no region abroad (Miền Bắc).
@Suite struct PlaceWordsVietnameseRussianTests {
    @Test func vietnamese() {
        let a = EntityContextTests.analyse(
            "Sạt lở trên đèo",
            "Khoảng 3.000 m3 đất đá đổ xuống quốc lộ 4C đoạn qua đèo Mã Pí Lèng, tỉnh Tuyên Quang. Anh Sùng Mí Lử, chủ một homestay ở làng Lô Lô Chải, nói nhiều khách đã hủy phòng. Sông Nho Quế không bị ảnh hưởng. Ông Đỗ Quang Vinh, Tổng giám đốc công ty, cho biết.")
        for p in ["Mã Pí Lèng", "Lô Lô Chải", "Nho Quế"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
        #expect(!a.places.contains("Tổng"), "\(a.places)")
    }

    @Test func russian() {
        let a = EntityContextTests.analyse(
            "Дорога в Тавушской области",
            "Жители сёл Киранц и Воскепар смогут ездить в Иджеван в обход участков, переданных Азербайджану. До конца года откроется мост через реку Агстев.")
        for p in ["Иджеван", "Агстев"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
        #expect(a.countries.contains("AM"), "\(a.countries)")
    }

    /// (vi) A special zone and a waterfall by their word (đặc khu Vân Đồn, thác Bản Giốc); the directions are no region
    /// abroad (Bắc, Miền Bắc: no Guinea-Bissau, no Burkina Faso); a preposition ends a firm's name (trên).
    @Test func vietnameseZonesAndDirections() {
        let a = PlaceCaseTests.analysed("Thời tiết", "Tàu khách chạy từ đặc khu Vân Đồn ra đặc khu Cô Tô. Du khách thăm thác Bản Giốc.")
        for p in ["Vân Đồn", "Cô Tô", "Bản Giốc"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
        let b = PlaceCaseTests.analysed("Thời tiết", "Miền Bắc rét đậm. Công ty Du lịch Biển Đông Bắc trên đường Trần Phú cho biết.")
        #expect(!b.countries.contains("GW") && !b.countries.contains("BF"), "\(b.countries)")
        let o = Analyzer().analyze(Article(title: "T", body: "Công ty Du lịch Biển Đông Bắc trên đường Trần Phú cho biết.", format: "text"))
        #expect(!o.analysis.organizations.contains { $0.hasSuffix("trên") }, "\(o.analysis.organizations)")
    }

    /// (ru) Центральная is an adjective, no region of Burkina Faso.
    @Test func russianAdjectiveIsNoRegion() {
        let a = PlaceCaseTests.analysed("Выборы", "Центральная избирательная комиссия сообщила о явке.")
        #expect(a.countries.isEmpty && a.places.isEmpty, "\(a.countries) \(a.places)")
    }

    /// Regions abroad named like common words of a news language are no places: Russian "Так" (Tak, Thailand), "Во"
    /// (Vaud), German "Manche", "Eure" (French départements), Spanish "Paro" (Bhutan).
    @Test(arguments: [
        ("Новости", "Так, в понедельник цены выросли. Во вторник рынок упал."),
        ("Nachrichten", "Manche Kunden warten lange. Eure Meinung zählt."),
        ("Noticias", "Paro nacional de transportistas."),
    ])
    func regionsNamedLikeWords(title: String, body: String) {
        let a = PlaceCaseTests.analysed(title, body)
        #expect(a.countries.isEmpty && a.places.isEmpty, "\(a.countries) \(a.places)")
    }

    /// (vi) China's provinces and cities by their Sino-Vietnamese names; standing alone only, as a person's name has the
    /// same syllables.
    @Test func chinasProvincesAndCitiesInVietnamese() {
        let a = PlaceCaseTests.analysed("Đường sắt", "Đoàn tàu đi qua cửa khẩu Bằng Tường (Quảng Tây) rồi tới Tân Cương và Quảng Châu.")
        #expect(a.countries == ["CN"], "\(a.countries)")
        for place in ["Bằng Tường", "Guangxi", "Xinjiang", "Quảng Châu"] { #expect(a.places.contains(place), "\(place): \(a.places)") }
    }

    @Test func aPersonsNameWithAProvincesSyllablesIsNoPlace() {
        let a = PlaceCaseTests.analysed("Họp", "Ông Hồ Nam Phong và bà Nguyễn Thanh Hải cho biết cuộc họp đã kết thúc.")
        #expect(a.countries.isEmpty && a.places.isEmpty, "\(a.countries) \(a.places)")
    }

    /// (ru) Tuva in its cases (its name of four letters is left by the case reading, which reads five or more).
    @Test func tuvaInItsCases() {
        let a = PlaceCaseTests.analysed("Мост", "В Туве открыли мост. Глава Тувы поблагодарил строителей.")
        #expect(a.places.contains("Тува") && a.countries == ["RU"], "\(a.places) \(a.countries)")
    }
}
