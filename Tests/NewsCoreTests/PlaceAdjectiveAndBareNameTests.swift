@testable import NewsCore
import Testing

/// (de) A city's or region's adjective in -er before its noun is the place (Münchner Flughafen: München); (zh) a Chinese
/// city by its name without 市 (锡林浩特, 漳州); and a place's name as the article writes it with its marks (München, not
/// GeoNames' Munchen), once.
@Suite struct PlaceAdjectiveAndBareNameTests {
    @Test func germanCityAdjectives() {
        let a = EntityContextTests.analyse("Flughafen", "Der Münchner Flughafen meldet einen Rekord. Der Vorarlberger Landtag tagt am Montag.")
        #expect(a.places.contains("München"), "\(a.places)")
        #expect(a.places.contains("Vorarlberg"), "\(a.places)")
    }

    /// Not a surname after a given name, nor an adjective before no noun.
    @Test func notSurnames() {
        let a = EntityContextTests.analyse("Wahl", "Norbert Hofer Partei verliert. Die Gäste kamen aus Österreich, sagte Bremer gestern.")
        #expect(!a.places.contains { $0.hasPrefix("Hof") || $0.hasPrefix("Brem") }, "\(a.places)")
    }

    @Test func chineseCitiesWithoutSuffix() {
        let a = EntityContextTests.analyse("口岸", "乌兰浩特今年货运量增长，锡林浩特和漳州的企业也受益。")
        #expect(a.places.contains("乌兰浩特"), "\(a.places)")
        #expect(a.places.contains("锡林浩特"), "\(a.places)")
        #expect(a.places.contains("漳州"), "\(a.places)")
    }

    /// 德州 is Texas as often as the city of Dezhou: no bare name.
    @Test func notUSStatesShortNames() {
        let a = EntityContextTests.analyse("风暴", "美国德州遭遇风暴，加州也受影响。")
        #expect(!a.countries.contains("CN"), "\(a.countries)")
    }

    @Test func namesAsWrittenOnce() {
        let a = EntityContextTests.analyse("Lluvias", "BOGOTÁ (EFE) - Las lluvias afectan a Bogotá y a Cádiz.")
        #expect(a.places.filter { TextFolding.fold($0) == "bogota" } == ["Bogotá"], "\(a.places)")
        #expect(a.places.contains("Cádiz"), "\(a.places)")
    }
}
