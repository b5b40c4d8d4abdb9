@testable import NewsCore
import Testing

/// An acronym in parentheses made of the syllables of the name's words (Senapred, Sernageomin) defines the whole name before
/// it, over a word in lower case that the name finder stops at. Texts written for these tests.
@Suite struct SyllabicAcronymTests {
    @Test func aNameBySyllables() {
        let orgs = EntityContextTests.analyse("Alerta", "El Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred) declaró la alerta amarilla en la comuna.").organizations
        #expect(orgs.contains("Servicio Nacional de Prevención y Respuesta ante Desastres"), "\(orgs)")
    }

    @Test func lettersThatSpellNoNameDefineNone() {
        #expect(OrganizationFinder.syllabicStart(Tokenizer.tokenize("El Servicio Nacional de Pesca (Zorbak) dijo"), acronym: 5) == nil)
        #expect(OrganizationFinder.syllabicStart(Tokenizer.tokenize("El Servicio Nacional de Pesca (Senape) dijo"), acronym: 5) == 1)
        #expect(OrganizationFinder.syllabicStart(Tokenizer.tokenize("El Servicio Nacional de Geología y Minería (Sernageomin) dijo"), acronym: 7) == 1)
    }
}
