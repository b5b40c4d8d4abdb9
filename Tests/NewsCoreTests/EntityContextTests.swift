import NewsCore
import Testing

/// Names that only their context tells: small towns where their country is named, Italian clubs by
/// the article before a city, a portfolio between a title and a name, Korean titles across a quote,
/// head words before a known body, and names run together with the words before them. Texts
/// written for these tests.
@Suite struct EntityContextTests {
    static let analyzer = Analyzer()

    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis {
        analyzer.analyze(Article(title: title, body: body, format: "text")).analysis
    }

    /// A title at a sentence's start, capitalised there, is no part of the name after it: the word before a given name
    /// that is none itself ("Treasurer Alan Pemberton told"); a name that begins with a given name stays whole.
    @Test func aTitleAtASentencesStartIsLeftOutOfTheName() {
        let a = Self.analyse("Budget", "Ministers met on Friday. Treasurer Alan Pemberton told reporters the budget would balance.")
        #expect(a.people.contains("Alan Pemberton"), "\(a.people)")
        #expect(!a.people.contains { $0.hasPrefix("Treasurer") }, "\(a.people)")
        let b = Self.analyse("Budget", "Ministers met on Friday. John Henry Kowalski told reporters the budget would balance.")
        #expect(b.people.contains("John Henry Kowalski"), "\(b.people)")
        // A first name that no list holds before a given name stays: it reads as no word of news, nor does the article
        // write it in lower case.
        let c = Self.analyse("Budget", "Ministers met on Friday. Iorwerth Glyn Pennant told reporters the budget would balance.")
        #expect(c.people.contains("Iorwerth Glyn Pennant"), "\(c.people)")
        // A role the article writes in lower case elsewhere is one there too.
        let d = Self.analyse("Port", "The harbourmistress spoke first. Harbourmistress Alan Pemberton told reporters the port would open.")
        #expect(d.people.contains("Alan Pemberton"), "\(d.people)")
        // An honorific too, short as it is.
        let e = Self.analyse("Police", "Officers were praised. Sir Alan Pemberton said the force had done well.")
        #expect(e.people.contains("Alan Pemberton"), "\(e.people)")
    }

    /// A particle and an article in lower case inside a name ("de los", "van den") go on to the surname after them.
    @Test func aNameGoesOnOverAParticleAndAnArticle() {
        let es = Self.analyse("Empresa", "La consejera delegada, Lucía de las Heras, dijo que la planta abrirá en marzo.")
        #expect(es.people.contains("Lucía de las Heras"), "\(es.people)")
        let en = Self.analyse("Port", "Harbour master Pieter van den Broek said the port would reopen on Monday.")
        #expect(en.people.contains("Pieter van den Broek"), "\(en.people)")
        // A town's name after them (Santos) is the family name's, after a given name that is a word too (Martín).
        let town = Self.analyse("Empresa", "El director financiero, Martín de los Santos, dijo que la empresa crecerá.")
        #expect(town.people.contains("Martín de los Santos"), "\(town.people)")
        #expect(!town.places.contains("Santos"), "\(town.places)")
        // A particle before a word in lower case that no name follows ends the name.
        let no = Self.analyse("Empresa", "La consejera delegada, Lucía Ortiz de la empresa, dijo que la planta abrirá.")
        #expect(!no.people.contains { $0.contains("de la") }, "\(no.people)")
    }

    @Test func smallTownsCountWhereTheirCountryIsNamed() {
        let us = Self.analyse("Club news", "The club trains in Commerce City, a short drive from Denver, the coach said.")
        #expect(us.places.contains("Commerce City"), "\(us.places)")
        let bj = Self.analyse("Frontière", "Le Bénin a rouvert la frontière à Malanville, a annoncé le gouvernement lundi.")
        #expect(bj.places.contains("Malanville"), "\(bj.places)")
        // Faenza (Italy) in a text that names France only: no place, no country.
        let fr = Self.analyse("Ceramics", "Potters in France still copy the glazes first made in Faenza centuries ago.")
        #expect(!fr.places.contains("Faenza") && !fr.countries.contains("IT"), "\(fr.places) \(fr.countries)")
        // Not in a list of names (a team's line-up), nor right after a capitalised word.
        let lineup = Self.analyse("Line-up", "Leeds, England: Ingham, Mulligan, Fenton, Morley, Priet (Ryan 79), A Lo Cicero.")
        #expect(!lineup.places.contains("Morley") && !lineup.places.contains("Cicero"), "\(lineup.places)")
        // A dateline names a small town whatever the text says.
        let dateline = Self.analyse("Flood", "FAENZA, Italy, May 3 - Rivers burst their banks overnight, officials said.")
        #expect(dateline.countries.contains("IT"), "\(dateline.countries)")
    }

