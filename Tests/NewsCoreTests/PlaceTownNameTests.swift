@testable import NewsCore
import Testing

/// Smaller towns by their name in their own script (scripts/generate-country-names.py): Arab towns in
/// Arabic unless the name is a common word, Cyrillic towns by a town's ending, Korean cities by their bare
/// name and with 시 or 항 before a particle. Texts written for these tests.
@Suite struct PlaceTownNameTests {
    static func analysed(_ title: String, _ body: String) -> (places: [String], countries: [String]) {
        PlaceCaseTests.analysed(title, body)
    }

    @Test(arguments: [
        // Arab towns under 150,000 people, where the article names their country.
        ("نازحون", "عادت مئات الأسر إلى سنجار في شمال العراق بعد إغلاق المخيمات.", "سنجار"),
        ("أمطار", "غمرت السيول شوارع العرائش في المغرب يوم الأحد.", "العرائش"),
        // Cyrillic towns of 15,000 to 50,000 people by their ending, in a case.
        ("Паром", "Паром из Ванино пришёл в Холмск с опозданием, сообщили в порту России.", "Холмск"),
        ("Шторм", "В Невельске ветер сорвал крыши, сообщило МЧС России.", "Невельск"),
        // Korean cities that GeoNames names bare (속초, 거제), with 시 and a particle, and a city's port in a list.
        ("산불", "강원도 속초에서 산불이 났다.", "속초"),
        ("조선", "경상남도 거제시에 있는 공장이 문을 닫았다.", "거제"),
        ("항만", "지난달 광양항과 인천항의 물동량이 늘었다.", "광양"),
    ])
    func aSmallerTownInItsOwnScriptIsFound(title: String, body: String, town: String) {
        let p = Self.analysed(title, body).places
        #expect(p.contains(town), "\(p)")
    }

    @Test(arguments: [
        // Common words that are also towns' names: a university (جامعة), Thursday (الخميس), a statement (بيان).
        ("اقتصاد", "قالت جامعة الأزهر في بيان يوم الخميس إن الدراسة ستبدأ في مصر الشهر المقبل."),
        // A stone and a squirrel, in Russia: no town's ending.
        ("Природа", "В России камень упал на дорогу, а белка убежала в лес."),
        // The budget (예산에서) and "to present" (제시에) in Korean.
        ("정책", "정부는 내년 예산에서 복지 지출을 늘리겠다고 밝혔다. 한국 정부가 대책 제시에 나섰다."),
        // "Nothing" (Nada, China), "near" (Perth in Portuguese), "so much" (Tanta, Egypt) at a sentence's start.
        ("Nada cambia", "Nada cambió en la reunión del martes, dijo el portavoz. Tanta espera cansa."),
        ("Protesto", "Perto de mil pessoas protestaram ontem."),
        // An assault charge (상해, Shanghai's old reading) and solidarity (연대, Yantai).
        ("사건", "경찰은 그를 상해 혐의로 입건했다. 노조는 연대 파업을 선언했다."),
    ])
    func wordsThatNameTownsAreNoPlace(title: String, body: String) {
        let p = Self.analysed(title, body).places
        #expect(p.isEmpty, "\(p)")
    }

    @Test(arguments: [
        // "State" (Dhule, India), "the news" (Khobar, Saudi Arabia), "authorities" (Settat, Morocco), "siege"
        // (Hisar, India), and a president's given name (Béchar, Algeria): words and names GeoNames gives cities.
        ("سياسة", "قال رئيس دولة الإمارات إن الحكومة ستدعم المشروع.", ["AE"]),
        ("إعلام", "نشرت الصحيفة الخبر يوم الأحد، وقالت السلطات إن الحصار مستمر منذ شهر.", []),
        ("سوريا", "التقى الرئيس السوري بشار الأسد وفدا من لبنان.", ["SY", "LB"]),
        // Al Jazeera (Algiers, in GeoNames), a square (Medan, Indonesia), a scene (Mashhad, Iran).
        ("إعلام", "قالت قناة الجزيرة إن المتظاهرين تجمعوا في ميدان التحرير، في مشهد غير مسبوق.", []),
    ])
    func arabicWordsAreNoCitiesAbroad(title: String, body: String, countries: [String]) {
        let a = Self.analysed(title, body)
        #expect(a.countries == countries && a.places.isEmpty, "\(a.places) \(a.countries)")
    }

    @Test(arguments: [
        // "Topic" (Tema, Ghana), "metro" (Metro, Indonesia), "central" and "northern" (towns in Russia),
        // "I can" (Moga, India), "exactly" (Rivne): Russian words at a sentence's start.
        ("Тема недели", "Тема недели: цены на бензин. Метро закрыло две станции."),
        ("Погода", "Центральный федеральный округ ждёт снег. Северный ветер усилится."),
        ("Интервью", "Могу сказать одно: ровно год назад всё было иначе."),
    ])
    func russianWordsAreNoCities(title: String, body: String) {
        let a = Self.analysed(title, body)
        #expect(a.places.isEmpty && a.countries.isEmpty, "\(a.places) \(a.countries)")
    }

    @Test func aKoreanShipyardIsNoNorthKorea() {
        // 조선소 "shipyard": 조선 is the North's name for itself, but in South Korean news it is shipbuilding.
        let a = Self.analysed("조선업 호황", "경상남도의 한 조선소가 액화천연가스 운반선을 수주했다.")
        #expect(!a.countries.contains("KP"), "\(a.countries)")
        let north = Self.analysed("북한", "조선중앙통신은 북한이 미사일을 발사했다고 보도했다.")
        #expect(north.countries.contains("KP"), "\(north.countries)")
    }
}

/// A city's name that cities of other countries share: the one in a country the article names otherwise.
/// Texts written for these tests.
@Suite struct SharedCityNameTests {
    @Test(arguments: [
        ("Protesta en Córdoba", "Miles de agricultores marcharon en Córdoba, en Andalucía, contra el Gobierno de España.", ["ES"]),
        ("Tempête à Brest", "Le port de Brest a été fermé mardi, a indiqué la préfecture du Finistère en France.", ["FR"]),
        ("Flood in Hyderabad", "Heavy rain flooded streets in Hyderabad, officials in Pakistan's Sindh province said.", ["PK"]),
        // A small town: Saint-Raphaël in France, not in Haiti.
        ("Incendie", "Des habitants ont été évacués vers Saint-Raphaël, a indiqué la préfecture du Var en France.", ["FR"]),
        // Where the article names no other country, or the largest city's own: the largest.
        ("Storm in Brest", "A storm hit Brest on Tuesday, Belarusian officials said.", ["BY"]),
        ("Flood in Hyderabad", "Heavy rain flooded streets in Hyderabad, officials said.", ["IN"]),
        ("Córdoba", "La provincia de Córdoba y Buenos Aires reciben lluvias.", ["AR"]),
    ])
    func aSharedNameIsTheCityOfTheCountryTheArticleNames(title: String, body: String, countries: [String]) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.countries == countries, "\(a.countries) \(a.places)")
    }
}
