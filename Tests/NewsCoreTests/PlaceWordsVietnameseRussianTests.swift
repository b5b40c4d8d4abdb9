@testable import NewsCore
import Testing

/// (vi) A pass, a village, a river by their word (đèo Mã Pí Lèng, làng Lô Lô Chải, sông Nho Quế; not "Vinh, Tổng giám
/// đốc": vịnh is left out); (ru) villages in the plural, rivers (сёл Киранц и Воскепар, реку Агстев), and the towns of
/// the former Soviet Union by their Cyrillic names (Иджеван).
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
}
