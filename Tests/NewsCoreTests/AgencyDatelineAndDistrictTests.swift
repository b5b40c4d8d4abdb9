@testable import NewsCore
import Testing

/// (ar) A dateline with the agency's credit in brackets before the dash (المنامة (بنا) -) and a country's adjective in
/// the accusative with its tanwin (خاماً سعودياً); (ru) a district's hyphenated adjective before its noun is the district,
/// no person's name (в Кара-Сууйском районе).
@Suite struct AgencyDatelineAndDistrictTests {
    @Test func arabicDatelineWithCredit() {
        let a = EntityContextTests.analyse("خبر", "الرياض (واس) - أعلنت الوزارة اليوم عن مشروع جديد.")
        #expect(a.places.contains("الرياض"), "\(a.places)")
    }

    @Test func arabicAccusativeNisba() {
        let a = EntityContextTests.analyse("خبر", "ستعالج المصفاة خاماً سعودياً يصل عبر خط أنابيب.")
        #expect(a.countries.contains("SA"), "\(a.countries)")
    }

    @Test func russianHyphenatedDistrict() {
        let a = EntityContextTests.analyse("Новость", "Сотрудники задержали его в Кара-Сууйском районе Киргизии.")
        #expect(a.places.contains("Кара-Сууйский район"), "\(a.places)")
        #expect(a.people.isEmpty, "\(a.people)")
    }
}
