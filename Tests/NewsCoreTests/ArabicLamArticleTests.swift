@testable import NewsCore
import Testing

/// (ar) "For the" glued to a name drops the article's alif (للبنك الدولي is ل + البنك الدولي), and "and" or "so" may stand
/// before it (وللولايات المتحدة): the name is the gazetteer's all the same. Texts written for these tests.
@Suite struct ArabicLamArticleTests {
    @Test(arguments: [
        ("تمويل", "وستمول المشروع مؤسسة التمويل الدولية التابعة للبنك الدولي.", "World Bank"),
        ("اتفاق", "وأكد ممثل للأمم المتحدة أن الاتفاق جيد.", "United Nations"),
    ])
    func aBodyAfterLam(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(a.people.isEmpty, "\(a.people)")
    }

    @Test(arguments: ["وقال إن الزيارة للولايات المتحدة مهمة.", "وقال إن الزيارة وللولايات المتحدة مهمة."])
    func aCountryAfterLam(body: String) {
        #expect(EntityContextTests.analyse("زيارة", body).countries == ["US"])
    }
}
