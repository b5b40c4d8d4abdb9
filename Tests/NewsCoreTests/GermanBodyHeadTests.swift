@testable import NewsCore
import Testing

/// German bodies named by a compound head before a place: the heads the finder did not know (Bergrettung, Stadtwerk,
/// Regierung), short heads before a place only (Messe Leipzig, Bauamt), and an adjective of the name before its head
/// (Staatliches Bauamt Regensburg). Texts written for these tests.
@Suite struct GermanBodyHeadTests {
    @Test(arguments: [
        ("Das Staatliche Bauamt Regensburg sperrte die Brücke über die Donau für zwei Wochen.", "Staatliche Bauamt Regensburg"),
        ("Ein Sprecher der Messe Leipzig sagte, die Buchmesse beginne wie geplant am Donnerstag.", "Messe Leipzig"),
        ("Das Stadtwerk Regensburg baut bis 2030 ein neues Fernwärmenetz in der Altstadt.", "Stadtwerk Regensburg"),
        ("Die Bezirksregierung Arnsberg prüft den Antrag der Gemeinde seit dem Sommer.", "Bezirksregierung Arnsberg"),
    ])
    func aHeadBeforeAPlaceNamesABody(body: String, name: String) {
        let a = EntityContextTests.analyse("Nachrichten aus Deutschland", body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aShortHeadAloneIsAWord() {
        let a = EntityContextTests.analyse("Nachrichten", "Die Messe war gut besucht, sagten die Veranstalter am Sonntag in Leipzig.")
        #expect(!a.organizations.contains { $0.hasPrefix("Messe") }, "\(a.organizations)")
    }
}
