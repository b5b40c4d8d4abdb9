@testable import NewsCore
import Testing

/// (es, it) A city's name after a masculine article is a club's, not the city: Spanish and Italian cities take no article.
@Suite struct ClubsByArticleTests {
    @Test func aSpanishClub() {
        let a = EntityContextTests.analyse("Fútbol", "El Sporting cayó frente al Eibar en casa.")
        #expect(a.organizations.contains("Eibar"), "\(a.organizations)")
        #expect(!a.places.contains("Eibar"), "\(a.places)")
    }

    @Test func anItalianClub() {
        let a = EntityContextTests.analyse("Calcio", "Il Napoli ha battuto il Torino 2-1 a Genova.")
        #expect(a.organizations.contains("Napoli"), "\(a.organizations)")
        #expect(a.places == ["Genova"], "\(a.places)")
    }

    /// A city whose own name has the article (El Cairo: "al Cairo"), and a longer name ("El Santiago Bernabéu").
    @Test func citiesStay() {
        let a = EntityContextTests.analyse("Viaje", "El ministro viajó al Cairo y luego a Madrid.")
        #expect(a.places.contains("Cairo") && a.countries.contains("EG"), "\(a.places) \(a.countries)")
        let b = EntityContextTests.analyse("Derbi", "El Santiago Bernabéu acogerá el derbi en marzo.")
        #expect(!b.organizations.contains("Santiago"), "\(b.organizations)")
    }

    /// (es) Atlético, Deportes and Deportivo mark a club's name whatever follows (name-context.tsv CB): "Atlético Nacional vence
    /// al Deportes Tolima"; Tolima, a department, is no place there.
    @Test func clubMarkers() {
        let a = EntityContextTests.analyse("Fútbol", "Atlético Nacional vence al Deportes Tolima en Medellín.")
        #expect(a.organizations.contains("Atlético Nacional") && a.organizations.contains("Deportes Tolima"), "\(a.organizations)")
        #expect(a.places == ["Medellín"], "\(a.places)")
    }
}
