import NewsCore
import Testing

/// People whose full name the article writes once with nothing around it, then repeats by the last
/// word alone where a person stands (before a verb of speech, after a title). Texts written for
/// these tests.
@Suite struct PersonMentionTests {
    /// (The shared Analyzer of ``EntityContextTests``.)
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Derby", "Im Spiel gegen Köln stand Lennart Vogelsang zum ersten Mal in der Startelf. Vogelsang traf zweimal vor der Pause.",
         "Lennart Vogelsang"),
        ("Budget", "The plan drew fire from Marta Okonkwo in the morning session. Okonkwo said the cuts would close rural clinics.",
         "Marta Okonkwo"),
        ("Panchina", "La società ha chiamato Rinaldo Ferrucci dopo la sconfitta di domenica. L'allenatore Ferrucci guiderà la squadra da lunedì.",
         "Rinaldo Ferrucci"),
    ])
    func aFullNameRepeatedByItsLastWordIsAPerson(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
        // One person, not two.
        #expect(a.people.filter { $0.contains(name.split(separator: " ").last.map(String.init) ?? name) }.count == 1, "\(a.people)")
    }

    @Test func aNameRepeatedWithNoPersonsWordStaysUnsure() {
        // "Harbour Lights" is a ship: its last word never stands alone before a verb of speech or after a title.
        let a = Self.analyse("Rescue", "The crew of the Harbour Lights was rescued off the coast. The Lights had lost power at dawn.")
        #expect(!a.people.contains("Harbour Lights"), "\(a.people)")
        // Only the last word counts: "Green said" makes no person of "Green Valley".
        let b = Self.analyse("Farm", "Farmers in Green Valley gathered on Monday. Green said the road would reopen soon.")
        #expect(!b.people.contains("Green Valley"), "\(b.people)")
        // A sentence's first word may be an adjective ("Fuming Robinson"); a name found already keeps its form.
        let c = Self.analyse("Rugby", "Fuming Robinson left the ground early. Coach Andy Robinson said the referee was wrong. Robinson said more later.")
        #expect(c.people == ["Andy Robinson"], "\(c.people)")
    }
}
