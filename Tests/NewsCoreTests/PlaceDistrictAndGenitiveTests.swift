@testable import NewsCore
import Testing

/// Places the gazetteer holds but missed in their context: a German region's or city's genitive beside
/// the nouns German capitalises, Korean districts by their suffix after a place, a Korean province's
/// short name that is also a word, a Korean city's name inside a word (해운대구 is no 대구), a Russian region's adjective before its noun, and an Arabic name's
/// final yā' as the article writes it. Texts written for these tests.
@Suite struct PlaceDistrictAndGenitiveTests {
    @Test(arguments: [
        ("Werft", "Die Zukunft der Werft war am Montag Thema. Niedersachsens Ministerpräsident sprach mit den Beschäftigten.",
         "Niedersachsen"),
        ("Schnee", "Die Wirtschaft Bayerns leidet unter dem Wetter, sagte der Verband am Dienstag.", "Bayern"),
        ("Hafen", "Am Dienstag sagte Hamburgs Bürgermeister, der Hafen bleibe offen.", "Hamburg"),
        // A name of two words takes the -s on its last.
        ("Stellen", "Baden-Württembergs Wirtschaftsministerin forderte Gespräche mit dem Betriebsrat.", "Baden-Württemberg"),
        ("Landtag", "Die Wirtschaft Nordrhein-Westfalens wächst langsamer als erwartet.", "Nordrhein-Westfalen"),
    ])
    func aGermanGenitiveBesideNounsIsAPlace(title: String, body: String, place: String) {
        let a = PlaceCaseTests.analysed(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries.contains("DE"), "\(a.countries)")
    }

    /// Given names that end in -s stay people: a city's genitive counts before a title only.
    @Test func givenNamesInSAreNoGenitive() {
        let a = PlaceCaseTests.analysed("Fußball", "Am Samstag traf Jonas Hofmann zweimal, und Niklas Süle verletzte sich.")
        #expect(a.places.isEmpty, "\(a.places)")
        // A person's name in the genitive: no state of Washington, no Jordan.
        let b = PlaceCaseTests.analysed("Geschichte", "Das Museum zeigt George Washingtons Briefe und Michael Jordans Schuhe.")
        #expect(!b.places.contains("Washington"), "\(b.places)")
        #expect(!b.countries.contains("JO"), "\(b.countries)")
    }

    @Test(arguments: [
        ("화재", "26일 서울 강남구의 한 호텔에서 불이 났다.", ["강남구"]),
        ("배추", "서울 마포구에 사는 주부 김모씨는 배추값이 올랐다고 말했다.", ["마포구"]),
        ("아파트", "서울 강남구와 서초구의 아파트값이 3주 연속 올랐다.", ["강남구", "서초구"]),
        ("반도체", "삼성전자는 3일 경기 평택에 새 공장을 짓는다고 밝혔다.", ["경기", "평택"]),
        ("개발", "그는 2021년 경기 화성시 개발사업 인허가 과정에 관여했다.", ["경기", "화성시"]),
    ])
    func aKoreanDistrictOrProvinceBesideAPlaceIsAPlace(title: String, body: String, places: [String]) {
        let a = PlaceCaseTests.analysed(title, body)
        for p in places { #expect(a.places.contains(p), "\(a.places)") }
    }

    /// Words that end in a district's suffix (지역구 "constituency", 정부군 "government forces") and 경기
    /// as "economy" are no places.
    @Test(arguments: [
        ("선거", "서울 지역구 의원들이 3일 모여 공천 문제를 논의했다.", ["지역구", "서울 지역구"]),
        ("내전", "다마스쿠스 정부군이 반군 거점을 공격했다고 밝혔다.", ["정부군"]),
        ("경제", "경기 침체가 이어지면서 상가의 공실이 늘었다.", ["경기"]),
    ])
    func koreanWordsEndingInASuffixAreNoDistrict(title: String, body: String, notPlaces: [String]) {
        let a = PlaceCaseTests.analysed(title, body)
        for p in notPlaces { #expect(!a.places.contains(p), "\(a.places)") }
    }

    /// 해운대구 holds 대구 (Daegu): a city's name that starts inside a Hangul word is none.
    @Test func aKoreanCityInsideAWordIsNoPlace() {
        let a = PlaceCaseTests.analysed("화재", "2일 오후 부산 해운대구의 한 아파트에서 불이 났다.")
        #expect(a.places.contains("해운대구"), "\(a.places)")
        #expect(!a.places.contains("대구"), "\(a.places)")
    }

    /// A Russian region's adjective in a case before its noun is the region, not the city of its stem.
    @Test func aRussianRegionsAdjectiveIsNoCity() {
        let a = PlaceCaseTests.analysed("Паводок", "Дожди продолжатся до среды, а в Хабаровском крае ожидается подъём уровня рек.")
        #expect(a.places == ["Хабаровский край"], "\(a.places)")
    }

    /// GeoNames writes دبى; the article دبي, and the tag follows it. A name the article ends in ى keeps it.
    @Test func anArabicPlaceKeepsTheArticlesFinalYa() {
        let dubai = PlaceCaseTests.analysed("عقارات", "أطلقت الشركة مشروعا سكنيا جديدا في دبي يوم الاثنين.")
        #expect(dubai.places == ["دبي"], "\(dubai.places)")
        let nineveh = PlaceCaseTests.analysed("أمطار", "هطلت أمطار غزيرة على محافظة نينوى في شمال العراق.")
        #expect(nineveh.places.contains("نينوى"), "\(nineveh.places)")
    }
}
