@testable import NewsCore
import Testing

/// An ambiguous place's name stands alone before a possessive's "'s" ("Kerala's Vizhinjam port") and before the title it
/// holds ("Kerala Ports Minister", "the Salford MP"); not after a given name ("Mary Queen of Scots", "Graham King"), not at
/// an ampersand ("Bradford & Bingley").
@Suite struct PlaceBeforeTitleTests {
    @Test func beforeAPossessive() {
        let a = EntityContextTests.analyse("Ship berths", "The ship berthed at Kerala's Vizhinjam port on Friday, the operator said in a statement.")
        #expect(a.places.contains("Kerala"), "\(a.places)")
    }

    @Test func beforeATitle() {
        let a = EntityContextTests.analyse("Ship berths", "Kerala Ports Minister V.N. Vasavan said the deep-water port would win cargo.")
        #expect(a.places.contains("Kerala"), "\(a.places)")
    }

    @Test func notAfterAGivenName() {
        let a = EntityContextTests.analyse(
            "Book prize", "The second favourite is a biography of Mary Queen of Scots, by John Guy. The producers are Michael Mann and Graham King.")
        #expect(!a.places.contains("Mary") && !a.places.contains("Graham"), "\(a.places)")
        #expect(!a.countries.contains("TM"), "\(a.countries)")
    }

    @Test func notAtAnAmpersand() {
        let a = EntityContextTests.analyse("Lender", "Mortgage lender Bradford & Bingley said approvals rose in November.")
        #expect(!a.places.contains("Bradford"), "\(a.places)")
    }
}
