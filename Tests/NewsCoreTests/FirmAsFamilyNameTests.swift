@testable import NewsCore
import Testing

/// A listed firm's one-word name that is the family name of a person the article names in full is the person's
/// ("Serena Williams ... Williams said": not the Williams Companies); where no such person is named, or the firm is
/// named otherwise too, it stays the firm. Texts written for these tests.
@Suite struct FirmAsFamilyNameTests {
    @Test func aFamilyNameIsThePersons() {
        let a = EntityContextTests.analyse("", "Serena Williams won in three sets on Tuesday. Williams said she was tired.")
        #expect(a.people == ["Serena Williams"], "\(a.people)")
        #expect(!a.organizations.contains("Williams"), "\(a.organizations)")
    }

    @Test func theFirmStaysWithoutSuchAPerson() {
        let a = EntityContextTests.analyse("", "The pipeline operator Williams raised its dividend on Monday.")
        #expect(a.organizations.contains("Williams"), "\(a.organizations)")
        let b = EntityContextTests.analyse("", "Serena Williams won on Tuesday. Williams Companies raised its dividend, and Williams said so.")
        #expect(b.organizations.contains("Williams"), "\(b.organizations)")
    }
}
