@testable import NewsCore
import Testing

/// (de) A compound of a parish's or a town's head before a name is a title, no part of the name (Gemeindevorsteher Mikk
/// Tuisk). Texts written for these tests.
@Suite struct GermanTitleCompoundTests {
    @Test func aParishHeadsTitle() {
        let people = EntityContextTests.analyse("Fähren", "Das Eis sei so dick wie seit Jahren nicht, sagte Gemeindevorsteher Mikk Tuisk am Montag.").people
        #expect(people.contains("Mikk Tuisk"), "\(people)")
        #expect(!people.contains { $0.hasPrefix("Gemeindevorsteher") }, "\(people)")
    }
}
