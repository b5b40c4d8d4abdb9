@testable import NewsCore
import Testing

/// (de) German capitalises every noun: a town's name beside a noun ("an den Standorten Augsburg und Chemnitz", "beim
/// Amtsgericht Augsburg Insolvenz") is the town, and a body's compound before it makes the body (Staatsanwaltschaft
/// Düsseldorf, Klinikum Fulda). Not a given name beside a surname (Petra Lindqvist). Texts written for these tests.
@Suite struct GermanTownBesideNounTests {
    @Test func aTownBesideANoun() {
        let a = EntityContextTests.analyse("Werk", "Betroffen sind rund 1.100 Beschäftigte an den Standorten Augsburg und Chemnitz.")
        #expect(a.places.contains("Augsburg") && a.places.contains("Chemnitz"), "\(a.places)")
    }

    @Test(arguments: [
        ("Insolvenz", "Die Firma hat beim Amtsgericht Augsburg Insolvenz beantragt.", "Amtsgericht Augsburg"),
        ("Justiz", "Die Staatsanwaltschaft Düsseldorf ermittelt gegen drei Männer.", "Staatsanwaltschaft Düsseldorf"),
        ("Klinik", "Das Klinikum Fulda meldet mehr Patienten als im Vorjahr.", "Klinikum Fulda"),
    ])
    func aBodyBeforeATown(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    /// A town's name that is a given name, before a surname, stays the person's.
    @Test func aGivenNameBeforeASurname() {
        let a = EntityContextTests.analyse("Wahl", "Die Sprecherin Petra Lindqvist sagte, die Wahl sei fair gewesen.")
        #expect(!a.countries.contains("JO"), "\(a.countries)")
        #expect(a.people.contains("Petra Lindqvist"), "\(a.people)")
    }
}
