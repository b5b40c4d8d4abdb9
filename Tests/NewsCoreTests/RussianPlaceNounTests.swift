@testable import NewsCore
import Testing

/// (ru) Districts, okrugs and natural features named by an adjective in a case before their noun, read in the nominative,
/// and no city of the adjective's stem there. Texts written for these tests.
@Suite struct RussianPlaceNounTests {
    @Test func aFeatureByItsAdjective() {
        let a = PlaceCaseTests.analysed("Навигация закрыта", "Суда прошли по Онежскому озеру и встали в Кондопожской губе, навигация в Восточно-Сибирском море закрыта.")
        #expect(a.places.contains("Онежское озеро"), "\(a.places)")
        #expect(a.places.contains("Кондопожская губа"), "\(a.places)")
        #expect(a.places.contains("Восточно-Сибирское море"), "\(a.places)")
        let people = EntityContextTests.analyse("Навигация закрыта", "Навигация в Восточно-Сибирском море закрыта, сообщил капитан Иван Петров.").people
        #expect(!people.contains("Восточно-Сибирском"), "\(people)")
    }

    @Test func anOkrugByItsAdjectives() {
        let a = PlaceCaseTests.analysed("Выборы", "Губернатор Чукотского автономного округа и глава Хасанского муниципального округа встретились в Ханты-Мансийском автономном округе.")
        #expect(a.places.contains("Чукотский автономный округ"), "\(a.places)")
        #expect(a.places.contains("Хасанский муниципальный округ"), "\(a.places)")
        #expect(a.places.contains("Ханты-Мансийский автономный округ"), "\(a.places)")
        #expect(!a.places.contains("Ханты-Мансийск"), "\(a.places)")
    }

    @Test func aDistrictIsNoCityOfItsStem() {
        let a = PlaceCaseTests.analysed("Пожар", "Пожар произошёл в Кировском районе, в Медвежьегорском районе ввели режим ЧС.")
        #expect(a.places.contains("Кировский район"), "\(a.places)")
        #expect(a.places.contains("Медвежьегорский район"), "\(a.places)")
        #expect(!a.places.contains("Кировск") && !a.places.contains("Медвежьегорск"), "\(a.places)")
    }

    @Test func theCityStaysWithoutTheNoun() {
        let a = PlaceCaseTests.analysed("Форум", "В Ханты-Мансийске и в Омске прошёл форум, Кировский районный суд отложил заседание.")
        #expect(a.places.contains("Ханты-Мансийск"), "\(a.places)")
        #expect(a.places.contains("Омск"), "\(a.places)")
        #expect(!a.places.contains("Кировский район"), "\(a.places)")
    }
}
