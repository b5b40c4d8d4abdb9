@testable import NewsCore
import Testing

/// Regions by their names in the news languages (CLDR's subdivision names through
/// scripts/generate-country-names.py: Bavaria, Basse-Saxe, Сахалин, 캘리포니아), and the names left out
/// of them: directions, words, clubs. Texts written for these tests.
@Suite struct PlaceRegionNameTests {
    @Test(arguments: [
        ("Factory closes", "The carmaker will close its plant in Lower Saxony next year, the union said.", "Lower Saxony", "DE"),
        ("Snow", "Heavy snow cut power to villages across Bavaria on Tuesday.", "Bavaria", "DE"),
        ("Pipeline", "The gas field off Sakhalin will be shut for repairs, the operator said.", "Sakhalin", "RU"),
        ("Sécheresse", "La sécheresse frappe la Basse-Saxe et les agriculteurs réclament de l'aide.", "Basse-Saxe", "DE"),
        ("폭염", "미국 캘리포니아에서 폭염이 이어지고 있다.", "캘리포니아", "US"),
    ])
    func aRegionByItsNameInAnotherLanguageIsAPlace(title: String, body: String, place: String, country: String) {
        let a = PlaceCaseTests.analysed(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries.contains(country), "\(a.countries)")
    }

    /// "Inner Mongolia" is a region of China: no Mongolia.
    @Test func aRegionNamedAfterACountryIsTheRegion() {
        let a = PlaceCaseTests.analysed("Dust storm", "A dust storm swept across Inner Mongolia on Friday, state media said.")
        #expect(a.places.contains("Inner Mongolia"), "\(a.places)")
        #expect(a.countries == ["CN"], "\(a.countries)")
    }

    /// A part of a country that its lexicon names the country by too (England, Scotland: the United Kingdom's) is a
    /// place after a preposition of place ("across England", "in Scotland") or a town's name and a comma (a dateline);
    /// elsewhere it is as often a team's ("the England captain", "beat Scotland", "England's players"): the country only.
    @Test func aPartOfACountryThatNamesItIsAPlaceWhereItStandsAsOne() {
        for body in ["Heavy rain closed roads across England on Tuesday.", "Nurses in England vote on the offer this week.",
                     "PLYMOUTH, England, March 3 - The ferry was cancelled.", "The firm moved its offices from Scotland last year.",
                     // A town the gazetteer takes only in a dateline, and a compass point's "of".
                     "TRURO, England, Nov 2 - Storm Ciaran closed more than 200 schools on Thursday.",
                     "TRURO, ENGLAND, Nov 2 - The course was closed on Thursday.",
                     "The chain is opening shops in the north of England this year."] {
            let a = PlaceCaseTests.analysed("Weather", body)
            #expect(a.places.filter { $0.lowercased() == "england" || $0 == "Scotland" }.count == 1, "\(body): \(a.places)")
            #expect(a.countries == ["GB"], "\(body): \(a.countries)")
        }
        for body in ["The England captain will miss the match on Sunday.", "The visitors beat Scotland by two goals.",
                     "Scotland's Court of Session blocked the deal on Friday.", "England's players left the field.",
                     "He scored twice in England's opening match.",
                     "Ben Cohen (England) was named in the side.",
                     "A professor at the University of the West of England said the plan would fail."] {
            let a = PlaceCaseTests.analysed("Football", body)
            #expect(!a.places.contains { $0 == "England" || $0 == "Scotland" }, "\(body): \(a.places)")
            #expect(a.countries == ["GB"], "\(body): \(a.countries)")
        }
    }

    /// Wales, whose words the dictionary has ("wales", ridges of cloth), is the United Kingdom's part as England is
    /// where it stands as a place; a first-level region's name that is an English word and no name of its country
    /// (Nigeria's Rivers, Ghana's Eastern) stays out.
    @Test func walesIsAPlaceWhereItStandsAsOneAndAWordRegionStaysOut() {
        for body in ["Storms closed two bridges in Wales on Monday, the police said.",
                     "SWANSEA, Wales, June 2 - The ferry was cancelled."] {
            let a = PlaceCaseTests.analysed("Weather", body)
            #expect(a.places.contains("Wales"), "\(body): \(a.places)")
            #expect(a.countries == ["GB"], "\(body): \(a.countries)")
        }
        for body in ["The visitors beat Wales by six points on Saturday.", "The flanker will miss a part in Wales' last game."] {
            let team = PlaceCaseTests.analysed("Rugby", body)
            #expect(!team.places.contains("Wales"), "\(body): \(team.places)")
        }
        for body in ["Rivers rose across the valley after a week of rain.", "Eastern markets fell on Monday."] {
            let a = PlaceCaseTests.analysed("Weather", body)
            #expect(a.places.isEmpty, "\(body): \(a.places)")
            #expect(!a.countries.contains("NG") && !a.countries.contains("GH"), "\(body): \(a.countries)")
        }
    }

    /// A region's name that towns abroad have too is the region, unless the article's other names name the towns'
    /// country: Piedmont with Charlotte is in the United States, with Turin in Italy.
    @Test func aRegionsNameSharedWithTownsAbroadFollowsTheArticlesOtherNames() {
        let us = PlaceCaseTests.analysed("Airline", "CHARLOTTE, North Carolina - Piedmont said its board would meet on Friday.")
        #expect(us.countries == ["US"], "\(us.countries)")
        let it = PlaceCaseTests.analysed("Vino", "Vineyards across Piedmont, around Turin, reported a good harvest.")
        #expect(it.countries == ["IT"], "\(it.countries)")
    }

    @Test(arguments: [
        // Directions only: Nepal's Mid-Western Region in Portuguese, Brazil's Centre-West in its own news.
        ("Chuvas", "O Instituto Nacional de Meteorologia prevê mais chuva para o Centro-Oeste do Brasil.", "NP"),
        // English words and a language: Russia's Jewish Autonomous Oblast, Indonesia's Java.
        ("Synagogue", "The Jewish community of the city opened a new school on Sunday.", "RU"),
        ("Software", "The bank rewrote its Java code after the outage, its chief technology officer said.", "ID"),
        // A Korean club after its state's name: 콜로라도 로키스 is no place in Colorado.
        ("야구", "메이저리그 콜로라도 로키스가 내야수와 계약했다고 3일 발표했다.", "US"),
    ])
    func wordsDirectionsAndClubsAreNoRegion(title: String, body: String, notCountry: String) {
        let a = PlaceCaseTests.analysed(title, body)
        #expect(!a.countries.contains(notCountry), "\(a.countries) \(a.places)")
    }

    /// A Korean name the text writes with a space keeps it: 바이에른 뮌헨, not 바이에른뮌헨.
    @Test func aKoreanNameKeepsItsSpace() {
        let a = EntityContextTests.analyse("축구", "김민재는 바이에른 뮌헨의 원정 경기에 나서지 않았다.")
        #expect(a.organizations.contains("FC Bayern Munich"), "\(a.organizations)")  // (listed since known34-clubs)
        #expect(!a.places.contains("바이에른"), "\(a.places)")
    }
}
