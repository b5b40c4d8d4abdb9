@testable import NewsCore
import Testing

/// Surnames of several words said again alone, particles inside a name found by its shape, and words that open a
/// sentence before a surname. Texts written for these tests; the names are invented.
@Suite struct PersonTailAndParticleTests {
    static func people(_ title: String, _ body: String) -> [String] { EntityContextTests.analyse(title, body).people }

    @Test(arguments: [
        // A hyphenated surname, then a surname with particles, each said again alone.
        ("Hearing", "Senator Carla Brightwater-Ruiz chaired the hearing. Pieter van der Molen told senators that ships were late. "
            + "Van der Molen said more would come. Brightwater-Ruiz said a bill could follow.",
         ["Carla Brightwater-Ruiz", "Pieter van der Molen"]),
        // An Arabic name with bin and al-, then its family name alone with an age.
        ("Takeover", "A fund led by Sheikh Khalid bin Hamad al-Farsi agreed the deal. Al-Farsi, 51, also owns a stake in a club.",
         ["Khalid bin Hamad al-Farsi"]),
    ])
    func aSurnameOfSeveralWordsAloneIsTheFullName(title: String, body: String, names: [String]) {
        let p = Self.people(title, body)
        #expect(p == names, "\(p)")
    }

    @Test(arguments: [
        // Lower-case particles inside a name that no title nor verb marks.
        // (de) And a capitalised noun for a role before it, which is no part of it.
        ("Stahl", "Auch der tschechische Investor Daniel Kovařík, der 20 Prozent hält, war zugeschaltet.", "Daniel Kovařík"),
        ("Vivienda", "El diputado popular Jaime de los Ríos acusó al Gobierno de improvisar.", "Jaime de los Ríos"),
        // Portuguese do, not before an acronym.
        ("Gastos", "Já a deputada Maria do Socorro Valadares, do PT, criticou mudanças.", "Maria do Socorro Valadares"),
    ])
    func particlesInsideAName(title: String, body: String, name: String) {
        let p = Self.people(title, body)
        #expect(p.contains(name), "\(p)")
    }

    @Test func aNameEndsBeforeDoAndAnAcronym() {
        let p = Self.people("Gastos", "O ministro Fernando Amarante do PT disse que as medidas preservam os programas.")
        #expect(p == ["Fernando Amarante"], "\(p)")
    }

    @Test func aSchoolShipIsNoPerson() {
        let p = Self.people("Puerto", "El buque escuela Juan Bautista de Arrieta atracó este lunes en el puerto.")
        #expect(p.isEmpty, "\(p)")
    }

    @Test func aRussianAdverbOpensNoName() {
        let p = Self.people("Дело", "Адвокат Игорь Маркин заявил о невиновности. Ранее Маркин работал в Москве.")
        #expect(p == ["Игорь Маркин"], "\(p)")
    }
}
