@testable import NewsCore
import Testing

/// A body's one-word name right after a word for a place (place-context.tsv B) is the place: "el departamento del Meta",
/// "la gobernadora del Meta" (not Meta Platforms); and a governor's or a prefect's title names the place after it in
/// Spanish, Portuguese, French, Italian and English. Texts written for these tests.
@Suite struct PlaceWordBeforeBodyTests {
    @Test(arguments: [
        "El derrumbe en el departamento del Meta dejó incomunicada la vía.",
        "La gobernadora del Meta pidió declarar la emergencia.",
    ])
    func aBodysNameAfterAWordForAPlaceIsThePlace(body: String) {
        let a = PlaceCaseTests.analysed("Derrumbe", body)
        #expect(a.places.contains("Meta"), "\(a.places)")
        let o = Analyzer().analyze(Article(title: "Derrumbe", body: body, format: "text")).analysis
        #expect(!o.organizations.contains("Meta"), "\(o.organizations)")
    }

    @Test func theBodyStaysElsewhere() {
        let o = Analyzer().analyze(Article(title: "Bolsa", body: "Las acciones de Meta subieron un 3 % el lunes.", format: "text")).analysis
        #expect(o.organizations.contains("Meta"), "\(o.organizations)")
    }
}
