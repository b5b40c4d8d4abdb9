@testable import NewsCore
import Testing

/// A person's name that holds a country's: a Korean given name (김영국 "Kim Yeong-guk" holds 영국, the UK) and an
/// Arabic family name made of a country's adjective (مراد التونسي).
@Suite struct NamesHoldingCountriesTests {
    @Test func aKoreanGivenNameBeforeATitle() {
        let a = EntityContextTests.analyse("판결", "수원지법 형사12부 김영국 부장판사는 6일 전세사기 혐의로 기소된 정모씨에게 징역 7년을 선고했다.")
        #expect(!a.countries.contains("GB"), "\(a.countries)")
        #expect(a.people.contains("김영국"), "\(a.people)")
        let b = EntityContextTests.analyse("인터뷰", "이한국 씨가 말했다.")
        #expect(b.countries.isEmpty, "\(b.countries)")
    }

    /// The country stays after a prefix that is also a family name (반영국 "anti-British") and alone.
    @Test func theCountryStays() {
        let a = EntityContextTests.analyse("시위", "반영국 시위가 열렸다. 영국 정부는 입장을 밝혔다.")
        #expect(a.countries == ["GB"], "\(a.countries)")
    }

    @Test func anArabicNisba() {
        let a = EntityContextTests.analyse("صفقة", "وقال رجل الأعمال مراد التونسي إن الشركة ستستثمر في الميناء.")
        #expect(!a.countries.contains("TN"), "\(a.countries)")
    }

    /// Not after a possessive ("his Tunisian counterpart"), a title with the article, or a place's name.
    @Test func anArabicAdjective() {
        let a = EntityContextTests.analyse("زيارة", "التقى وزير الخارجية المصري نظيره التونسي في القاهرة.")
        #expect(a.countries.contains("TN"), "\(a.countries)")
        let b = EntityContextTests.analyse("نفط", "استئناف تصدير النفط عبر ميناء جيهان التركي.")
        #expect(b.countries == ["TR"], "\(b.countries)")
    }
}
