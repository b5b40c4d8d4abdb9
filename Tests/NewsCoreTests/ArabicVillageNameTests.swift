@testable import NewsCore
import Testing

/// (ar) A village's name of two words after its word, where its first word begins names (غرب سهيل, ايت امحمد), and a
/// locality's word (محلية أبو حمد). Texts written for these tests.
@Suite struct ArabicVillageNameTests {
    @Test func aVillageOfTwoWords() {
        let a = PlaceCaseTests.analysed("أسوان", "وقال صياد من قرية غرب سهيل إن الإنتاج ارتفع هذا العام في أسوان.")
        #expect(a.places.contains("غرب سهيل"), "\(a.places)")
        #expect(!a.places.contains("غرب"), "\(a.places)")
    }

    @Test func aLocality() {
        let a = PlaceCaseTests.analysed("السودان", "وصلت قافلة المساعدات إلى محلية أبو حمد في ولاية نهر النيل بالسودان.")
        #expect(a.places.contains("أبو حمد"), "\(a.places)")
    }
}
