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
