@testable import NewsCore
import Testing

/// A country's name right after a given name is the person's family name (Ricardo Brasil, Rolando España); (de) "des
/// Landes" holds no French department.
@Suite struct CountryAsFamilyNameTests {
    @Test func afterAGivenName() {
        let a = EntityContextTests.analyse("Macau", "O analista Ricardo Brasil, da consultora Lótus Research, atribuiu a subida aos visitantes de Hong Kong.")
        #expect(!a.countries.contains("BR"), "\(a.countries)")
        let b = EntityContextTests.analyse("Perú", "\"No vamos a permitir esto\", dijo el dirigente Rolando España, del Frente de Defensa de Machupicchu, en Cusco.")
        #expect(!b.countries.contains("ES"), "\(b.countries)")
    }

    @Test func desLandes() {
        let a = EntityContextTests.analyse("Bahn", "Die Strecke verbindet den Osten des Landes mit der Hauptstadt Skopje, teilte die Regierung am Freitag mit.")
        #expect(!a.countries.contains("FR"), "\(a.countries)")
    }

    /// A country's adjective right after a given name is the family name too (Italian writes adjectives in lower case):
    /// "Luca Greco" names no Greece, "il governo greco" does.
    @Test func aCountrysAdjectiveAfterAGivenNameIsAFamilyName() {
        let a = PlaceCaseTests.analysed("Alluvione", "«L'acqua ha raggiunto il primo piano», ha detto Luca Greco, dirigente della Protezione civile.")
        #expect(!a.countries.contains("GR"), "\(a.countries)")
        let b = PlaceCaseTests.analysed("Alluvione", "Il governo greco ha inviato aiuti.")
        #expect(b.countries.contains("GR"), "\(b.countries)")
    }
}

