@testable import NewsCore
import Testing

/// Firms the lists hold only as an ambiguous single word (~Bosch, ~Ferrari, ~Loblaw: a surname or a town too), named in
/// running text after a word that makes no longer name of them (Gazetteer+FirmContext), and a known firm's national arm
/// (Analyzer+Subsidiaries). Texts written for these tests.
@Suite struct OrganizationFirmContextTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Autoindustrie", "Auch bei den Zulieferern Bosch und Mahle stehen Tausende Arbeitsplätze auf der Kippe.", "Bosch"),
        ("Nuovo modello", "Le vendite sono calate. Intanto Ferrari ha annunciato un nuovo modello elettrico.", "Ferrari"),
        ("Prices", "Sales fell in November. Grocers Loblaw and Sobeys said they had enough stock.", "Loblaw"),
        ("Kurs", "Die Börse schloss fester. Auch Bosch meldete einen höheren Umsatz.", "Bosch"),
    ])
    func aFirmWordOrAnOpenerBeforeAnAmbiguousFirmLetsItStand(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Kunst", "Das Museum zeigt Werke von Hieronymus Bosch aus drei Jahrhunderten.", "Bosch"),
        ("Ricordo", "Il fondatore Enzo Ferrari nacque a Modena nel 1898.", "Ferrari"),
    ])
    func aGivenNameBeforeTheWordStillMakesAPersonsName(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(!a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aKnownFirmAndItsCountryNameItsNationalArm() {
        let a = Self.analyse("Inversión", "Los analistas dijeron que la inversión aumentará la presión sobre Walmart de México y sus rivales.")
        #expect(a.organizations.contains("Walmart de México"), "\(a.organizations)")
        #expect(!a.organizations.contains("Walmart"), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Inversión", "Iberdrola España invertirá 200 millones de euros en redes este año.", "Iberdrola España"),
        ("Ayuda", "La Cruz Roja Argentina envió alimentos a las familias de Salta.", "Cruz Roja Argentina"),
        ("Doanh thu", "Doanh thu của Samsung Việt Nam tăng mạnh trong quý ba.", "Samsung Việt Nam"),
    ])
    func aKnownBodyAndACountrysNameAfterItNameItsNationalArm(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Acuerdo", "El acuerdo entre el FMI Argentina y los acreedores se firmó ayer."),
        ("Results", "Analysts said Iberdrola Spain had been hit by the storms."),
    ])
    func anAcronymOrAnEnglishTextKeepsTheCountryApart(title: String, body: String) {
        let a = Self.analyse(title, body)
        #expect(!a.organizations.contains { $0.hasSuffix("Argentina") || $0.hasSuffix("Spain") }, "\(a.organizations)")
    }

    @Test(arguments: [
        ("Preise", "Die Verbraucherzentrale Nordrhein-Westfalen begrüßte die Senkungen am Montag.", "Verbraucherzentrale Nordrhein-Westfalen"),
        ("Preise", "Das sagte ein Sprecher des Handelsverbands Deutschland am Montag.", "Handelsverbands Deutschland"),
        ("Preise", "Dagegen warnte der Deutsche Bauernverband vor sinkenden Erzeugerpreisen.", "Deutsche Bauernverband"),
    ])
    func aGermanBodysHeadTakesThePlaceOrTheAdjectiveBesideIt(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }
}
