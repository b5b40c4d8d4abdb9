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
}
