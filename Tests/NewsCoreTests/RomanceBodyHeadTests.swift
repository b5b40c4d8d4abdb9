@testable import NewsCore
import Testing

/// Romance bodies by their heads (la Capitaneria di porto di Ancona, il Policlinico di Bari, el Juzgado de Instrucción, la
/// Defensoría del Pueblo), and "and" with an article before a second head ends the first body, which keeps its words in
/// lower case ("la Guardia costiera e la Capitaneria di porto"); governments, courts and funds (Governo Regional dos Açores,
/// Justiça Federal, Fundo Amazônia), whose names take no word in lower case ("Justiça suspende obra").
@Suite struct RomanceBodyHeadTests {
    @Test func governmentsCourtsAndFunds() {
        let a = EntityContextTests.analyse(
            "Resgate", "Informou o Governo Regional dos Açores. A Justiça Federal suspendeu a obra. O Fundo Amazônia financiou o projeto.")
        for o in ["Governo Regional dos Açores", "Justiça Federal", "Fundo Amazônia"] { #expect(a.organizations.contains(o), "\(o): \(a.organizations)") }
        let b = EntityContextTests.analyse("Justiça suspende obra da Construtora Serrana", "A decisão foi publicada ontem.")
        #expect(!b.organizations.contains { $0.hasPrefix("Justiça") }, "\(b.organizations)")
    }

    /// A body's head, a preposition and a word in lower case at the text's very end read nothing past it (this crashed the
    /// analysis: an index out of range in OrganizationFinder.find).
    @Test(arguments: ["El diputado pidió una Comisión de investigación", "El diputado acusó al Gobierno de improvisar.",
                      "Il sindaco ha scritto alla Autorità di sistema", "Le maire a saisi la Chambre de commerce"])
    func aHeadAtTheTextsEnd(body: String) {
        let a = EntityContextTests.analyse("Fin", body)
        #expect(a.organizations.count <= 2, "\(a.organizations)")
    }

    @Test func italysMinistryOfEnterprises() {
        let a = EntityContextTests.analyse("Industria", "Il Ministero delle Imprese e del Made in Italy ha convocato le parti per giovedì a Roma.")
        #expect(a.organizations.contains("Ministry of Enterprises and Made in Italy"), "\(a.organizations)")
    }

    @Test func headsAndASecondBody() {
        let a = EntityContextTests.analyse(
            "Naufragio", "La Guardia costiera e la Capitaneria di porto di Ancona sono intervenute. Il Policlinico di Bari ha ricoverato due persone.")
        for o in ["Guardia costiera", "Capitaneria di porto di Ancona", "Policlinico di Bari"] {
            #expect(a.organizations.contains(o), "\(o): \(a.organizations)")
        }
        let b = EntityContextTests.analyse("Denuncia", "El Juzgado de Instrucción de Sanlúcar abrió diligencias y la Defensoría del Pueblo pidió explicaciones.")
        #expect(b.organizations.contains("Juzgado de Instrucción de Sanlúcar") || b.organizations.contains("Juzgado de Instrucción"), "\(b.organizations)")
        #expect(b.organizations.contains("Defensoría del Pueblo"), "\(b.organizations)")
    }
}
