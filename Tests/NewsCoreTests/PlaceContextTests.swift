@testable import NewsCore
import Testing

/// Places that no list holds, or that the gazetteer takes only in a dateline, found by their
/// context (PlaceFinder, Resources/place-context.tsv); and the contexts that look alike and are no
/// place. Texts written for these tests; the places in them are invented or small.
@Suite struct PlaceContextTests {
    static func places(_ title: String, _ body: String) -> [String] { EntityContextTests.analyse(title, body).places }

    @Test(arguments: [
        ("Fire", "The fire started in the town of Kinloch on Tuesday, the fire service said.", "Kinloch"),
        ("Incendie", "Le feu a pris dans la commune de Saint-Vérand mardi soir, selon les pompiers.", "Saint-Vérand"),
        ("Incendio", "El incendio comenzó en el municipio de Villaroble el martes, dijeron los bomberos.", "Villaroble"),
        ("Brand", "Das Feuer brach am Dienstag in der Gemeinde Wennighausen aus, sagte die Feuerwehr.", "Wennighausen"),
        // (A plural before a list: the names after "und" too.)
        ("Schnee", "Betroffen seien die Gemeinden Hollbrunn und Zeiselried, teilte der Versorger mit.", "Zeiselried"),
        ("Cháy", "Đám cháy xảy ra tại tỉnh Quảng Điền vào chiều thứ Ba, chính quyền cho biết.", "Quảng Điền"),
        ("حريق", "اندلع الحريق في مدينة الظهران مساء الثلاثاء بحسب الدفاع المدني.", "الظهران"),
        ("Flood", "Roads were closed across Harlan County on Monday after the river rose.", "Harlan County"),
        // A mayor's town.
        ("Plant", "The mayor of Wexcombe, Ann Pryor, said the plant would close in June.", "Wexcombe"),
        ("Werk", "Der Bürgermeister von Wennighausen, Jörg Brandt, sprach von einem schweren Schlag.", "Wennighausen"),
        ("Fábrica", "O prefeito de Vila Quaresma, Luís Barreto, disse que a fábrica vai fechar.", "Vila Quaresma"),
    ])
    func aWordThatSaysAPlaceFollowsOrPrecedesMakesOne(title: String, body: String, place: String) {
        #expect(Self.places(title, body).contains(place), "\(Self.places(title, body))")
    }

    @Test func aDatelineNoListHoldsIsAPlaceWhenItIsOne() {
        #expect(Self.places("Storm", "KINLOCH, Scotland, May 4 - High winds closed the ferry on Tuesday.").contains("Kinloch"))
        #expect(Self.places("Storm", "Kinloch, May 4 - High winds closed the ferry on Tuesday.").contains("Kinloch"))
        // A title's words before a dash, a slug, a by-line: no place.
        #expect(Self.places("Show", "Vote For Me - the new show starts on Tuesday with ten people.") == [])
        #expect(Self.places("Markets", "UPDATE 2 - Shares fell on Tuesday as investors sold.") == [])
        #expect(Self.places("Match", "Roger Federer - the Swiss won again on Tuesday in straight sets.").allSatisfy { !$0.contains("Federer") })
        // In a script without case: the words before the dash.
        #expect(Self.places("أرباح", "الظهران - أعلنت الشركة ارتفاع أرباحها في الربع الثالث.").contains("الظهران"))
        #expect(Self.places("أرباح", "عاجل - أعلنت الشركة ارتفاع أرباحها في الربع الثالث.") == [])
        #expect(Self.places("أرباح", "أعلنت الشركة، بحسب البيان، ارتفاع أرباحها.") == [])
    }

    @Test func aNameBeforeACommaAndItsCountryIsAPlaceWhereAPrepositionStandsBeforeIt() {
        #expect(Self.places("Ferry", "The ferry sank near Kinloch, Scotland, on Tuesday.").contains("Kinloch"))
        // A firm before a country's possessive, a country that starts the next clause: no place.
        #expect(!Self.places("Beer", "Inbev will buy a stake in Sun Interbrew, Russia's second-largest brewer.").contains("Sun Interbrew"))
        #expect(!Self.places("Film", "He starred in Good Morning, Vietnam, and many other films.").contains("Good Morning"))
    }

    @Test func aTownWhoseNameIsAWordCountsAfterAPrepositionWhereItsCountryIsNamed() {
        let ga = Self.places("Seat", "ATLANTA, Nov 6 - Ellis, a former teacher from Savannah, won the seat on Tuesday.")
        #expect(ga.contains("Savannah"), "\(ga)")
        let it = Self.places("Auto", "TORINO, 14 mar - I sindacati hanno chiesto garanzie per gli impianti di Cassino e Melfi.")
        #expect(it.contains("Cassino") && it.contains("Melfi"), "\(it)")
        // A month, a street, a party, a player named after the town: no place.
        #expect(!Self.places("Film", "The film opens in London, and in March in the rest of England.").contains("March"))
        #expect(!Self.places("Move", "The paper moved from Fleet Street in London to new offices.").contains("Fleet"))
        let player = Self.places("Basketball", "The team flew home to Phoenix. Chandler scored twice, and the winner came from Chandler late on.")
        #expect(!player.contains("Chandler"), "\(player)")
    }

