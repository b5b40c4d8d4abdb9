@testable import NewsCore
import Testing

/// Cities abroad by their Chinese, Japanese or Korean transliteration (萨拉戈萨, サラゴサ, 사라고사), and Chinese
/// cities by their bare name in a Chinese dateline (新华社拉萨12月4日电). Texts written for these tests.
@Suite struct CJKCityNameTests {
    @Test(arguments: [
        ("电池厂", "双方将在西班牙萨拉戈萨合资建设一座电池工厂。", "萨拉戈萨", "ES"),
        ("工場", "同社はスペインのサラゴサに新工場を建設する。", "サラゴサ", "ES"),
        ("공장", "두 회사는 스페인 사라고사에 공장을 짓기로 했다.", "사라고사", "ES"),
        ("港口", "摩洛哥阿加迪尔港的货运量增长了两成。", "阿加迪尔", "MA"),
    ])
    func aCityAbroadByItsTransliteration(title: String, body: String, place: String, country: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries.contains(country), "\(a.countries)")
    }

    /// A transliteration of a city's name that is as often a person's (Hamilton, Jackson) is left out.
    @Test(arguments: [
        ("우승", "루이스 해밀턴이 우승했다."),
        ("冠军", "刘易斯·汉密尔顿赢得比赛。"),
    ])
    func aNameThatIsAPersonsToo(title: String, body: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(!a.countries.contains("CA") && !a.countries.contains("NZ"), "\(a.countries)")
    }

    @Test func aChineseCityByItsBareNameInADateline() {
        let a = EntityContextTests.analyse("冰川退缩", "新华社拉萨12月4日电（记者洛桑次仁）西藏自治区气象局已在当地新建6个冰川观测站。")
        #expect(a.places.contains("拉萨"), "\(a.places)")
        let b = EntityContextTests.analyse("地震", "中新网绵阳12月3日电 当地政府表示，暂无人员伤亡。")
        #expect(b.places.contains("绵阳"), "\(b.places)")
        #expect(b.countries == ["CN"], "\(b.countries)")
    }

    /// Not in running text, where a bare name is often a word or part of one (安顺 "smooth", 白山 "white mountain").
    @Test func notOutsideADateline() {
        let a = EntityContextTests.analyse("旅行", "祝大家一路安顺，登上白山后再回来。")
        #expect(a.places.isEmpty, "\(a.places)")
    }
}

/// Two towns joined by a hyphen are a route or a link, each a place: the generated names stand alone there. Texts
/// written for these tests.
@Suite struct TownPairTests {
    @Test func aPairOfTownsJoinedByAHyphen() {
        let a = EntityContextTests.analyse("Rail", "The Agadir-Marrakech line will open next year, officials said.")
        #expect(a.places.contains("Agadir") && a.places.contains("Marrakech"), "\(a.places)")
        #expect(a.countries == ["MA"], "\(a.countries)")
    }

    /// A town's name before a hyphen and a word that is no town's stays part of that name.
    @Test func notBeforeAWordThatIsNoTown() {
        let a = EntityContextTests.analyse("Music", "The singer Aurora Agadir-Smith performed on Friday.")
        #expect(!a.places.contains("Agadir"), "\(a.places)")
    }
}

/// Country names that are English words too (Morocco, a leather; Equatorial Guinea, the Isle of Man and the Cook
/// Islands). Texts written for these tests.
@Suite struct EnglishWordCountryTests {
    @Test(arguments: [
        ("Rail", "Officials said on Monday that a rail line in Morocco will open.", "MA"),
        ("Oil", "Equatorial Guinea signed an oil deal on Monday.", "GQ"),
        ("Tax", "The Isle of Man changed its tax rules.", "IM"),
        ("Aid", "New Zealand sent aid to the Cook Islands after the cyclone.", "CK"),
    ])
    func aCountryNamedByEnglishWords(title: String, body: String, country: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.countries.contains(country), "\(a.countries)")
    }
}
