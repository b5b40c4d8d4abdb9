@testable import NewsCore
import Testing

/// (ar) A district, a subdistrict, a camp, a province by their words (بقضاء أم قصر, مخيم زمزم, إقليم الحوز), a name that
/// begins with أم, أبو, رأس, عين taking the word after; a district's governor (قائممقام قضاء الفاو) is a title, no person.
@Suite struct ArabicDistrictTests {
    @Test func districtsAndTheirGovernors() {
        let a = EntityContextTests.analyse(
            "ميناء الفاو",
            "وأوضح المسؤول أن النفق المغمور الذي يربط الميناء بقضاء أم قصر سيكتمل العام المقبل، وأكد قائممقام قضاء الفاو أن ألفي عامل من أبناء المنطقة يعملون في المشروع.")
        #expect(a.places.contains("أم قصر"), "\(a.places)")
        #expect(!a.people.contains { $0.contains("قضاء") }, "\(a.people)")
    }

    /// (ar) Morocco's communes, douars, neighbourhoods and mountains by their word (جماعة تبانت, دوار تامدا, مرتفعات الأطلس),
    /// which begins no person's name; a country's adjective after a given name written with the article is the family
    /// name's nisba (الحسين الجزائري: no Algeria).
    @Test func communesDouarsAndNisbasAfterArticleNames() {
        let a = PlaceCaseTests.analysed("ثلوج", "وقال الحسين الجزائري، رئيس جماعة تبانت، إن السكان معزولون في دوار تامدا.")
        #expect(a.places.contains("تبانت") && a.places.contains("تامدا"), "\(a.places)")
        #expect(!a.countries.contains("DZ"), "\(a.countries)")
        let o = Analyzer().analyze(Article(title: "ثلوج", body: "وقال الحسين الجزائري، رئيس جماعة تبانت، إن السكان معزولون.", format: "text"))
        #expect(!o.analysis.people.contains { $0.hasPrefix("جماعة") }, "\(o.analysis.people)")
    }

    /// (ar) A Tunisian delegation by its word (معتمدية).
    @Test func aTunisianDelegation() {
        let a = PlaceCaseTests.analysed("تمور", "وفي معتمدية كرشانة، اشتكى الفلاحون من ارتفاع ملوحة مياه الري.")
        #expect(a.places.contains("كرشانة"), "\(a.places)")
    }
}
