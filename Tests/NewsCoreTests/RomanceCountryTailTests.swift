@testable import NewsCore
import Testing

/// (es, fr, it, pt) A country's or a people's name as an adjective at a body's name's end, right after a capitalised word of
/// it, is part of the name ("la Sociedad Rural Argentina", "el Banco de la Nación Argentina"); the country stays.
@Suite struct RomanceCountryTailTests {
    @Test func theTailIsTheNames() {
        let a = EntityContextTests.analyse(
            "Campo", "Ayer la Sociedad Rural Argentina criticó la medida y el Banco de la Nación Argentina dio créditos.")
        #expect(a.organizations.contains("Sociedad Rural Argentina"), "\(a.organizations)")
        #expect(a.organizations.contains("Banco de la Nación Argentina"), "\(a.organizations)")
        #expect(a.countries == ["AR"], "\(a.countries)")
    }

    /// Not after "de", where the country is the name's own complement anyway, nor before another capitalised word.
    @Test func otherShapesStay() {
        let a = EntityContextTests.analyse("Economía", "El Banco Central de Chile mantuvo la tasa.")
        #expect(a.organizations == ["Banco Central de Chile"], "\(a.organizations)")
    }
}
