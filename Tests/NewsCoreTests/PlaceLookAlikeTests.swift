@testable import NewsCore
import Testing

/// Words that look like a place's name and are none: a Romance article after a dateline's agency (not the US state
/// abbreviation "La."), a Japanese common noun in katakana that names a region too, a Hangul place's name glued to a
/// syllable no particle of its last sound starts. Texts written for these tests.
@Suite struct PlaceLookAlikeTests {
    /// ",La." is Louisiana only with its period ("Monroe, La. police"), not an article after a dateline's dash.
    @Test(arguments: [
        ("Consulta", "ROMA (ANSA) - La Corte costituzionale ha respinto il ricorso del governo sulla legge elettorale."),
        ("Inversiones", "MADRID (Europa Press) - La empresa Iberdrola ha anunciado hoy nuevas inversiones en Andalucía."),
        ("Municipales", "LILLE (AFP) - La liste du maire sortant arrive en tête au premier tour."),
    ])
    func anArticleAfterADatelinesAgencyIsNoState(title: String, body: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(!a.places.contains("Louisiana"), "\(a.places)")
        #expect(!a.countries.contains("US"), "\(a.countries)")
    }

    @Test(arguments: ["A fire in Monroe, La. destroyed two homes on Sunday.", "Flooding hit Baton Rouge, La., on Sunday.",
                      "A fire in Norfolk, Va., killed two people, police said."])
    func aStatesAbbreviationWithItsPeriodStays(body: String) {
        let a = EntityContextTests.analyse("Fire", body)
        #expect(a.places.contains("Louisiana") || a.places.contains("Virginia"), "\(a.places)")
        #expect(a.countries.contains("US"), "\(a.countries)")
    }

    /// プレー ("play") is also Thailand's Phrae, メイン ("main") Maine: in running text they are the words; with their
    /// region's word glued on (プレー県) the place stays.
    @Test func aKatakanaCommonNounIsNoRegion() {
        let a = EntityContextTests.analyse("大リーグ", "村井選手は来季からドジャースでプレーする。メインの球場は改修される。")
        #expect(a.places.isEmpty, "\(a.places)")
        #expect(!a.countries.contains("TH") && !a.countries.contains("US"), "\(a.countries)")
        let b = EntityContextTests.analyse("洪水", "タイ北部のプレー県で洪水が起きた。")
        #expect(b.countries.contains("TH"), "\(b.countries)")
    }

    /// 다카 (Dhaka) ends in a vowel, so 이 glued after it is no particle of it: 다카이치 is a name. 다카에서 stays Dhaka,
    /// and 서울은 Seoul (은 follows a consonant).
    @Test func aHangulPlaceGluedToNoParticleOfItsSoundIsNone() {
        let a = EntityContextTests.analyse("회담", "다카이치 총리는 기자들에게 말했다.")
        #expect(!a.countries.contains("BD"), "\(a.countries)")
        let b = EntityContextTests.analyse("시위", "다카에서 대규모 시위가 열렸다. 서울은 맑겠다.")
        #expect(b.countries.contains("BD"), "\(b.countries)")
        #expect(b.places.contains("서울"), "\(b.places)")
    }
}

/// Russian countries in their oblique cases: a name in -ия read from its two-letter ending first (Бразилии is Brazil, not
/// the city Бразилиа), a name in -ай in the genitive, which ends as an adjective does (Китая, Парагвая). Texts written for
/// these tests.
@Suite struct RussianCountryCaseTests {
    @Test(arguments: [("Он прилетел из Китая вчера вечером.", "CN"), ("Выборы в Бразилии прошли спокойно.", "BR"),
                      ("Делегация Парагвая прибыла на переговоры.", "PY")])
    func aCountryInAnObliqueCase(body: String, country: String) {
        let a = EntityContextTests.analyse("Новости", body)
        #expect(a.countries.contains(country), "\(a.countries)")
        #expect(a.places.isEmpty, "\(a.places)")
    }
}
