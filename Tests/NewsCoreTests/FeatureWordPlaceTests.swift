@testable import NewsCore
import Testing

/// (es, pt, fr, it) Natural features, reservoirs and parishes named by a word in lower case before them (place-context.tsv
/// B): salar de Uyuni, serra do Caldeirão, barragem de Odeleite, lago di Bracciano.
@Suite struct FeatureWordPlaceTests {
    @Test(arguments: [
        ("Litio", "Los manifestantes ocuparon el salar de Coipasa durante la noche.", "Coipasa"),
        ("Seca", "A água chega da barragem de Odeleite e da serra do Caldeirão.", "Odeleite"),
        ("Seca", "A água chega da barragem de Odeleite e da serra do Caldeirão.", "Caldeirão"),
        ("Siccità", "Il livello del lago di Bracciano è sceso ancora.", "Bracciano"),
        // (The feature's word alone, no preposition after it: el lago Gatún, el río Indio, o rio Uraricoera.)
        ("Canal", "El túnel conectará el embalse con el lago Gatún en 2030.", "Gatún"),
        ("Canal", "La presa cerrará el río Indio cerca de la costa.", "Indio"),
        ("Garimpo", "Os garimpeiros voltaram ao rio Uraricoera na semana passada.", "Uraricoera"),
        // (en) A feature's word after the name, capitalised: "the Bowen Basin", "the Llyn Peninsula".
        ("Mines", "Workers at coal mines in the Bowen Basin were underpaid.", "Bowen Basin"),
    ])
    func aFeature(title: String, body: String, place: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
    }

    /// A title's words in capitals before the word are no place's ("How Green Was My Valley").
    @Test func notATitle() {
        let a = EntityContextTests.analyse("Film", "The grant went to a stage version of How Green Was My Valley in Cardiff.")
        #expect(!a.places.contains { $0.hasSuffix("Valley") }, "\(a.places)")
    }

    /// (Romance) The feature's word capitalised inside a sentence is the name's own: "Lago Agrio" is a town.
    @Test func aTownNamedByTheWord() {
        let a = EntityContextTests.analyse("Petróleo", "La erosión amenaza la tubería cerca de Lago Agrio y el lago Gatún, en Ecuador.")
        #expect(a.places.contains("Lago Agrio") && a.places.contains("Gatún") && !a.places.contains("Agrio"), "\(a.places)")
    }

    /// (Romance) A region's or a city's name after an article capitalised inside a sentence is another place's (El Chaco in
    /// Ecuador, not Chaco in Argentina); a club's at a sentence's start stays ("MILANO - Il Milan batte la Lazio").
    @Test func aNameWithItsArticle() {
        let a = EntityContextTests.analyse("Petróleo", "La erosión amenaza la tubería cerca de El Chaco, en Ecuador.")
        #expect(a.places == ["El Chaco"] && a.countries == ["EC"], "\(a.places) \(a.countries)")
        let b = EntityContextTests.analyse("Calcio", "MILANO - Il Milan batte la Lazio 2-0.")
        #expect(!b.places.contains("Il Milan"), "\(b.places)")
    }
}
