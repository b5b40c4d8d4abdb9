@testable import NewsCore
import Testing

/// Places the gazetteer knows, read right where the words around them looked like a person's, a
/// firm's or another country's (German nouns, Russian cases, a US state after a comma), and
/// nationality words that name a dish and no country. Texts written for these tests.
@Suite struct PlaceLookAlikeTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    /// German capitalises its nouns: a noun for a place or a title before a city leaves it a city.
    @Test func aGermanNounForAPlaceOrATitleBeforeACityLeavesItACity() {
        let airport = Self.analyse("Streik", "Am Flughafen Frankfurt fielen am Montag mehr als 600 Flüge aus, sagte ein Sprecher des Betreibers.")
        #expect(airport.places.contains("Frankfurt") && airport.countries == ["DE"], "\(airport.places) \(airport.countries)")
        let city = Self.analyse("Hilfe", "Die Stadt Hamburg richtete am Montag eine Anlaufstelle für gestrandete Reisende ein.")
        #expect(city.places.contains("Hamburg"), "\(city.places)")
        let title = Self.analyse("Streik", "Der Ministerpräsident Bayerns nannte den Streik am Montag unverhältnismäßig, sagte ein Sprecher.")
        #expect(title.places.contains("Bayern") && !title.people.contains("Bayerns"), "\(title.places) \(title.people)")
        // A given name before it still makes a surname of it, and any other noun a name of its own.
        let person = Self.analyse("Film", "Der Regisseur Peter Hamm sagte am Montag, der neue Film komme im Mai in die Kinos.")
        #expect(!person.places.contains("Hamm") && person.countries.isEmpty, "\(person.places) \(person.countries)")
    }

    /// A country's or demonym's name written in ASCII letters is not a word written with marks that folds to it:
    /// "Germán", a Spanish given name, is no German; the names written with marks ("Perú", "México") still count.
    @Test func aNameWithMarksIsNoPlainCountryName() {
        let person = Self.analyse("Elecciones", "El exalcalde Germán Vargas anunció el lunes su candidatura en Bogotá.")
        #expect(!person.countries.contains("DE"), "\(person.countries)")
        let marked = Self.analyse("Acuerdo", "Perú y México firmaron el lunes un acuerdo comercial con empresarios alemanes.")
        #expect(Set(marked.countries) == ["PE", "MX", "DE"], "\(marked.countries)")
        let plain = Self.analyse("Talks", "German and Peruvian officials met in Lima on Monday.")
        #expect(plain.countries.contains("DE") && plain.countries.contains("PE"), "\(plain.countries)")
        // Full-width letters are no marks.
        #expect(Gazetteer.hasLatinMarks("Germán") && Gazetteer.hasLatinMarks("Germa\u{301}n") && !Gazetteer.hasLatinMarks("Ｇｅｒｍａｎ"))
    }

    /// Another language's name of a small country that is a given name (Maurizio, Mauricio: Mauritius; Malte: Malta)
    /// counts only standing alone (country-names.tsv's ~): "Maurizio Sarri" is a person.
    @Test func aSmallCountrysNameThatIsAGivenNameCountsOnlyAlone() {
        let person = Self.analyse("Calcio", "L'allenatore Maurizio Sarri ha parlato lunedì dopo la partita.")
        #expect(!person.countries.contains("MU") && person.people.contains("Maurizio Sarri"), "\(person.countries) \(person.people)")
        let country = Self.analyse("Viaggi", "Il turismo a Maurizio è cresciuto del 10% lunedì, secondo il governo.")
        #expect(country.countries == ["MU"], "\(country.countries)")
    }

    /// A country's code glued to a dollar sign is a currency: "US$", "HK$", "NZ$" tag no country; "the US" beside them does.
    @Test func aDollarsCodeIsNoCountry() {
        let a = Self.analyse("Petrolífera anuncia plano", "A empresa anunciou investimentos de US$ 40 bilhões em Santos, e a filial pagou HK$2 milhões e NZ$ 3 milhões.")
        #expect(a.countries == ["BR"], "\(a.countries)")
        let both = Self.analyse("Deal", "The US group paid US$5 billion for the plant, it said.")
        #expect(both.countries == ["US"], "\(both.countries)")
    }

    /// Korean words that hold a country's name: a verb's or an adjective's ending after it (인도했다 "delivered", 인도적
    /// "humanitarian", 오만한 "arrogant"), and the particle "-(이)란" glued to a noun, are no mention of India, Oman, Iran.
    @Test(arguments: [
        ("조선소는 올해 컨테이너선 12척을 선주에게 인도했다고 밝혔다.", [String]()),
        ("정부는 지진 피해 지역에 인도적 지원을 보내기로 했다.", []),
        ("그는 상대의 오만한 태도를 비판했다.", []),
        ("교수는 자유란 무엇이며 책임이란 무엇인지 물었다.", []),
        // The countries themselves, with a particle, a prefix or a noun after them.
        ("인도 정부는 수출 규제를 완화했다고 밝혔다.", ["IN"]),
        ("친이란 무장단체가 유조선을 공격했다.", ["IR"]),
        ("이란은 협상 재개에 동의했다.", ["IR"]),
    ])
    func aKoreanWordThatHoldsACountrysNameIsNoMention(_ body: String, _ countries: [String]) {
        let a = Self.analyse("기사", body)
        #expect(a.countries == countries, "\(a.countries)")
    }

    /// Phrases that hold a country's name and are no mention of it (place-context.tsv G): Vietnamese words of two
    /// syllables that begin with a country's short name at a sentence's start (mỹ phẩm "cosmetics", pháp luật "law",
    /// "Anh cho biết" "he said"), Russian "Того же" (Togo), Arabic صلاة المغرب (the sunset prayer), Chinese 中非合作
    /// (China-Africa). The names alone, and a cased phrase's words inside a sentence, still count.
    @Test(arguments: [
        ("Mỹ phẩm giả bị thu giữ tại một kho hàng ở ngoại thành.", [String]()),
        ("Pháp luật hiện hành chưa quy định rõ trách nhiệm của nền tảng số.", []),
        ("Anh cho biết cửa hàng đã đóng cửa từ tuần trước.", []),
        ("Mỹ áp thuế mới với thép nhập khẩu từ nhiều nước.", ["US"]),
        ("Pháp và Đức ký thỏa thuận hợp tác quốc phòng.", ["FR", "DE"]),
        ("Bộ trưởng Quốc phòng Anh cho biết sẽ tăng ngân sách.", ["GB"]),
        ("Того же мнения придерживаются аналитики крупных банков.", []),
        ("Президент Того посетил Париж с официальным визитом.", ["TG", "FR"]),
        ("توافد المصلون لأداء صلاة المغرب في المسجد الكبير.", []),
        ("中非合作论坛部长级会议将于明年举行。", []),
        ("中非共和国总统将出席会议。", ["CF"]),
        ("中国地方では記録的な大雨となり、中国電力は送電を停止した。", []),
        ("中国外務省の報道官は日本の措置に反発した。", ["CN", "JP"]),
        ("정부는 물가를 잡기 위해 모든 수단을 동원하겠다고 밝혔다.", []),
        ("수단 정부군과 반군의 교전이 격화했다.", ["SD"]),
    ])
    func aPhraseThatHoldsACountrysNameIsNoMention(_ body: String, _ countries: [String]) {
        let a = Self.analyse("News", body)
        #expect(a.countries == countries, "\(a.countries)")
    }

    /// "Герман" is Germany in Mongolian and a Russian given name: Герман Греф is a person, and no
    /// country comes from his name (scripts/generate-country-names.py, NOT_COUNTRY).
    @Test func aRussianGivenNameThatIsACountrysNameElsewhereIsNoCountry() {
        let a = Self.analyse("Сбербанк", "Глава Сбербанка Герман Греф заявил во вторник, что банк снизит ставки.")
        #expect(!a.countries.contains("DE"), "\(a.countries)")
        let germany = Self.analyse("Экспорт", "Германия увеличила закупки российского зерна, сообщил во вторник министр.")
        #expect(germany.countries.contains("DE"), "\(germany.countries)")
    }

    /// A title's last word (on the line before) is no neighbour of the body's first ("Hamburg hat ...").
    @Test func aCityThatStartsTheBodyIsACityWhateverEndsTheTitle() {
        let a = Self.analyse("Warnstreik an den Flughäfen", "Hamburg hat am Montag als erste Stadt einen Notfallplan für Pendler vorgelegt.")
        #expect(a.places.contains("Hamburg") && a.countries == ["DE"], "\(a.places) \(a.countries)")
        let en = Self.analyse("Floods", "Sheffield saw six roads closed on Monday after heavy rain, the council said.")
        #expect(en.places.contains("Sheffield"), "\(en.places)")
    }

    /// An oblast or a krai named by its adjective in another case is the region; the adjective alone
    /// is no city of its stem (Уральская is no Уральск, in Kazakhstan); inside a court's name it is the court's.
    @Test func aRussianRegionInAnotherCaseIsTheRegion() {
        let a = Self.analyse("Паводок", "Губернатор Калужской области заявил, что вода отступает. Спасатели работают в Забайкальском крае.")
        #expect(a.places.contains("Калужская область") && a.places.contains("Забайкальский край"), "\(a.places)")
        let b = Self.analyse("Завод", "Строители прибыли в Ростовскую область во вторник.")
        #expect(b.places.contains("Ростовская область"), "\(b.places)")
        let adjective = Self.analyse("Завод", "Уральская компания откроет филиал, сообщил в среду её директор.")
        #expect(!adjective.countries.contains("KZ") && !adjective.places.contains("Уральск"), "\(adjective.places) \(adjective.countries)")
        let court = Self.analyse("Суд", "Арбитражный суд Тверской области оштрафовал компанию на четыре миллиона рублей.")
        #expect(!court.places.contains("Тверская область"), "\(court.places)")
    }

    /// "Lebanon, Tennessee": a country's name before a comma and a US state is a town of that state.
    @Test func aCountrysNameBeforeAUSStateIsATownOfIt() {
        let a = Self.analyse("Depot", "Unions compared the move to the closure of a depot in Lebanon, Tennessee, last spring.")
        #expect(a.countries == ["US"] && a.places.contains("Lebanon") && a.places.contains("Tennessee"), "\(a.countries) \(a.places)")
        // Across a sentence's end it is no town of the city before it.
        let sentence = Self.analyse("Visit", "He spoke to the community in Manchester. My wife is travelling around, he said.")
        #expect(!sentence.places.contains("My"), "\(sentence.places)")
        // Two countries side by side stay countries.
        let two = Self.analyse("Talks", "Ministers from Lebanon, Jordan and Egypt met in Cairo on Monday.")
        #expect(two.countries.contains("LB") && !two.places.contains("Lebanon"), "\(two.countries) \(two.places)")
    }

    /// A country's name that its marks alone tell from a short word counts only written with them.
    @Test func aCountrysNameThatFoldsToAShortWordNeedsItsMarks() {
        #expect(!Self.analyse("Home", "My wife is travelling around the north this week, he said.").countries.contains("US"))
        #expect(!Self.analyse("Trial", "Ira Cohen told the court on Monday that he had paid the bill.").countries.contains("IR"))
        #expect(Self.analyse("Thương mại", "Việt Nam và Mỹ ký thỏa thuận thương mại mới hôm thứ Ba.").countries.contains("US"))
        #expect(Self.analyse("Kinh tế", "Xuất khẩu sang Đức và Úc tăng mạnh trong năm nay.").countries.contains("DE"))
    }

    /// A nationality word in a dish's, a game's or a saying's name says nothing of the country.
    @Test(arguments: [
        ("Canteen", "The canteen, known for its French toast and Danish pastries, will stay open until March.", ["FR", "DK"]),
        ("Party", "Guests were served Swiss cheese and Turkish delight before a game of Russian roulette.", ["CH", "TR", "RU"]),
        ("Menú", "El menú de la inauguración incluyó tortilla francesa y ensalada rusa para todos.", ["FR", "RU"]),
        ("Fête", "Les enfants ont mangé une salade russe avant de monter sur les montagnes russes.", ["RU"]),
    ])
    func aNationalityInADishsNameIsNoCountry(title: String, body: String, not: [String]) {
        let a = Self.analyse(title, body)
        #expect(!a.countries.contains(where: not.contains), "\(a.countries)")
    }

    /// scripts/generate-country-names.py: a city's hyphenated spelling in Cyrillic is the name it is reported under.
    @Test func aCyrillicCityKeepsItsHyphen() {
        let ru = Self.analyse("Визит", "Делегация прибыла в Санкт-Петербург во вторник.")
        #expect(ru.places.contains("Санкт-Петербург"), "\(ru.places)")
    }

    @Test func aNationalityBesideOtherWordsIsItsCountry() {
        #expect(Self.analyse("Toast", "The French government raised a toast to the treaty on Monday.").countries.contains("FR"))
        #expect(Self.analyse("Talks", "Danish and Swiss negotiators met in Geneva on Monday.").countries.contains("DK"))
    }
}
