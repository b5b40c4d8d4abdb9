@testable import NewsCore
import Testing

/// Where an Arabic name begins and ends after a title: a rank's second word (أول, ركن) is the title's, a body named by
/// li- after an office's adjective stands between title and name, and wa- with the article begins the next thing named.
/// Texts written for these tests.
@Suite struct ArabicNameEdgeTests {
    @Test(arguments: [
        ("قال قائد الجيش الفريق أول عبد الكريم السعدي إن القتال سيستمر.", "عبد الكريم السعدي"),
        ("التقى وزير الطاقة محمد عرقاب والرئيس التنفيذي للشركة في الجزائر.", "محمد عرقاب"),
        ("وقع الرئيس التنفيذي لسوناطراك رشيد حشيشي الاتفاق أمس.", "رشيد حشيشي"),
        ("قال الوزير لطفي بوجمعة إن القانون جاهز.", "لطفي بوجمعة"),
    ])
    func aNamesEdgesAfterATitle(body: String, person: String) {
        let a = EntityContextTests.analyse("خبر", body)
        #expect(a.people == [person], "\(a.people)")
    }
}

/// A listed person whom the text names by more words than the lexicon's alias is one person, under the lexicon's name.
/// Texts written for these tests.
@Suite struct ListedPersonOnceTests {
    @Test(arguments: [
        ("قال قائد الجيش الفريق أول عبد الفتاح البرهان إن القتال سيستمر.", "Abdel Fattah al-Burhan"),
        ("Israeli Prime Minister Binyamin Netanyahu met the envoy on Monday. Netanyahu said talks would go on.", "Benjamin Netanyahu"),
    ])
    func oneNameForAListedPerson(body: String, person: String) {
        let a = EntityContextTests.analyse("News", body)
        #expect(a.people == [person], "\(a.people)")
    }
}
