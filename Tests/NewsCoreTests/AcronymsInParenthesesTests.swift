@testable import NewsCore
import Testing

/// Acronyms in parentheses: a party's after a person's name, a sports result's country code, a Romance body's name
/// written in sentence case before its acronym, and an agency's credit line whose name is a demonym.
@Suite struct AcronymsInParenthesesTests {
    @Test func aPartyAfterAName() {
        let a = EntityContextTests.analyse("Politique", "Le ministre-président Adrien Dolimont (MR) a défendu la décision.")
        #expect(a.organizations.contains("MR"), "\(a.organizations)")
        #expect(a.people == ["Adrien Dolimont"], "\(a.people)")
    }

    /// "Marco Odermatt (SUI)": a country's code of three letters is no body, though the acronyms' finder read it.
    @Test func aCountryCodeAfterAName() {
        let a = EntityContextTests.analyse("Ski", "Le skieur Marco Odermatt (SUI) a gagné devant Dominik Paris (ITA).")
        #expect(!a.organizations.contains("SUI") && !a.organizations.contains("ITA"), "\(a.organizations)")
    }

    /// "la Ligue des droits humains (LDH)": no head word, the name in sentence case, a preposition no list holds ("por").
    @Test(arguments: [
        ("Armes", "Le Conseil d'État a été saisi par la Ligue des droits humains (LDH) en mars.", "Ligue des droits humains"),
        ("Protesta", "Ayer la Coordinadora Campesina por la Vida (CCV) anunció protestas.", "Coordinadora Campesina por la Vida"),
    ])
    func aSentenceCaseName(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    /// Not a name at a sentence's start, where every word is capitalised anyway, nor in English.
    @Test func notAtASentencesStart() {
        let a = EntityContextTests.analyse("Economía", "Producto Interior (PI) creció un 2%.")
        #expect(!a.organizations.contains("Producto Interior"), "\(a.organizations)")
        let b = EntityContextTests.analyse("Tech", "The firm sells Digital Rights (DR) software to studios.")
        #expect(!b.organizations.contains("Digital Rights"), "\(b.organizations)")
    }

    /// "(Belga)": the Belgian agency's credit, its name a demonym in Spanish and Italian; the country stays.
    @Test func aCreditThatIsADemonym() {
        let a = EntityContextTests.analyse("Armes", "NAMUR (Belga) — Le gouvernement a suspendu trois licences.")
        #expect(a.organizations.contains("Belga"), "\(a.organizations)")
        #expect(a.countries.contains("BE"), "\(a.countries)")
    }
}
