import NewsCore
import Testing

/// A city or province named only inside the name of a body its language's patterns found (東京証券取引所,
/// 서울대학교, Sở Giao dịch Chứng khoán TP Hồ Chí Minh) is none of the article's places; named outside it
/// too, it is. Texts written for these tests.
@Suite struct PlaceInsideNameTests {
    static func analysis(_ title: String, _ body: String) -> ArticleAnalysis {
        OrganizationRecallTests.analyzer.analyze(Article(title: title, body: body, format: "text")).analysis
    }

    @Test(arguments: [
        ("株価", "東京証券取引所でデンソーの株価が上昇した。", "東京証券取引所", "東京"),
        ("연구", "서울대학교 연구팀은 새 배터리 소재를 개발했다고 밝혔다.", "서울대학교", "서울"),
    ])
    func aPlaceOnlyInsideABodysNameIsNoPlace(_ title: String, _ body: String, _ organization: String, _ place: String) {
        let a = Self.analysis(title, body)
        #expect(a.organizations.contains(organization), "\(a.organizations)")
        #expect(!a.places.contains(place), "\(a.places)")
    }

    /// Nor is its country one of the article's, where nothing else names it.
    @Test func aCityOnlyInsideABodysNameNamesNoCountry() {
        let a = Self.analysis("주가", "쿠팡 주가는 뉴욕증권거래소에서 2% 올랐다고 회사 측이 밝혔다.")
        #expect(a.organizations.contains("뉴욕증권거래소") && !a.countries.contains("US"), "\(a.organizations) \(a.countries)")
        let b = Self.analysis("주가", "미국 뉴욕증권거래소에서 쿠팡 주가는 2% 올랐다.")
        #expect(b.countries.contains("US"), "\(b.countries)")
    }

    @Test(arguments: [
        ("株価", "東京で会見した社長は、東京証券取引所での上場を目指すと述べた。", "東京"),
        ("연구", "서울에서 열린 행사에서 서울대학교 연구팀은 새 소재를 공개했다.", "서울"),
    ])
    func aPlaceNamedOutsideTooStays(_ title: String, _ body: String, _ place: String) {
        #expect(Self.analysis(title, body).places.contains(place), "\(Self.analysis(title, body).places)")
    }
}
