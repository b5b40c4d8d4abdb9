import NewsCore
import Testing

/// Countries, places and entities on texts written to hold each trap of wire copy: common words
/// that spell a country, people named like countries, places that give a country, datelines,
/// the main countries of a story, and names run together across a comma or a line.
@Suite struct GeoTaggingTests {
    static let analyzer = Analyzer()

    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis {
        analyzer.analyze(Article(title: title, body: body, format: "text")).analysis
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: [String] = []
        var absent: [String] = []
        var testDescription: String { text }
    }

    /// Words and names that are not the country they spell.
    @Test(arguments: [
        Case(text: "Investors still have a long way to go before the market recovers.", absent: ["TG"]),
        Case(text: "The plant in New Jersey will close next year.", expected: ["US"], absent: ["JE"]),
        Case(text: "The ferry links the islands. Each island has a harbour.", absent: ["CC", "IS", "CX", "NF"]),
        Case(text: "The ship docked at Norfolk, Va., on Tuesday.", expected: ["US"], absent: ["NF"]),
        Case(text: "Shoppers bought a turkey and fine china for the holidays.", absent: ["TR", "CN"]),
        Case(text: "Turkey dinners cost more this Thanksgiving, and roast Turkey sold out.", absent: ["TR"]),
        Case(text: "The guinea pig escaped. Guinea pigs need hay.", absent: ["GN"]),
        Case(text: "Floods hit Niger on Monday.", expected: ["NE"], absent: ["NG"]),
        Case(text: "Unrest spread in the Niger Delta.", expected: ["NG"], absent: ["NE"]),
        Case(text: "Romania and Germany signed a deal; the woman spoke to a Roman historian.", expected: ["RO", "DE"], absent: ["OM"]),
        Case(text: "Michael Jordan scored 40. Jordan later said he was tired.", absent: ["JO"]),
        Case(text: "Chad Johnson caught two passes. Chad said the team was ready.", absent: ["TD"]),
        Case(text: "Mr Jordan declined to comment.", absent: ["JO"]),
        Case(text: "Storms hit Atlanta, Georgia, and Alabama overnight.", expected: ["US"], absent: ["GE"]),
        Case(text: "Voters in Georgia and Florida went to the polls.", expected: ["US"], absent: ["GE"]),
        Case(text: "Russia and Georgia exchanged fire near Tbilisi.", expected: ["RU", "GE"]),
        Case(text: "He wore the yellow jersey on the last stage.", absent: ["JE"]),
        Case(text: "A lawyer from Paris, Texas, filed the suit.", expected: ["US"], absent: ["FR"]),
        Case(text: "Troops were sent to Jordan and Chad last year.", expected: ["JO", "TD"]),
        Case(text: "タイプライターを買った。", absent: ["TH"]),
        Case(text: "Michael Vaughan made 80. Vaughan said the pitch was slow.", absent: ["CA"]),
        Case(text: "Toyota said sales rose.", absent: ["JP"]),
    ])
    func notCountries(_ c: Case) {
        let a = Self.analyse("", c.text)
        for code in c.expected { #expect(a.countries.contains(code), "\(code) in \(a.countries)") }
        for code in c.absent { #expect(!a.countries.contains(code), "\(code) not in \(a.countries)") }
    }

    /// Every country by its own name, and places in other scripts.
    @Test(arguments: [
        Case(text: "Россия и Китай подписали соглашение.", expected: ["RU", "CN"]),
        Case(text: "日本と韓国の首脳が会談した。", expected: ["JP", "KR"]),
        Case(text: "Việt Nam và Lào ký hiệp định.", expected: ["VN", "LA"]),
        Case(text: "Deutschland und Österreich einigten sich.", expected: ["DE", "AT"]),
        Case(text: "España y México firmaron el acuerdo.", expected: ["ES", "MX"]),
        Case(text: "Ελλάδα και Κύπρος συμφώνησαν.", expected: ["GR", "CY"]),
        Case(text: "وقعت مصر والسعودية اتفاقا.", expected: ["EG", "SA"]),
        Case(text: "Türkiye ve Polska anlaştı.", expected: ["TR", "PL"]),
    ])
    func ownLanguageNames(_ c: Case) {
        let a = Self.analyse("", c.text)
        for code in c.expected { #expect(a.countries.contains(code), "\(code) in \(a.countries)") }
    }

    /// Cities and states give their country; datelines too, however small the place.
    @Test(arguments: [
        Case(text: "NEW YORK, March 3 - Stocks fell on Tuesday.", expected: ["US"]),
        Case(text: "HOUSTON (Reuters) - Oil companies cut spending.", expected: ["US"]),
        Case(text: "BOISE, Idaho, March 3 - The governor signed the bill.", expected: ["US"]),
        Case(text: "ROTTERDAM, March 3 - Grain arrivals rose.", expected: ["NL"]),
        Case(text: "Protests spread from Karachi to Lahore.", expected: ["PK"]),
        Case(text: "Ministers met in Osaka and then in Nagoya.", expected: ["JP"]),
        Case(text: "The company moved its headquarters to Texas from California.", expected: ["US"]),
        Case(text: "The company is based in Austin, TX.", expected: ["US"]),
    ])
    func placesGiveCountries(_ c: Case) {
        let a = Self.analyse("", c.text)
        for code in c.expected { #expect(a.countries.contains(code), "\(code) in \(a.countries)") }
    }

    /// A city whose name is a common word counts only in a dateline.
    @Test func commonWordCitiesOnlyInDatelines() {
        let body = Self.analyse("", "The Mobile app lets you Split the bill and Reading is easy.")
        #expect(body.countries.isEmpty, "\(body.countries)")
        let dateline = Self.analyse("", "READING, England, March 3 - The company said profits rose.")
        #expect(dateline.countries.contains("GB"), "\(dateline.countries)")
    }

    /// The countries a story is about: the dateline's and the title's first, all of them in `countries`.
    @Test func mainCountriesFromDatelineTitleAndLead() {
        let a = Self.analyse(
            "JAPAN RAISES RICE IMPORT QUOTA",
            """
            TOKYO, March 3 - Japan will raise its rice import quota, the farm ministry said. Japan
            buys most of its imported rice from Thailand and the United States.
            Traders said the move could also help Australia, whose exports to Japan rose last year,
            and Vietnam, Brazil and Canada were mentioned as other suppliers.
            """)
        #expect(a.mainCountries.first == "JP", "\(a.mainCountries)")
        #expect(a.mainCountries.count <= 3)
        #expect(!a.mainCountries.contains("CA"), "\(a.mainCountries)")
        for c in ["JP", "TH", "US", "AU", "VN", "BR", "CA"] { #expect(a.countries.contains(c), "\(c) in \(a.countries)") }
        #expect(Set(a.mainCountries).isSubset(of: Set(a.countries)))
    }

    @Test func mainCountriesEmptyWithoutCountries() {
        #expect(Self.analyse("Markets", "Stocks rose on Tuesday.").mainCountries.isEmpty)
    }

    /// No name runs on across a comma or a line break; newspapers, programmes and roles are no people.
    @Test func entityBoundaries() {
        let a = Self.analyse(
            "Talks",
            """
            The statement came from the Foreign Ministry, Wang Yi said on Monday.
            A reply came from Foreign Ministry Spokesperson Mao Ning at a briefing.
            The award went to Maria Santos
            Yesterday the committee met again.
            The Asahi Shimbun said the plan was new, and Tuoi Tre said so too.
            Director of Security Assistance Mira Resnick told reporters the sale was approved.
            """)
        #expect(a.people.contains("Wang Yi"), "\(a.people)")
        #expect(a.people.contains("Mao Ning"), "\(a.people)")
        #expect(!a.organizations.contains { $0.contains("Wang") || $0.contains("Mao") }, "\(a.organizations)")
        #expect(!a.people.contains { $0.contains("Yesterday") }, "\(a.people)")
        #expect(!a.people.contains("Asahi Shimbun"), "\(a.people)")
        #expect(!a.people.contains("Tuoi Tre"), "\(a.people)")
        #expect(!a.people.contains("Security Assistance"), "\(a.people)")
    }

    /// Agencies fold to one name, and every form finds it.
    @Test func organisationAliasesFold() throws {
        let a = Self.analyse("Report", "The AP and Kyodo reported the quake; the Associated Press said more.")
        #expect(a.organizations.contains("Associated Press"), "\(a.organizations)")
        #expect(a.organizations.contains("Kyodo News"), "\(a.organizations)")
        #expect(!a.organizations.contains("AP") && !a.organizations.contains("Kyodo"), "\(a.organizations)")
        let article = Article(title: "Report", body: "The AP reported the quake.", format: "text")
        let stored = StoredArticle(seq: 1, atMillis: 0, file: "a.txt", fileSHA256: "", item: 0, article: article, analysis: Self.analyzer.analyze(article).analysis)
        #expect(try SearchQuery("org:AP").matches(stored))
        #expect(try SearchQuery("org:\"Associated Press\"").matches(stored))
    }

    /// `main_country:` matches the main countries only; `country:` any country named.
    @Test func mainCountryQuery() throws {
        let article = Article(
            title: "VIETNAM RICE EXPORTS RISE", body: "HANOI, March 3 - Vietnam sold more rice. A buyer in Ghana paid more.",
            format: "text")
        let analysis = Self.analyzer.analyze(article).analysis
        #expect(analysis.countries.contains("GH"))
        let stored = StoredArticle(seq: 1, atMillis: 0, file: "a.txt", fileSHA256: "", item: 0, article: article, analysis: analysis)
        #expect(try SearchQuery("main_country:VN").matches(stored))
        #expect(try SearchQuery("main_country:Vietnam").matches(stored))
        #expect(try !SearchQuery("main_country:GH").matches(stored))
        #expect(try SearchQuery("country:GH").matches(stored))
        #expect(try SearchQuery("main_country:VN AND topic:x").requiredFilters.contains(.countries(["VN"])))
    }
}

/// The fast path that reads place names at start-up folds them as the tokenizer does.
@Suite struct PlaceWordsTests {
    @Test(arguments: ["New York", "Salt Lake City", "Xi’an", "Port-au-Prince", "São Paulo", "Москва", "Ho Chi Minh City", "St. Louis"])
    func placeWordsFoldAsTheTokenizer(_ name: String) {
        #expect(Gazetteer.placeWords(Substring(name)) == Tokenizer.words(name))
    }
}
