@testable import NewsCore
import Testing

/// German bodies named by an adjective before their compound head, a federal compound that goes on over an adjective in
/// lower case, Romance heads of corporations, units and orders, Portuguese "na" inside a name, and a country's article
/// before a body's name. Texts written for these tests; the bodies are invented or of the kinds news names.
@Suite struct OrganizationAdjectiveHeadTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Urteil", "Der Streit dauert seit Jahren. Die Reederei kündigte Berufung beim Sächsischen Oberverwaltungsgericht an.",
         "Sächsischen Oberverwaltungsgericht"),
        ("Brücke", "Die Brücke bleibt gesperrt. Das teilte das Staatliche Straßenbauamt am Montag mit.", "Staatliche Straßenbauamt"),
        ("Wetter", "Es wird kalt. Der Bayerische Lawinendienst warnt vor Schneebrettern in den Alpen.", "Bayerische Lawinendienst"),
    ])
    func anAdjectiveBeforeAGermanCompoundHeadBeginsTheName(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func anAdjectiveBeforeACommonNounIsNoName() {
        // (A compound that ends in no body's word: "Die Staatliche Förderung" is no body.)
        let a = Self.analyse("Förderung", "Die Firma ist zufrieden. Die Staatliche Förderung für Wärmepumpen läuft im Mai aus.")
        #expect(!a.organizations.contains { $0.hasPrefix("Staatliche") }, "\(a.organizations)")
    }

    @Test func aFederalCompoundGoesOnOverAnAdjectiveInLowerCase() {
        let a = Self.analyse("Banken", "Die Aktien fielen. Der Bundesverband privater Versicherer wollte sich nicht äußern.")
        #expect(a.organizations.contains("Bundesverband privater Versicherer"), "\(a.organizations)")
        #expect(!a.organizations.contains("Bundesverband"), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Incendio", "El fuego avanzó el lunes. La Corporación Regional Hídrica pidió desalojar dos pueblos.", "Corporación Regional Hídrica"),
        ("Greve", "A greve começou ontem. A Ordem dos Enfermeiros pediu mais verbas para os hospitais.", "Ordem dos Enfermeiros"),
        ("Seca", "A seca continua. A Federação dos Trabalhadores na Pesca Artesanal pediu ajuda ao governo.",
         "Federação dos Trabalhadores na Pesca Artesanal"),
    ])
    func aRomanceHeadOfACorporationOrAnOrderBeginsAName(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aCountrysArticleIsNoPartOfABodysName() {
        let a = Self.analyse("Deal", "The deal was cleared on Monday. The Netherlands Authority for Fair Trade, which had reviewed it, declined to comment.")
        #expect(a.organizations.contains("Netherlands Authority for Fair Trade"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0.hasPrefix("The ") }, "\(a.organizations)")
    }

    @Test func aPlacesFirstWordStaysInABodysName() {
        let a = Self.analyse("Ruling", "The case was heard on Monday. The New Zealand High Court dismissed the appeal.")
        #expect(a.organizations.contains("New Zealand High Court"), "\(a.organizations)")
    }
}
