@testable import NewsCore
import Testing

/// (ko) People's names that hold a country's or a city's: a given name that is a country's (최인도: 인도 is India) before
/// the body the person heads and the title, and a foreign family name that is a city's (리카르도 멘도사 제독: Mendoza);
/// and words that end in a body's or a town's syllable, which are no one's name (상인회, 장항읍). Texts written for these
/// tests; the people are invented.
@Suite struct KoreanNamesHoldingPlacesTests {
    @Test func aGivenNameHoldingACountryBeforeTheBodyAndTitle() {
        let a = EntityContextTests.analyse("시장 재개장", "시장이 새 건물에서 문을 열었다. 최인도 서천특화시장 상인회 회장은 \"손님이 벌써 늘었다\"고 전했다.")
        #expect(!a.countries.contains("IN"), "\(a.countries)")
        #expect(a.people.contains("최인도"), "\(a.people)")
        #expect(!a.people.contains("상인회"), "\(a.people)")
    }

    @Test func aTownIsNoName() {
        let a = EntityContextTests.analyse("시장 재개장", "군은 장항읍과 시장을 잇는 셔틀버스를 운행하고 관광객 유치에 나선다.")
        #expect(!a.people.contains("장항읍"), "\(a.people)")
    }

    @Test func aForeignFamilyNameThatIsACitysIsThePersons() {
        let a = EntityContextTests.analyse("호위함 건조", "행사에는 페루 해군 리카르도 멘도사 제독과 박정훈 특수선사업부장이 참석했다. 멘도사 제독은 \"능력이 높아질 것\"이라고 말했다.")
        #expect(!a.countries.contains("AR"), "\(a.countries)")
        #expect(!a.places.contains("멘도사"), "\(a.places)")
    }

    @Test func theCityStaysWithoutAGivenName() {
        let a = EntityContextTests.analyse("지진", "아르헨티나 멘도사에서 규모 5의 지진이 발생했다고 현지 당국이 밝혔다.")
        #expect(a.places.contains("멘도사"), "\(a.places)")
    }
}
