@testable import NewsCore
import Testing

/// (zh, ja) Places named by a suffix glued to them: villages and towns (村, 町, 镇: with the suffix), names of three characters where
/// nothing that could be part of the name stands before them, and districts (区) right after a city's
/// suffix. Texts written for these tests; the villages and towns are invented.
@Suite struct PlaceSuffixTests {
    static func places(_ title: String, _ body: String) -> [String] { EntityContextTests.analyse(title, body).places }

    @Test(arguments: [
        ("募集", "長野県北川村と西原村は、移住者の募集を始めた。", ["北川村", "西原村"]),
        ("孤立", "大雨で奥津沢村の集落が孤立し、住民が取り残された。", ["奥津沢村"]),
        ("暴雨", "暴雨导致在白石岭镇的部分村庄被洪水围困。", ["白石岭镇"]),
        ("研究院", "研究院将设在杭州市临溪区，首期投入5亿元。", ["临溪"]),
        ("火事", "横浜市青沢区で火事があり、2人がけがをした。", ["青沢"]),
        // A name in katakana is the whole run (ルスツ村, not ツ or スツ).
        ("観光", "北海道のルスツ村とキロロ町では、観光客が増えている。", ["ルスツ村", "キロロ町"]),
    ])
    func aNameGluedToASuffixOfPlaceIsAPlace(title: String, body: String, expected: [String]) {
        let p = Self.places(title, body)
        #expect(expected.allSatisfy(p.contains), "\(p)")
    }

    @Test(arguments: [
        // Kana before the suffix is no name (長野県 is: the prefecture by CLDR's name of it); words for "farming
        // village", "municipalities".
        ("募集", "長野県の村で協力隊を募集している。農村の人口は減り、市町村の首長が集まった。", ["長野県"]),
        // No city's suffix before 区: a development zone, a disaster area.
        ("救援", "救援队在开发区和灾区继续工作。", []),
        // A market, listed firms: no place.
        ("市场", "国内房地产市场继续降温，股市上市公司增多。", []),
    ])
    func wordsEndingInASuffixOfPlaceAreNoPlace(title: String, body: String, places: [String]) {
        let p = Self.places(title, body)
        #expect(p == places, "\(p)")
    }
}
