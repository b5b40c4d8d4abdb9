@testable import NewsCore
import Testing

/// Organisations named after a word that says what kind of body they are, "&" inside a firm's name,
/// and the look-alikes these rules must leave alone. Texts written for these tests; the firms,
/// bodies and people are invented.
@Suite struct OrganizationKindWordTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Übernahme", "Der Leipziger Versorger Brenntal Energie übernimmt die Mehrheit an einem Netzbetreiber.", "Brenntal Energie"),
        ("Werk", "Auch der Autobauer Velmhof, der in Eisenach ein Werk betreibt, bezieht Strom aus der Region.", "Velmhof"),
        ("Urteil", "Das Gericht verurteilte den Versicherer Nordlicht Assekuranz zu einer Zahlung von zwei Millionen Euro.", "Nordlicht Assekuranz"),
        ("Angebot", "Der Konkurrent Mittelland Wärme AG hatte ebenfalls geboten, zog sein Angebot aber zurück.", "Mittelland Wärme AG"),
    ])
    func aGermanKindWordNamesTheFirmAfterIt(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.people.contains { $0.contains(name.split(separator: " ")[0]) }, "\(a.people)")
        #expect(!a.organizations.contains { $0.hasPrefix("Konkurrent") || $0.hasPrefix("Versicherer") }, "\(a.organizations)")
    }

    @Test(arguments: [
        "Zudem kündigte der Konzern Stellenstreichungen in drei Werken an, wie ein Sprecher sagte.",
        "Sein Konkurrent Jonas Brückner lag im Ziel nur eine Sekunde zurück.",
        "Sein Konkurrent Brückner lag im Ziel nur eine Sekunde zurück, wie die Veranstalter mitteilten.",
    ])
    func aGermanKindWordBeforeANounOrAPersonNamesNoFirm(body: String) {
        let a = Self.analyse("Bericht", body)
        #expect(!a.organizations.contains { $0.hasPrefix("Stellen") || $0.contains("Brückner") }, "\(a.organizations)")
    }

    @Test func wordsBeforeOfWithNoHeadAreNoPartOfTheBodysName() {
        let de = Self.analyse("Gutachten", "Ein Gutachter der Technischen Universität Lindenau hatte vor Gericht ausgesagt. Der Anwalt der Reederei schwieg.")
        #expect(de.organizations.contains("Technischen Universität Lindenau"), "\(de.organizations)")
        #expect(!de.organizations.contains { $0.hasPrefix("Gutachter") || $0.hasPrefix("Anwalt") }, "\(de.organizations)")
        let en = Self.analyse("Ruling", "The ruling was welcomed by the Governor of the Central Bank of Marovia on Tuesday.")
        #expect(en.organizations.contains("Central Bank of Marovia"), "\(en.organizations)")
        #expect(!en.organizations.contains { $0.hasPrefix("Governor") }, "\(en.organizations)")
    }

    @Test(arguments: [
        ("Deal", "Kelham Banks of Ohio Inc said on Monday that its profit rose by a fifth last year.", "Kelham Banks of Ohio Inc"),
        ("Vote", "The House of Lords Record Office opened its files to researchers on Monday.", "House of Lords Record Office"),
    ])
    func wordsBeforeOfThatAreNoRoleNorPersonStayInTheName(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aHeadlineInCapitalsNamesNoFirmAfterBased() {
        let a = Self.analyse("IRAQ SAYS IRAN FIRED LAND-BASED MISSILES AT SHIPS", "Iraq said on Sunday that several ships had been hit.")
        #expect(!a.organizations.contains("MISSILES"), "\(a.organizations)")
        let gdp = Self.analyse("Output", "Expenditure-based GDP rose 1.2 pct in the fourth quarter, the office said.")
        #expect(!gdp.organizations.contains("GDP"), "\(gdp.organizations)")
    }

    @Test func aLegalFormsLetterIsNoFirmInAnApposition() {
        let a = Self.analyse("Stake", "Brightwater N.V., a Bahamas-based firm, holds 5.9 pct of the company.")
        #expect(!a.organizations.contains("V"), "\(a.organizations)")
    }

    @Test func aNameALineBreakCutIsNoFirmInAnApposition() {
        let a = Self.analyse("Sale", "Last year the company traded as F and M\nImporting, a wholesale food distributor.\nIt bought Taiwan-based Very\nCompetitive Computer Products Corp.")
        #expect(!a.organizations.contains("Importing"), "\(a.organizations)")
        #expect(!a.organizations.contains("Very"), "\(a.organizations)")
    }

    @Test func andInsideANameStaysWhereNoHeadStandsBeforeIt() {
        let a = Self.analyse("Food", "The Food and Agriculture Organisation said on Monday that harvests would fall.")
        #expect(a.organizations.contains("Food and Agriculture Organisation"), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Deal", "Thornwell Cables, a Bristol-based maker of industrial wiring, agreed on Monday to buy a rival.", "Thornwell Cables"),
        ("Deal", "The board agreed to buy Cardiff-based Penhale Wire for £120 million, the two companies said.", "Penhale Wire"),
        ("Appeal", "Kestrow, an Omaha-based low-cost carrier, said it would appeal against the ruling.", "Kestrow"),
        ("Deal", "The affiliate of Houston-based Simmons and Co said the deal was done.", "Simmons and Co"),
        ("Oil", "The ministers met in Doha, the Bahrain-based Gulf News Agency said on Sunday.", "Gulf News Agency"),
    ])
    func anEnglishAppositionOrAPlaceBasedNamesAFirm(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.organizations.contains(String(name.split(separator: " ")[0])) || !name.contains(" "), "\(a.organizations)")
        #expect(!a.people.contains(name), "\(a.people)")
    }

    @Test(arguments: [
        "Rachel Dunmore, a company director from Leeds, said the plan was sound.",
        "Mark Hollis, a spokesman for the company, declined to comment on Monday.",
        "Tom Avery, a carrier of the virus, was treated in hospital in Leeds.",
        "Helen Price, a London-based lawyer, said the ruling would stand.",
        "Recently, a group of traders asked the exchange to change its rules.",
        "Meanwhile, a unit of the group was sold to a rival for 12 million dollars.",
    ])
    func anAppositionThatDescribesAPersonNamesNoFirm(body: String) {
        let a = Self.analyse("Profile", body)
        #expect(!a.organizations.contains { ["Rachel", "Mark", "Tom", "Helen", "Recently", "Meanwhile"].contains(String($0.split(separator: " ")[0])) },
                "\(a.organizations)")
    }

    @Test func anAmpersandStaysInAFirmsName() {
        let a = Self.analyse("Conseil", "La banque Rothwell & Co a conseillé le groupe. Le cabinet Brandt & Partner n'a pas commenté.")
        #expect(a.organizations.contains("Rothwell & Co"), "\(a.organizations)")
        #expect(!a.organizations.contains("Rothwell Co"), "\(a.organizations)")
        let de = Self.analyse("Berufung", "Der Anwalt Martin Oelke von der Kanzlei Brandtner & Partner kündigte Berufung an.")
        #expect(de.organizations.contains("Brandtner & Partner"), "\(de.organizations)")
    }

    @Test func ampersandsAreFoundGluedOrSpacedAndNowhereElse() {
        let text = "AT&T and Rothwell & Co, not R & D - or Smith - Jones"
        let tokens = Tokenizer.tokenize(text)
        let found = OrganizationFinder.ampersands(in: text, tokens: tokens, range: 0..<tokens.count).map { tokens[$0].original }
        #expect(found == ["T", "Co", "D"], "\(found)")
    }

    @Test func katakanaBeforeTheWordForCompanyIsAFirm() {
        let a = Self.analyse("提携", "米国の電池新興企業アルクセル社はカリフォルニア州に本社を置く。アルクセルは2019年に設立された。")
        #expect(a.organizations.contains("アルクセル"), "\(a.organizations)")
        let president = Self.analyse("人事", "ゴーンズ社長は12日、記者会見で新しい計画を発表した。")
        #expect(!president.organizations.contains("ゴーンズ"), "\(president.organizations)")
    }

    @Test func katakanaAfterTheWordForAMajorFirmIsAFirm() {
        let a = Self.analyse("賠償", "裁判所は、ネット通販大手のメルカトスに賠償を命じた。メルカトスは控訴を検討する。")
        #expect(a.organizations.contains("メルカトス"), "\(a.organizations)")
        let shop = Self.analyse("出店", "流通大手のスーパーが駅前に新しい店を開いた。")
        #expect(!shop.organizations.contains("スーパー"), "\(shop.organizations)")
    }

    @Test func aChineseSuffixGluedBeforeAnotherIsInsideTheName() {
        let a = Self.analyse("芯片", "清华大学微电子研究所的一位教授表示，协议规模约为每年十亿美元。")
        #expect(!a.organizations.contains("清华大学微电子"), "\(a.organizations)")
        #expect(a.organizations.contains("清华大学"), "\(a.organizations)")
    }

    @Test func aRussianBodysNameGoesOnOverAnAdjectiveAndANounInTheGenitive() {
        let a = Self.analyse("Сокращения", "Тем временем Северный завод тяжёлого машиностроения объявил о сокращении 300 сотрудников.")
        #expect(a.organizations.contains("Северный завод тяжёлого машиностроения"), "\(a.organizations)")
    }

    @Test func anArabicHeadWithAnAdjectiveOfOriginAloneIsNoName() {
        let a = Self.analyse("مصفاة", "وقعت الشركة اتفاقا مع شركة صينية لتطوير مصفاة في ينبع بقيمة ثلاثة مليارات دولار.")
        #expect(!a.organizations.contains("شركة صينية"), "\(a.organizations)")
    }

    @Test func aVietnameseBodysNameEndsBeforeAVerb() {
        let a = Self.analyse("Thép", "Bộ Công Thương yêu cầu doanh nghiệp báo cáo tác động môi trường trước tháng 9.")
        #expect(a.organizations.contains("Ministry of Industry and Trade of Vietnam"), "\(a.organizations)")
    }
}
