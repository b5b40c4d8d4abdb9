@testable import NewsCore
import Testing

/// Arabic bodies' names: a general directorate with the article (المديرية العامة), and the name's end after an adjective of
/// origin that the gazetteer reads, unless what the body is for, a longer name or a second adjective follows. Texts written
/// for these tests.
@Suite struct ArabicBodyEndTests {
    @Test func aGeneralDirectorateIsABody() {
        let a = EntityContextTests.analyse("إخلاء", "أعلنت المديرية العامة للدفاع المدني إخلاء 200 أسرة من الحي.")
        #expect(a.organizations.contains("المديرية العامة للدفاع المدني"), "\(a.organizations)")
        // The directorate alone, before "that", names none.
        let b = EntityContextTests.analyse("طرق", "وقالت المديرية إن الطرق مغلقة حتى الصباح.")
        #expect(b.organizations.isEmpty, "\(b.organizations)")
    }

    @Test(arguments: [
        ("أعلنت وزارة الداخلية السعودية القبض على خمسة أشخاص.", "وزارة الداخلية السعودية"),
        ("قالت الهيئة السعودية للمواصفات إن المعايير تغيرت.", "الهيئة السعودية للمواصفات"),
        ("وقالت الهيئة الخيرية الأردنية الهاشمية إنها أرسلت قافلة.", "الهيئة الخيرية الأردنية الهاشمية"),
    ])
    func aBodysNameEndsAfterItsAdjectiveOfOrigin(body: String, name: String) {
        let a = EntityContextTests.analyse("خبر", body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }
}
