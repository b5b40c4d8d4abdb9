import NewsCore
import Testing

/// The thirty-fourth session's hand-kept regions and natural features (lexicon.tsv, the P lines after "Niger Delta"):
/// rivers, lakes, seas, mountains, deserts, islands and named regions as the press of twelve languages writes them; a
/// cross-border feature adds no country, and the firms, people and words that look like them stay what they are.
/// Texts written for these tests.
@Suite struct KnownRegionsTests {
    static let analyzer = Analyzer()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var places: [String] = []
        var countries: [String] = []
        var notPlaces: [String] = []
        var notCountries: [String] = []
        var testDescription: String { text }
    }

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for p in c.places { #expect(a.places.contains(p), "\(p) in \(a.places)") }
        for p in c.notPlaces { #expect(!a.places.contains(p), "\(p) not in \(a.places)") }
        for k in c.countries { #expect(a.countries.contains(k), "\(k) in \(a.countries)") }
        for k in c.notCountries { #expect(!a.countries.contains(k), "\(k) not in \(a.countries)") }
    }

    @Test(arguments: [
        Case(text: "Floods along the Yangtze forced thousands from their homes, while the Yellow River rose in Henan.",
             places: ["Yangtze", "Yellow River"], countries: ["CN"]),
        Case(text: "Wildfires spread across Siberia and smoke reached the Russian Far East.",
             places: ["Siberia", "Russian Far East"], countries: ["RU"]),
        Case(text: "The tanker was seized in the Gulf of Oman, near the Strait of Hormuz.",
             places: ["Gulf of Oman", "Strait of Hormuz"], notCountries: ["OM", "IR"]),
        Case(text: "Shipping through the Gulf of Mexico resumed after the storm.",
             places: ["Gulf of Mexico"], notCountries: ["MX"]),
        Case(text: "Water levels in Lake Chad have fallen for a decade.", places: ["Lake Chad"], notCountries: ["TD"]),
        Case(text: "Climbers returned to Mount Everest as the Himalayas saw their first snow.",
             places: ["Mount Everest", "Himalayas"], notCountries: ["NP", "CN"]),
        Case(text: "Start-ups in Silicon Valley and the San Francisco Bay Area cut jobs.", places: ["Silicon Valley", "Bay Area"], countries: ["US"]),
        Case(text: "Les orages ont frappé la Provence et la Côte d'Azur, tandis que la Seine a débordé.",
             places: ["Provence", "Côte d'Azur", "Seine"], countries: ["FR"]),
        Case(text: "Las lluvias desbordaron el río Ebro y el Guadalquivir; la Costa del Sol sigue en alerta.",
             places: ["Ebro", "Guadalquivir", "Costa del Sol"], countries: ["ES"]),
        Case(text: "Das Hochwasser erreichte das Ruhrgebiet, das Allgäu und den Bodensee.",
             places: ["Ruhr", "Allgäu", "Lake Constance"], countries: ["DE"]),
        Case(text: "L'alluvione ha colpito la Romagna e la pianura padana; il Po è in piena.",
             places: ["Romagna", "Po"], countries: ["IT"]),
        Case(text: "O desmatamento na floresta amazônica e no Pantanal cresceu este ano.",
             places: ["Amazon", "Pantanal"]),
        Case(text: "Пожары в Сибири и на Дальнем Востоке охватили тысячи гектаров; уровень Байкала упал.",
             places: ["Siberia", "Russian Far East", "Lake Baikal"], countries: ["RU"]),
        Case(text: "长江流域和珠江三角洲遭遇暴雨，东北三省气温骤降。",
             places: ["Yangtze", "Pearl River Delta", "Northeast China"], countries: ["CN"]),
        Case(text: "能登半島地震から1年、北陸地方と関西地方で復興が続く。南海トラフ地震への備えも進む。",
             places: ["Noto Peninsula", "Hokuriku", "Kansai", "Nankai Trough"], countries: ["JP"],
             notPlaces: ["South China Sea"]),
        Case(text: "수도권과 호남 지역에 폭우가 내렸고 백두산 일대에도 눈이 왔다.",
             places: ["Seoul Capital Area", "Honam", "Mount Baekdu"], countries: ["KR"]),
        Case(text: "اشتدت المعارك في دارفور وكردفان، فيما انخفض منسوب نهر النيل.",
             places: ["Darfur", "Kordofan", "Nile"], countries: ["SD"]),
        Case(text: "ضربت الفيضانات مناطق في إقليم كردستان قرب نهر دجلة.",
             places: ["Kurdistan Region", "Tigris"], countries: ["IQ"]),
        Case(text: "Mưa lớn gây lũ ở Tây Nguyên và đồng bằng sông Hồng, du khách rời vịnh Hạ Long.",
             places: ["Central Highlands", "Red River Delta", "Ha Long Bay"], countries: ["VN"]),
        Case(text: "Tensions rose in the Kerch Strait and the Sea of Azov.", places: ["Kerch Strait", "Sea of Azov"]),
        Case(text: "Fighting continued in Nagorno-Karabakh and in Darfur.", places: ["Nagorno-Karabakh", "Darfur"],
             countries: ["AZ", "SD"]),
        Case(text: "Die Pegel von Rhein und Donau sanken, die Schifffahrt auf dem Rhein stockt.",
             places: ["Rhine", "Danube"], notCountries: ["DE"]),
        Case(text: "Israeli troops raided villages in the Jordan Valley, the army said.", places: ["Jordan Valley"],
             notCountries: ["JO"]),
        Case(text: "Il Vesuvio e i Campi Flegrei sono sorvegliati dopo le scosse; l'Etna ha eruttato.",
             places: ["Vesuvius", "Campi Flegrei", "Mount Etna"], countries: ["IT"]),
    ])
    func regionsAndFeatures(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // Look-alikes: the firm Amazon, a man named Jordan or Nile, Italian "un po'", the Turkish port's agency.
        Case(text: "Amazon said its cloud business grew, while Nile Rodgers played in London.",
             notPlaces: ["Amazon", "Nile", "Amazon River"]),
        Case(text: "Michael Jordan watched the game from the front row.", notPlaces: ["Jordan River", "Jordan Valley"],
             notCountries: ["JO"]),
        Case(text: "Abbiamo aspettato un po' prima di partire per Milano.", notPlaces: ["Po"]),
        Case(text: "Severn Trent raised its dividend.", notPlaces: ["Severn"]),
        Case(text: "The Bay Area Laboratory Co-operative (Balco) staged La Boheme; Caspian, a consumer group, objected.",
             notPlaces: ["Bay Area", "Bohemia", "Caspian Sea"], notCountries: ["CZ"]),
        Case(text: "Kansai Electric Power restarted a reactor.", notPlaces: ["Kansai"]),
        Case(text: "関西電力と北陸電力は料金の値上げを発表した。", notPlaces: ["Kansai", "Hokuriku"]),
        Case(text: "Bộ Công Thương cho biết dự án đường sắt Bắc - Nam. Bộ Xây dựng sẽ xem xét.", notCountries: ["GW"]),
        Case(text: "中国地方政府的债务问题引起关注。", countries: ["CN"], notPlaces: ["Chugoku"]),
        Case(text: "북한이 미사일을 발사해 동해에 떨어졌다.", notPlaces: ["Dead Sea"]),
    ])
    func lookAlikes(_ c: Case) { Self.check(c) }
}
