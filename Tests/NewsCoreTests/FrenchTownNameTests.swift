@testable import NewsCore
import Testing

/// French towns' names as French writes them: an elided "d'" inside a name or before it (Saint-Chély-d'Apcher, maire
/// d'Aumont-Aubrac), an article that begins it (entre Le Cannet-des-Maures), and "au", "du", "aux" that hold that article
/// (au Muy, du Havre); and no shorter town at the start of a longer name (Saint-Aubin of Saint-Aubin-les-Forges).
@Suite struct FrenchTownNameTests {
    @Test func elidedLinks() {
        let a = EntityContextTests.analyse("Rail", "Le tronçon entre Saint-Chély-d'Apcher et Marvejols est fermé, a dit Jeanne Roussel, maire d'Aumont-Aubrac.")
        #expect(a.places.contains("Saint-Chély-d'Apcher"), "\(a.places)")
        #expect(a.places.contains("Marvejols"), "\(a.places)")
        #expect(a.places.contains("Aumont-Aubrac"), "\(a.places)")
    }

    /// The article begins the town's name, no body's; "Le ministre" elsewhere is no mention of the town.
    @Test func articleBeginsTheName() {
        let a = EntityContextTests.analyse("Incendie", "L'autoroute a été coupée entre Le Cannet-des-Maures et Puget-sur-Argens. Le ministre s'est rendu sur place.")
        #expect(a.places.contains("Le Cannet-des-Maures"), "\(a.places)")
        #expect(a.places.contains("Puget-sur-Argens"), "\(a.places)")
        #expect(!a.organizations.contains { $0.hasPrefix("Le Cannet") }, "\(a.organizations)")
        #expect(!a.places.contains("Le Cannet"), "\(a.places)")
    }

    @Test func contractionsHoldTheArticle() {
        let a = EntityContextTests.analyse("Incendie", "Des campings ont été évacués au Muy, et le port du Havre est fermé.")
        #expect(a.places.contains("Le Muy"), "\(a.places)")
        #expect(a.places.contains("Le Havre"), "\(a.places)")
        #expect(a.countries.contains("FR"), "\(a.countries)")
    }

    /// "au Palais des Congrès" is a hall, not the town of Le Palais; "du Sénat" no town.
    @Test func notAHallNorABody() {
        let a = EntityContextTests.analyse("Renault", "En France, l'assemblée s'est tenue au Palais des Congrès, à l'invitation du Sénat.")
        #expect(!a.places.contains("Le Palais"), "\(a.places)")
        #expect(a.places.isEmpty, "\(a.places)")
    }

    @Test func noTownAtTheStartOfALongerName() {
        let a = EntityContextTests.analyse("Eau", "En France, la commune voisine de Saint-Aubin-les-Forges est privée d'eau.")
        #expect(!a.places.contains("Saint-Aubin"), "\(a.places)")
    }
}