    /// Smaller cities in their own country's script (scripts/generate-country-names.py): a Chinese,
    /// Japanese or Korean name with its city's suffix, a Cyrillic name from 50,000 people (declined
    /// too), Korea's provinces in Hangul; each gives its country. An adjective's or a surname's form
    /// (Мирный, Пушкин) and a Korean word that is also a city's bare name (오산, "miscalculation") do not.
    @Test func smallerCitiesInTheirOwnScriptGiveTheirCountry() {
        let ja = EntityContextTests.analyse("大雨", "岡山県倉敷市で大雨による浸水被害が出た。")
        #expect(ja.places.contains("倉敷市") && ja.countries == ["JP"], "\(ja.places) \(ja.countries)")
        let ko = EntityContextTests.analyse("태풍", "태풍으로 전남 신안군과 충주시에서 피해가 났다.")
        #expect(["전남", "신안군", "충주시"].allSatisfy(ko.places.contains) && ko.countries == ["KR"], "\(ko.places) \(ko.countries)")
        let ru = EntityContextTests.analyse("Паводок", "Паводок затопил улицы в Котласе и Кисловодске.")
        #expect(ru.places == ["Котлас", "Кисловодск"] && ru.countries == ["RU"], "\(ru.places) \(ru.countries)")
        let none = EntityContextTests.analyse("Итоги", "Мирный договор подписал Пушкин. 오산이었다고 그는 말했다.")
        #expect(none.places.isEmpty && none.countries.isEmpty, "\(none.places) \(none.countries)")
    }

    /// German writes a name in the genitive with -s (Bayerns, Deutschlands): read without it in
    /// German text only; English "the Americas" is no America.
    @Test func aGermanGenitiveIsTheNameWithoutItsS() {
        let de = EntityContextTests.analyse("Konjunktur",
            "Die Wirtschaft Deutschlands wuchs im Sommer stärker als erwartet, und die Zahl der Besucher Berlins auch.")
        #expect(de.places == ["Berlin"] && de.countries == ["DE"], "\(de.places) \(de.countries)")
        // English text: "the Americas" is no United States.
        let en = EntityContextTests.analyse("Trade", "Exports to the Americas rose by four percent in the third quarter, the ministry said.")
        #expect(en.countries.isEmpty, "\(en.countries)")
    }

    /// French départements and English, Welsh and Scottish counties (ISO 3166-2's second level).
    @Test func aDepartementOrACountyIsAPlaceOfItsCountry() {
        let fr = EntityContextTests.analyse("Inondations", "Les pompiers de la Nièvre et du Finistère sont intervenus mardi soir.")
        #expect(fr.places.contains("Nièvre") && fr.places.contains("Finistère") && fr.countries == ["FR"], "\(fr.places) \(fr.countries)")
        let gb = EntityContextTests.analyse("Floods", "Roads were closed across Derbyshire and Cornwall on Monday after heavy rain.")
        #expect(gb.places.contains("Derbyshire") && gb.places.contains("Cornwall") && gb.countries == ["GB"], "\(gb.places) \(gb.countries)")
        // VAR is the referee, not the Var.
        let referee = EntityContextTests.analyse("Football", "The goal was ruled out by VAR after a long check, and the home side lost.")
        #expect(referee.countries.isEmpty, "\(referee.countries)")
    }

    @Test func aCitySuffixGluedToTwoCharactersMakesAPlace() {
        #expect(Self.places("台风", "台风6日下午在海南省文澜市沿海登陆。").contains("文澜"))
        #expect(Self.places("예산", "기획재정부는 세종시에서 예산 집행을 서두르겠다고 밝혔다.").contains("세종"))
        // A word that ends in the suffix and is no city: a market, listing, "when needed".
        #expect(Self.places("股市", "该公司计划明年在香港上市，大城市的房价继续上涨。").allSatisfy { !$0.hasSuffix("上") && $0 != "大城" })
        #expect(Self.places("안내", "필요시 담당자에게 연락하라고 밝혔다.") == [])
    }

    @Test func aNameRunsNoFurtherThanItsWords() {
        // An organisation's head word, "of" and another name, a possessive: the name is longer or ends.
        #expect(Self.places("Court", "The case went to the District of Columbia Court of Appeals on Friday.").allSatisfy { !$0.contains("Court") })
        #expect(!Self.places("Games", "The port of Rockstar's Western game runs slowly.").contains { $0.hasPrefix("Rockstar") })
        // A mayor of a town the text does not name: the name after the comma is the mayor's.
        #expect(Self.places("Plant", "The mayor of the town, Tom Hale, said the plant would close.").isEmpty)
    }

