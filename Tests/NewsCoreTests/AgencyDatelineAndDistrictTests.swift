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

/// Towns named like a common word of a Romance language or German, small and little known abroad (Universidad in Madrid,
/// Republica in Brazil), count only in a dateline or after a preposition of place; a listed firm at a sentence's start
/// stands alone after the last sentence's capitalised word ("in Borsa. Pirelli ha firmato").
@Suite struct WordTownTests {
    @Test func notAUniversitysWords() {
        let a = EntityContextTests.analyse("Rocha", "Las muestras analizadas por el Centro Universitario de la Universidad de la República superan los niveles.")
        #expect(!a.places.contains("Universidad"), "\(a.places)")
        #expect(!a.countries.contains("ES") && !a.countries.contains("BR"), "\(a.countries)")
    }

    @Test func aFirmAfterASentencesEnd() {
        let a = EntityContextTests.analyse("Borsa", "Il titolo è salito dell'1% in Borsa. Pirelli ha firmato un contratto.")
        #expect(a.organizations.contains("Pirelli"), "\(a.organizations)")
    }
}

/// Places stand below a country's level: no continent ("in Europe"); and a sea's adjective that begins a body's name is
/// the name's ("the Pacific Tsunami Warning Center" is no mention of the ocean), as a city's is.
@Suite struct ContinentAndSeaNameTests {
    @Test func noContinents() {
        let a = EntityContextTests.analyse("Sales", "Sales in Europe and Africa rose, the company said in London.")
        #expect(a.places == ["London"], "\(a.places)")
    }

    @Test func aSeasAdjectiveInABodysName() {
        let a = EntityContextTests.analyse("Quake", "The Pacific Tsunami Warning Center said there was no threat to coasts.")
        #expect(!a.places.contains("Pacific Ocean"), "\(a.places)")
        let b = EntityContextTests.analyse("Quake", "A strong quake struck under the Pacific on Saturday.")
        #expect(b.places.contains("Pacific Ocean"), "\(b.places)")
    }
}

/// (ko) A sea's name glued to a syllable that begins no particle is part of a word or a name (동해에너지, 서해케미칼);
/// before a particle or 상 it is the sea (동해상으로).
@Suite struct KoreanSeaInWordTests {
    @Test func aFirmsName() {
        let a = EntityContextTests.analyse("구단", "지역 기업 동해에너지가 새 구단주로 선정됐다.")
        #expect(a.places.isEmpty, "\(a.places)")
    }

    @Test func theSea() {
        let a = EntityContextTests.analyse("북한", "북한이 동해상으로 탄도미사일을 발사했다.")
        #expect(a.places.contains("Sea of Japan"), "\(a.places)")
    }
}
