@testable import NewsCore
import Testing

/// (fr, es, it, pt) A body named after a person or a place with no preposition between ("la Fundación Carlos Slim", "el
/// Hospital Gustavo Fricke"), a city inside a body's name that the finder by shape read ("il Politecnico di Torino"), a
/// listed body's name before "of" and another country ("the Law Society of Kenya"), and a place's name in Arabic or
/// Cyrillic letters as the article spells it. Texts written for these tests.
@Suite struct NamedInstitutionTests {
    @Test(arguments: [
        ("Donación", "La Fundación Carlos Slim donó tres millones de pesos al hospital.", "Fundación Carlos Slim"),
        ("Heridos", "El Hospital Gustavo Fricke atendió a treinta heridos tras el choque.", "Hospital Gustavo Fricke"),
        ("Inflação", "Segundo a Fundação Getúlio Vargas, a inflação caiu em março.", "Fundação Getúlio Vargas"),
        ("Grève", "L'Université Cheikh Anta Diop a fermé ses portes lundi.", "Université Cheikh Anta Diop"),
        ("Ballenas", "La Fundación Patagonia Natural informó que las ballenas llegaron.", "Fundación Patagonia Natural"),
    ])
    func aHeadFirstNamesItsBodyAfterSomeone(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.people.contains { name.hasSuffix($0) }, "\(a.people)")
        #expect(!a.places.contains("Patagonia"), "\(a.places)")
    }

    /// Not past a title, nor where a preposition and a place go on (the finder by shape reads those whole).
    @Test func notPastATitle() {
        let a = EntityContextTests.analyse("Reunión", "La Fundación Carolina recibió al presidente Gabriel Boric en Madrid.")
        #expect(a.organizations.contains("Fundación Carolina"), "\(a.organizations)")
        #expect(a.people.contains("Gabriel Boric"), "\(a.people)")
    }

    @Test func aCityInsideABodysNameIsNoPlace() {
        let a = EntityContextTests.analyse("Accordo", "Il Politecnico di Torino ha annunciato un accordo con due aziende.")
        #expect(a.organizations.contains("Politecnico di Torino"), "\(a.organizations)")
        #expect(!a.places.contains("Torino"), "\(a.places)")
        // (Named outside the name too, it is one.)
        let b = EntityContextTests.analyse("Accordo", "Il Politecnico di Torino ha annunciato un accordo. A Torino piove.")
        #expect(b.places.contains("Torino"), "\(b.places)")
    }

    @Test func aListedBodyBeforeAnotherCountry() {
        let a = EntityContextTests.analyse("Lawyers protest", "The Law Society of Kenya said on Monday that the arrests were illegal.")
        #expect(a.organizations.contains("Law Society of Kenya"), "\(a.organizations)")
        #expect(!a.organizations.contains("Law Society"), "\(a.organizations)")
        let b = EntityContextTests.analyse("Vote", "The Congress of the United States passed the bill on Monday.")
        #expect(b.organizations.contains("United States Congress"), "\(b.organizations)")
    }

    @Test(arguments: [
        ("نفط", "وأوضح المتحدث في أربيل أن الاتفاق مع أنقرة يضمن دفع الرواتب.", "أنقرة"),
        ("Лавров", "Министр прилетел в Рио-де-Жанейро в понедельник.", "Рио-де-Жанейро"),
    ])
    func aPlaceAsTheArticleSpellsIt(title: String, body: String, place: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
    }
}

/// (en) A country's name before an international body the lexicon lists with no country names its national branch.
@Suite struct NationalBranchTests {
    @Test func aCountryBeforeTheRedCross() {
        let a = EntityContextTests.analyse("Floods", "The Kenya Red Cross said 300 families were displaced.")
        #expect(a.organizations == ["Kenya Red Cross"], "\(a.organizations)")
        #expect(a.countries == ["KE"], "\(a.countries)")
        let b = EntityContextTests.analyse("Floods", "The Kenya Red Cross Society said 300 families were displaced.")
        #expect(b.organizations == ["Kenya Red Cross Society"], "\(b.organizations)")
    }

    /// Not a possessive ("Australia's Liberal Party"), which the tokens lost.
    @Test func notAPossessive() {
        let a = EntityContextTests.analyse("Election", "John Howard, of Australia's Liberal Party, won again.")
        #expect(!a.organizations.contains { $0.hasPrefix("Australia") }, "\(a.organizations)")
    }
}

/// A legal form of two letters counts only in capitals: "Sa Pa" is a Vietnamese town, "Sanofi SA" a firm.
@Suite struct LegalFormCaseTests {
    @Test func aSyllableIsNoLegalForm() {
        #expect(EntityContextTests.analyse("Sạt lở", "Người dân ở Sa Pa bị ảnh hưởng.").organizations.isEmpty)
        #expect(EntityContextTests.analyse("Deal", "Shares of Sanofi SA rose on Monday.").organizations == ["Sanofi SA"])
    }
}

/// (ko) A national body's name glued after a town's or a province's is that body's local office (전남경찰청 is no Korean
/// National Police Agency), and a fire or police station glued to its town's name is a body (여수소방서).
@Suite struct KoreanLocalBodyTests {
    @Test func aLocalOffice() {
        let a = EntityContextTests.analyse("화재", "전남경찰청은 5일 화재 원인을 조사하고 있다고 밝혔다.")
        #expect(a.organizations == ["전남경찰청"], "\(a.organizations)")
        let b = EntityContextTests.analyse("화재", "경찰청은 5일 수사에 착수했다.")
        #expect(b.organizations == ["Korean National Police Agency"], "\(b.organizations)")
    }

    @Test func aStation() {
        let a = EntityContextTests.analyse("화재", "여수소방서는 인명 피해가 없다고 밝혔다. 인근 소방서에서도 출동했다.")
        #expect(a.organizations == ["여수소방서"], "\(a.organizations)")
    }
}

/// (ru) A body's name of several words declines its first word only: "в Министерстве иностранных дел России" is the
/// Ministry of Foreign Affairs of Russia; a neuter first word declines as -о does (Министерство: Министерстве).
@Suite struct RussianDeclinedBodyTests {
    @Test func theFirstWordDeclined() {
        let a = EntityContextTests.analyse("Заявление", "В Министерстве иностранных дел России заявили об этом в четверг.")
        #expect(a.organizations == ["Ministry of Foreign Affairs of Russia"], "\(a.organizations)")
        let b = EntityContextTests.analyse("Заявление", "В Минфине России сообщили об этом в четверг.")
        #expect(b.organizations == ["Ministry of Finance of Russia"], "\(b.organizations)")
    }
}
