@testable import NewsCore
import Testing

/// (fr, es, it, pt) More verbs of speech that a person's name follows inverted ("a raconté Achta Mahamat, mère de cinq
/// enfants", "contou João Bettencourt"). Texts written for these tests.
@Suite struct InvertedSpeechVerbTests {
    @Test func aNameAfterAVerbOfSpeech() {
        let fr = EntityContextTests.analyse("Crue", "« L'eau est montée d'un mètre », a raconté Achta Mahamat, mère de cinq enfants.").people
        #expect(fr.contains("Achta Mahamat"), "\(fr)")
        let pt = EntityContextTests.analyse("Sismo", "A casa tremeu toda, contou João Bettencourt, morador das Velas.").people
        #expect(pt.contains("João Bettencourt"), "\(pt)")
    }
}