    @Test func aNameOfSeveralWordsKeepsItsJoiningWords() {
        // Hyphenated or, spaced, the Romance words between the capitalised ones.
        let fr = Self.places("Eau", "Les habitants de la commune de Saint-Aubin-les-Forges sont privés d'eau depuis lundi.")
        #expect(fr.contains("Saint-Aubin-les-Forges") && !fr.contains("Saint-Aubin"), "\(fr)")
        let es = Self.places("Incendio", "El fuego obligó a desalojar los municipios de Villar del Cobo y Frías de Albarracín el martes.")
        #expect(es.contains("Villar del Cobo") && es.contains("Frías de Albarracín"), "\(es)")
        let it = Self.places("Frana", "Una frana ha isolato la frazione di Pian del Lupo da domenica.")
        #expect(it.contains("Pian del Lupo"), "\(it)")
        // A gazetteer city glued to a longer name by "-la-" is not that city (nor its country).
        let a = EntityContextTests.analyse("Eau", "Des bouteilles sont distribuées dans le village voisin de Beaumont-la-Ferrière, en France.")
        #expect(!a.places.contains("Beaumont") && !a.countries.contains("US"), "\(a.places) \(a.countries)")
        // No joining word in English but between hyphens: "upon" (Newcastle-upon-Tyne is Newcastle).
        #expect(Self.places("Fire", "The fire started in the town of Kinloch and Glenmore on Tuesday.").contains("Kinloch"))
        #expect(Self.places("Seats", "Labour held Newcastle-upon-Tyne Central and Leeds North West.").contains("Newcastle"))
    }

    @Test func aNameAndACommaBeforeAPhraseThatSaysItIsAPlaceIsOne() {
        #expect(Self.places("Floods", "Residents of Pentre Isaf, a hamlet of forty houses, were taken to safety.").contains("Pentre Isaf"))
        #expect(Self.places("Eau", "Les pompiers sont arrivés à Glanvillers, une commune de 800 habitants, mardi.").contains("Glanvillers"))
        #expect(Self.places("Brücke", "Die Umleitung führt an Arnbruck, eine Gemeinde im Bayerischen Wald, vorbei.").contains("Arnbruck"))
        // A person with a role that begins like a place's word: a word in lower case follows the phrase.
        #expect(!Self.places("Meeting", "The plan was opposed by Harwood, a village elder, at the meeting.").contains("Harwood"))
        #expect(!Self.places("Meeting", "Speaking to Pilbeam, a town councillor, the minister agreed.").contains("Pilbeam"))
    }

    @Test func aCityBesideACapitalisedPrepositionOrATitleOfItIsAPlace() {
        // A preposition that starts a sentence is no first name ("Em Petrolina" is no person).
        #expect(Self.places("Seca", "A seca continua. Em Petrolina, os agricultores relatam perdas.").contains("Petrolina"))
        // "The governor of Oregon Tina Kotek": the holder's given name after the place.
        #expect(Self.places("Frana", "Lo ha detto il presidente del Veneto Luca Zaia ai giornalisti.").contains("Veneto"))
        // A firm after the title and "of" stays a firm.
        #expect(!Self.places("Futures", "Norman Quinn, president of Golden Gate Futures, said trading was thin.").contains("Golden Gate"))
    }

    @Test func aWordInsideADatelinesPlaceIsNoPlaceOfItsOwn() {
        let p = Self.places("Fire", "DUNMORE SPRINGS, Oregon, Aug 21 (Reuters) - A wildfire east of Dunmore Springs was contained.")
        #expect(p.contains("Dunmore Springs") && !p.contains("Springs") && p.contains("Oregon"), "\(p)")
    }

    @Test func aTownSuffixAfterACitysNameMakesAPlace() {
        let zh = Self.places("暴雨", "暴雨导致河池市环江县多个乡镇受灾，川山镇部分村庄被洪水围困。")
        #expect(zh.contains("环江") && zh.contains("川山镇"), "\(zh)")
        // Words that end in the town's suffix: no place.
        #expect(Self.places("发展", "这些小镇和城镇正在快速发展。").isEmpty)
    }

    @Test func theListsReadTheirKinds() {
        let context = PlaceContext("B\ten\ttown of\nP\ten\tin\nW\t*\tMarch\nD\t*\tupdate\n# comment\nS\tzh\t市\n")
        #expect(context.words(for: "en").before == [["town", "of"]])
        #expect(context.words(for: "en").prepositions == [["in"]])
        #expect(context.notPlaces.contains("march") && context.notDatelines.contains("update"))
        #expect(context.words(for: "zh").suffixes.contains("市"))
        // A language without lists reads English's.
        #expect(context.words(for: "xx").before == [["town", "of"]])
    }
}
