@testable import NewsCore
import Testing

/// Romance bodies by their heads (la Capitaneria di porto di Ancona, il Policlinico di Bari, el Juzgado de Instrucción, la
/// Defensoría del Pueblo), and "and" with an article before a second head ends the first body, which keeps its words in
/// lower case ("la Guardia costiera e la Capitaneria di porto").
@Suite struct RomanceBodyHeadTests {
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
