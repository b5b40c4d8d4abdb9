@testable import NewsCore
import Testing

/// A hand-kept town's name right after a given name is the person's family name throughout the article ("Dominik
/// Paris ha vinto ... ha detto Paris": no France), and a dateline's region is only the one right after its town, not a
/// name past the agency's credit. Texts written for these tests.
@Suite struct TownAsFamilyNameTests {
    @Test func aTownAfterAGivenNameIsAFamilyName() {
        let a = EntityContextTests.analyse("Sci, la discesa", "Dominik Paris ha vinto la discesa libera. «Sono felice», ha detto Paris ai microfoni.")
        #expect(a.people.contains("Dominik Paris"), "\(a.people)")
        #expect(!a.countries.contains("FR"), "\(a.countries)")
    }

    @Test func notPastADatelinesCredit() {
        let a = EntityContextTests.analyse("Sci, la discesa", "BEAVER CREEK (ANSA) - Dominik Paris ha vinto la discesa libera.")
        #expect(!a.countries.contains("FR"), "\(a.countries)")
        #expect(!a.places.contains("Paris"), "\(a.places)")
    }

    /// The town stays a town after a word that is no given name, and after a given name that is a word ("Will").
    @Test(arguments: [
        ("Visit", "President Emmanuel Macron visited Paris on Monday.", "FR"),
        ("Crowds", "Will London cope with the crowds? Officials in London said yes.", "GB"),
        ("Storm", "TRURO, England, Nov 2 - Floods hit the town on Monday.", "GB"),
    ])
    func aTownStaysATown(title: String, body: String, country: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.countries.contains(country), "\(a.countries)")
    }
}
