@testable import NewsCore
import Testing

/// Words and names that hold a country's or a city's name and are no mention of it: an island named like a city abroad
/// (la isla San Cristóbal, not Venezuela's city), a Korean given name (김태국(58)씨: 태국 is Thailand), the Han river's
/// arms (북한강: 북한 is North Korea), China's Koreans (延边朝鲜族自治州), an Arabic word that folds to a city's name
/// (هزة "tremor", Heze in China) and the Arabic "father of" in a family name (طارق أبا الخيل; Aba in Nigeria). Texts
/// written for these tests; the people are invented.
@Suite struct CountryInsideNameTests {
    @Test func anIslandNamedLikeACityAbroadGivesNoCountry() {
        let a = PlaceCaseTests.analysed("Derrame", "El carguero encalló frente a la costa de la isla San Cristóbal y derramó diésel.")
        #expect(!a.countries.contains("VE"), "\(a.countries)")
        #expect(a.places.contains("San Cristóbal"), "\(a.places)")
    }

    @Test func theCityStaysWhereTheArticleNamesItsCountry() {
        let a = PlaceCaseTests.analysed("Frontera", "Venezuela cerró la frontera. En la isla San Cristóbal no hubo cambios.")
        #expect(a.countries.contains("VE"), "\(a.countries)")
    }

    @Test func aKoreanGivenNameBeforeAnAgeAndSsiIsNoCountry() {
        let a = EntityContextTests.analyse("양식장", "양식장을 운영하는 김태국(58)씨는 준비를 마쳤다고 말했다.")
        #expect(!a.countries.contains("TH"), "\(a.countries)")
        #expect(a.people.contains("김태국"), "\(a.people)")
    }

    @Test func theHanRiversArmsAreNoKorea() {
        let a = EntityContextTests.analyse("결빙", "북한강 상류의 수온이 낮아 결빙이 빨랐고 남한강에서도 얼음이 얼었다.")
        #expect(a.countries.isEmpty, "\(a.countries)")
    }

    @Test func chinasKoreansAreNoNorthKorea() {
        let a = EntityContextTests.analyse("煤炭", "记者从吉林省延边朝鲜族自治州获悉，今年煤炭进口增长。")
        #expect(!a.countries.contains("KP"), "\(a.countries)")
    }

    @Test func anArabicWordFoldedLikeACityIsNoPlace() {
        let a = EntityContextTests.analyse("هزة أرضية بقوة 3.4 درجات", "رصدت الشبكة هزة أرضية شمال المحافظة.")
        #expect(!a.countries.contains("CN") && !a.places.contains("هزة"), "\(a.countries) \(a.places)")
    }

    @Test func fatherOfInAnArabicFamilyNameIsTheNames() {
        let a = EntityContextTests.analyse("هزة", "وقال المتحدث الرسمي للهيئة سامي أبا الخيل إن الهزة لم تسفر عن أضرار.")
        #expect(a.people.contains("سامي أبا الخيل"), "\(a.people)")
        #expect(!a.countries.contains("NG"), "\(a.countries)")
    }
}
