@testable import NewsCore
import Testing

/// Places the title before them or the word after them makes: a city between a title's "of" and its holder's name
/// in German and after a former holder's title of one word in Spanish; a German town after a noun for a site; a
/// Japanese region before 地方. Texts written for these tests.
@Suite struct PlaceTitleAndRegionWordTests {
    /// German capitalises the title and joins it with "von"; Spanish writes "ex" glued to the title.
    @Test(arguments: [
        ("Haushalt", "Der Oberbürgermeister von Leipzig Thomas Müller sagte, der Plan helfe der Stadt.", "Leipzig", "Thomas Müller"),
        ("Haushalt", "Die Bürgermeisterin von Dresden Anna Schmidt lehnte den Plan ab.", "Dresden", "Anna Schmidt"),
        ("Detenido", "La policía detuvo al exalcalde de Medellín Federico Gutiérrez el martes.", "Medellín", "Federico Gutiérrez"),
    ])
    func aCityBetweenATitlesOfAndAHoldersNameIsAPlace(title: String, body: String, place: String, person: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.people.contains(person), "\(a.people)")
    }

    /// A town too small for running text alone counts after a German noun for a site where the article names its
    /// country; the noun's other uses name no place ("das Werk Goethes").
    @Test func aGermanTownAfterANounForASiteIsAPlace() {
        let a = EntityContextTests.analyse("Autoindustrie", "Volkswagen will in Deutschland sparen: Im Werk Zwickau soll die Produktion halbiert werden.")
        #expect(a.places.contains("Zwickau"), "\(a.places)")
        let b = EntityContextTests.analyse("Kultur", "Das Werk Goethes wird in diesem Jahr mit einer Ausstellung gefeiert.")
        #expect(b.places.isEmpty, "\(b.places)")
    }

    /// 中部地方, 日高地方: the region's name is a place; 地方 in a longer word (a district court, local government) or
    /// after a longer word (全国各地方) makes none.
    @Test func aJapaneseRegionBeforeItsWordIsAPlace() {
        let a = EntityContextTests.analyse("地震", "北海道日高地方で震度5強の地震があり、中部地方でも揺れを観測した。")
        #expect(a.places.contains("日高"), "\(a.places)")
        // (中部地方 is the lexicon's Chubu since known35-regions.)
        #expect(a.places.contains("Chubu"), "\(a.places)")
        for body in ["東京地方裁判所は被告に懲役3年の判決を言い渡した。", "政府は地方自治体に支援を求めた。", "全国各地方で選挙が行われた。"] {
            let b = EntityContextTests.analyse("裁判", body)
            #expect(!b.places.contains { $0.count == 2 && body.contains($0 + "地方") }, "\(body): \(b.places)")
        }
    }

    /// A US county by its whole name (the generator's list from GeoNames) is a place of the United States, at a
    /// sentence's start too; a county council's name is a body's.
    @Test func aUSCountyByItsWholeNameIsAPlaceOfTheUnitedStates() {
        let a = EntityContextTests.analyse("Wildfire", "Harney County officials said on Sunday the fire was contained.")
        #expect(a.places.contains("Harney County"), "\(a.places)")
        #expect(a.countries == ["US"], "\(a.countries)")
        let b = EntityContextTests.analyse("Budget", "Kent County Council approved the budget on Thursday.")
        #expect(!b.countries.contains("US"), "\(b.countries)")
    }

    /// (ja) A city by its bare name (金沢 of 金沢市) is a place with a particle of place or a station's word glued after
    /// it; a family name (松本) only with the second (松本で, not 松本に), and a name inside a longer one none.
    @Test func aJapaneseCityByItsBareNameIsAPlaceBeforeAWordOfPlace() {
        for (body, place) in [("金沢で大雪が降り、交通が乱れた。", "金沢"), ("JR金沢駅で列車が止まった。", "金沢"),
                              ("浜松に新工場を建設する。", "浜松"), ("松本で大雪が降った。", "松本")] {
            #expect(EntityContextTests.analyse("大雪", body).places.contains(place), "\(body)")
        }
        for body in ["松本に聞いたところ、問題はないという。", "大金沢で祭りが開かれた。", "浜松の社長が会見した。"] {
            #expect(EntityContextTests.analyse("会見", body).places.isEmpty, "\(body)")
        }
    }

    /// (ko) A city's bare name one space before a word for a base or an estate (평택 기지) is the city.
    @Test func aKoreanCityBeforeAWordForABaseIsAPlace() {
        let a = EntityContextTests.analyse("방문", "대표단은 5일 평택 기지를 둘러본다.")
        #expect(a.places.contains("평택"), "\(a.places)")
    }
}
