@testable import NewsCore
import Testing

/// Towns of 1,000 to 15,000 people (Resources/small-towns.tsv, ``SmallTowns``), found after a preposition
/// of place where the article names their country. Texts written for these tests.
@Suite struct PlaceSmallTownTests {
    @Test(arguments: [
        ("Floods close roads", "Floods closed roads near Thirsk on Monday, police in England said.", "Thirsk"),
        ("Umleitung", "Der Verkehr in Deutschland wird bis Freitag bei Kötzting umgeleitet.", "Kötzting"),
        ("Frana", "Una frana ha bloccato la strada a Longarone, in Italia, nella notte.", "Longarone"),
        // A list after the town: "near Thirsk, Bedale and Masham".
        ("Storm", "Trees fell near Thirsk, Bedale and Masham in England overnight.", "Bedale"),
    ])
    func aSmallTownAfterAPrepositionIsAPlace(title: String, body: String, town: String) {
        let p = PlaceCaseTests.analysed(title, body).places
        #expect(p.contains(town), "\(p)")
    }

    @Test(arguments: [
        // The article names no country of the town.
        ("Floods close roads", "Floods closed roads near Thirsk on Monday, police said."),
        // A café's name with a possessive ("Starbuck", a town in the United States).
        ("Wireless", "You will see it in Starbuck's and other hotspots across the United States."),
        // Not after a preposition of place.
        ("Visit", "Thirsk welcomed visitors from England on Sunday."),
        // Named once after a preposition and once as a subject: it is not only a place.
        ("Visit", "Officials in England met near Thirsk. Thirsk said the talks went well."),
    ])
    func elsewhereASmallTownsNameIsNoPlace(title: String, body: String) {
        let p = PlaceCaseTests.analysed(title, body).places
        #expect(!p.contains("Thirsk") && !p.contains("Starbuck"), "\(p)")
    }

    /// The binary search over a file's sorted lines, after its comments: each key, the first and the
    /// last, and keys between, before and after them.
    @Test func theLookUpFindsEveryKeyAndNoOther() {
        let file = Array("# comment\n# another\nalpha\tGB\nbeta gamma\tDE,AT\ndelta\tFR\nepsilon\tIT\nzeta\tES\n".utf8)
        file.withUnsafeBufferPointer { b in
            #expect(SmallTowns.lookUp(Array("alpha".utf8), in: b) == ["GB"])
            #expect(SmallTowns.lookUp(Array("beta gamma".utf8), in: b) == ["DE", "AT"])
            #expect(SmallTowns.lookUp(Array("delta".utf8), in: b) == ["FR"])
            #expect(SmallTowns.lookUp(Array("epsilon".utf8), in: b) == ["IT"])
            #expect(SmallTowns.lookUp(Array("zeta".utf8), in: b) == ["ES"])
            for missing in ["aardvark", "alph", "alphas", "beta", "c", "zz", "# comment"] {
                #expect(SmallTowns.lookUp(Array(missing.utf8), in: b).isEmpty, "\(missing)")
            }
        }
    }

    @Test func theShippedFileHasTheTowns() {
        #expect(SmallTowns.countries(named: Array("thirsk".utf8)) == ["GB"])
        #expect(SmallTowns.countries(named: Array("bernkastel kues".utf8)) == ["DE"])
        #expect(SmallTowns.countries(named: Array("kötzting".utf8)).isEmpty)  // keys are ASCII
        #expect(SmallTowns.countries(named: Array("london".utf8)).isEmpty)  // a city of places.tsv
    }
}
