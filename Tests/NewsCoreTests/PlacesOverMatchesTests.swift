@testable import NewsCore
import Testing

/// Places whose names hold a town's or a region's that the gazetteer reads: a small town (Arenas de San Pedro, not
/// Côte d'Ivoire's San-Pédro), a lake, a cape or a salt flat named after a town (Laguna de Rocha, Salar de Uyuni); and a
/// place's name that shares one folded word with a person's (xã Thạnh Mỹ in an article on Bùi Thanh Sơn). Texts written
/// for these tests; the people are invented.
@Suite struct PlacesOverMatchesTests {
    @Test func aSmallTownHoldingACitysNameIsTheTown() {
        let a = PlaceCaseTests.analysed("Incendio en Ávila", "La carretera entre Ávila y Arenas de San Pedro sigue cortada por el fuego.")
        #expect(a.places.contains("Arenas de San Pedro"), "\(a.places)")
        #expect(!a.places.contains("San-Pédro") && !a.places.contains("Arenas"), "\(a.places)")
        #expect(!a.countries.contains("CI"), "\(a.countries)")
    }

    @Test func theTownStaysInItsList() {
        let a = PlaceCaseTests.analysed("Cortes de agua", "La Junta aprobó cortes de agua en 23 municipios de Andalucía, entre ellos Pozoblanco, Villanueva de Córdoba e Hinojosa del Duque.")
        for town in ["Pozoblanco", "Villanueva de Córdoba", "Hinojosa del Duque"] { #expect(a.places.contains(town), "\(a.places)") }
    }

    @Test func noTownOfACountryTheArticleDoesNotNameHoldsTheMatches() {
        // (Arenas de San Pedro is Spain's: an article on Côte d'Ivoire alone keeps its city.)
        let a = PlaceCaseTests.analysed("Côte d'Ivoire", "Le port de San Pedro, en Côte d'Ivoire, exporte du cacao vers l'Europe.")
        #expect(a.countries.contains("CI"), "\(a.countries)")
    }

    @Test(arguments: [
        ("Sequía en Uruguay", "El gobierno de Uruguay anunció obras en la Laguna de Rocha y cerca de Punta del Diablo.", ["Laguna de Rocha", "Punta del Diablo"]),
        ("Turismo en Bolivia", "Miles de turistas visitan el Salar de Uyuni cada año, dijo el ministro boliviano.", ["Salar de Uyuni"]),
        ("Piena in Albania", "La piena ha colpito il Lago di Scutari, in Albania, e i villaggi vicini sono stati evacuati dalla protezione civile nella notte.", ["Lago di Scutari"]),
        ("Chuva no Brasil", "A chuva atingiu a Serra Gaúcha, no Brasil, durante a noite.", ["Serra Gaúcha"]),
    ])
    func aFeatureNamedAfterATownIsTheFeature(title: String, body: String, places: [String]) {
        let a = PlaceCaseTests.analysed(title, body)
        for p in places { #expect(a.places.contains(p), "\(a.places)") }
    }

    @Test func aBanksNameIsNoFeature() {
        let a = PlaceCaseTests.analysed("Banche", "Il Monte dei Paschi di Siena ha chiuso il trimestre in utile, ha detto la banca.")
        #expect(!a.places.contains { $0.hasPrefix("Monte") }, "\(a.places)")
    }

    @Test func aPlacesWordInAPersonsNameLeavesThePlace() {
        let a = PlaceCaseTests.analysed("Điện Lào", "Điện được truyền về trạm biến áp ở xã Thạnh Mỹ, thành phố Đà Nẵng. Phó Thủ tướng Bùi Thanh Sơn dự lễ.")
        #expect(a.places.contains("Thạnh Mỹ"), "\(a.places)")
    }
}