    @Test func italianClubsByTheArticleBeforeTheCity() {
        let a = Self.analyse("Il derby", "L'Inter ha battuto il Milan nel derby di domenica sera davanti a settantamila tifosi.")
        #expect(a.organizations.contains("Milan"), "\(a.organizations)")
        #expect(!a.places.contains("Milan") && !a.places.contains("Milano"), "\(a.places)")
        let city = Self.analyse("Il sindaco", "Il sindaco di Milano ha presentato il nuovo piano per il traffico in centro.")
        #expect(city.places.contains("Milano"), "\(city.places)")
        #expect(!city.organizations.contains("Milano"), "\(city.organizations)")
    }

    @Test func clubsKnownByAShortName() {
        let a = Self.analyse("Clássico", "O Benfica venceu o FC Porto por 2-1 no Estádio da Luz, e a Juventus perdeu em Turim.")
        #expect(a.organizations.contains("Benfica") && a.organizations.contains("FC Porto"), "\(a.organizations)")
        #expect(a.organizations.contains("Juventus"), "\(a.organizations)")
        // A region before a club's word is the club, and no place.
        let b = Self.analyse("Coach", "The Colorado Rapids named a new head coach on Thursday after a run of defeats.")
        #expect(b.organizations.contains("Colorado Rapids"), "\(b.organizations)")
        #expect(!b.places.contains("Colorado"), "\(b.places)")
    }

    @Test func aPortfolioBetweenTitleAndNameIsNoPartOfTheName() {
        let a = Self.analyse("Industria", "Il ministro delle Imprese Adolfo Urso ha detto che il piano salva migliaia di posti di lavoro.")
        #expect(a.people.contains("Adolfo Urso"), "\(a.people)")
        #expect(!a.people.contains("Imprese Adolfo Urso"), "\(a.people)")
    }

    @Test func koreanNameAndTitleStandInOneClause() {
        let a = Self.analyse("생산 확대", "장재훈 부회장은 \"미국 시장 수요가 늘고 있다\"고 말했다.")
        #expect(a.people == ["장재훈"], "\(a.people)")
    }

    @Test func koreanGeorgiaIsTheStateWhereTheUSIsNamed() {
        let state = Self.analyse("공장", "현대자동차는 미국 조지아주 공장의 생산량을 늘린다고 밝혔다. 조지아 공장은 내년에 완공된다.")
        #expect(!state.countries.contains("GE"), "\(state.countries)")
        #expect(state.countries.contains("US"), "\(state.countries)")
        let country = Self.analyse("선거", "조지아 총선에서 여당이 승리했다고 선거관리위원회가 밝혔다.")
        #expect(country.countries.contains("GE"), "\(country.countries)")
    }

    @Test func aHeadWordBeforeAKnownBodyIsThatBody() {
        let a = Self.analyse("أرباح", "أعلنت شركة أرامكو السعودية ارتفاع أرباحها في الربع الثالث بنسبة أربعة في المئة.")
        #expect(a.organizations.contains("Saudi Aramco"), "\(a.organizations)")
        #expect(!a.organizations.contains("شركة أرامكو السعودية"), "\(a.organizations)")
    }

    @Test func namesTakeTheWordsThatBelongToThem() {
        // A demonym before an organisation's name is part of it.
        let a = Self.analyse("Prices", "Prices rose 8 percent, the American Farm Bureau Federation said on Wednesday.")
        #expect(a.organizations.contains("American Farm Bureau Federation"), "\(a.organizations)")
        // A state's senate is not the US Congress.
        let b = Self.analyse("Vote", "ATLANTA - Georgia Ellis won a state Senate seat in Georgia on Tuesday.")
        #expect(!b.organizations.contains("United States Congress"), "\(b.organizations)")
        // Newspapers and legal forms are heads of a name.
        let c = Self.analyse("Calcio", "Il Corriere dello Sport scrive che la società ha già contattato un nuovo allenatore.")
        #expect(c.organizations.contains("Corriere dello Sport"), "\(c.organizations)")
        // A day after a newspaper's verb is no part of its name.
        let e = Self.analyse("Deal", "The talks collapsed, the Wall Street Journal reported on Thursday, citing two people.")
        #expect(e.organizations.contains("Wall Street Journal"), "\(e.organizations)")
        let d = Self.analyse("Deal", "Shares of Kessler Logistik AG fell after the company cut its forecast.")
        #expect(d.organizations.contains("Kessler Logistik AG"), "\(d.organizations)")
    }
}
