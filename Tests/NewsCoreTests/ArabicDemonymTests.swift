@testable import NewsCore
import Testing

/// (ar) Generated nisbas of every country with the article (البرتغالي, الأوروغوياني), a nationality between a verb and a
/// name ("أحرز البرتغالي كريستيانو رونالدو": no nisba family name), an office's field of three joined by wa- and a name of
/// three words after a title.
@Suite struct ArabicDemonymTests {
    @Test func nationalitiesGiveTheirCountries() {
        let a = EntityContextTests.analyse("مباراة", "وأضاف المهاجم الأوروغوياني داروين نونيز الهدف الثالث، بينما أحرز البرتغالي كريستيانو رونالدو هدف النصر.")
        #expect(Set(a.countries) == ["UY", "PT"], "\(a.countries)")
        #expect(a.people.contains("كريستيانو رونالدو") && a.people.contains("داروين نونيز"), "\(a.people)")
    }

    @Test func aFieldOfThreeAndANameOfThree() {
        let a = EntityContextTests.analyse(
            "اتفاق", "ووقع الاتفاق وزير الصناعة والتجارة والتموين يعرب القضاة، وعن الجانب السوري وزير الاقتصاد والصناعة محمد نضال الشعار.")
        #expect(Set(a.people) == ["يعرب القضاة", "محمد نضال الشعار"], "\(a.people)")
    }

    /// A nisba after a given name stays the family name (مراد التونسي), and مالي "financial" is no Mali.
    @Test func namesAndWordsStay() {
        let a = EntityContextTests.analyse("محكمة", "قال المتهم مراد التونسي إن الدعم المالي تأخر.")
        #expect(a.countries.isEmpty, "\(a.countries)")
    }
}
