@testable import NewsCore
import Testing

/// People and organisations found by the words that introduce them in running text: a verb of
/// speech or "according to" before a name, a surname repeated where a person stands, an Arabic
/// verb before a name with no title, a Korean title glued to a place, a news agency's credit line,
/// names joined to a word for a firm. Texts written for these tests.
@Suite struct NameSignalTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Trust", "The grant was approved on Friday, said Tamsin Okafor, who runs the trust.", "Tamsin Okafor"),
        ("Acuerdo", "Según Rodrigo Pazmiño, el acuerdo entrará en vigor en enero.", "Rodrigo Pazmiño"),
        ("Partito", "Il partito guidato da Ettore Valsecchi ha perso due seggi a Lecco.", "Ettore Valsecchi"),
        ("Streik", "\"Wir werden streiken\", sagte Henrike Albrecht am Abend in Kassel.", "Henrike Albrecht"),
        ("Tech", "\"It is a start,\" said Zylo's Corinna Vantreight at the launch.", "Corinna Vantreight"),
    ])
    func aNameAfterAPhraseThatIntroducesAPersonIsAPerson(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
    }

    @Test func aPhraseBeforeOneHyphenatedWordOrAPossessorMakesNoPerson() {
        let a = Self.analyse("Shops", "The chain will close 40 stores, said Brak-Hollis on Monday.")
        #expect(!a.people.contains("Brak-Hollis"), "\(a.people)")
        // The possessive ends a name: not "Martin Scorsese Aviator".
        let b = Self.analyse("Awards", "The race is between Martin Scorsese's Aviator and a French film, said Ines Kaldor.")
        #expect(!a.people.contains { $0.hasSuffix("Aviator") } && !b.people.contains { $0.hasSuffix("Aviator") }, "\(b.people)")
    }

    @Test(arguments: [
        ("Court", "Police arrested Dominic Farrow at his home in Leeds. Farrow's lawyer declined to comment.", "Dominic Farrow"),
        ("Court", "The court heard from Dominic Farrow in the morning. \"I was not there,\" said Farrow.", "Dominic Farrow"),
        ("Court", "The firm hired Dominic Farrow in May. Farrow, who is 52, will start in June.", "Dominic Farrow"),
    ])
    func aFullNameRepeatedByItsSurnameWhereAPersonStandsIsAPerson(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.people == [name], "\(a.people)")
    }

    @Test func aNameRepeatedAloneElsewhereStaysUnsure() {
        // A club's or an event's short form is no surname: "Real Betis ... Betis", "the Rovers".
        let a = Self.analyse("Match", "Fans travelled to see Harlow Rovers on Saturday. The Rovers lost 2-0 and Rovers fans left early.")
        #expect(!a.people.contains("Harlow Rovers"), "\(a.people)")
    }

    @Test func arabicNamesAfterAVerbWithNoTitle() {
        let a = Self.analyse("الدوري", "وسجل يوسف بلعمري هدفين في الشوط الثاني. وقال خالد العمري إن الموسم كان صعبا.")
        #expect(a.people.contains("يوسف بلعمري"), "\(a.people)")
        #expect(a.people.contains("خالد العمري"), "\(a.people)")
        // A family name with the article, after a title and one given name (أمين الناصر).
        let b = Self.analyse("النتائج", "وقال الرئيس التنفيذي ماجد العبدالله في بيان إن الأرباح ارتفعت.")
        #expect(b.people.contains("ماجد العبدالله"), "\(b.people)")
        // A source or a statement after the verb is no one's name; a date after a given name is no family name.
        let c = Self.analyse("الأسعار", "وقال مصدر مسؤول إن الأسعار سترتفع. وأعلن الوزير سامي الأسبوع الماضي خطة جديدة.")
        #expect(c.people.isEmpty, "\(c.people)")
    }

    @Test func koreanTitleGluedToAPlace() {
        let a = Self.analyse("도정", "김영록 전남지사는 4일 기자회견을 열었다.")
        #expect(a.people.contains("김영록"), "\(a.people)")
        // 시장 after a word that is no place is a market (주식시장).
        let b = Self.analyse("증시", "국내 주식시장은 3일 하락했다.")
        #expect(b.people.isEmpty, "\(b.people)")
    }

    @Test func japaneseCreditLineNamesTheAgency() {
        let a = Self.analyse("会談", "【北京=時事】中国外務省の報道官は8日、記者会見で会談について説明した。")
        #expect(a.organizations.contains("時事"), "\(a.organizations)")
        #expect(OrganizationFinder.creditLine("【ワシントン=共同】石破茂首相") == 7..<9)
        #expect(OrganizationFinder.creditLine("ワシントン=共同") == nil)
        // (ja) Kyodo's and Jiji's own credit lines glue the agency to the place: 【北京共同】, 【ワシントン時事】.
        #expect(OrganizationFinder.creditLine("【北京共同】高市早苗首相は") == 3..<5)
        #expect(OrganizationFinder.creditLine("【ワシントン時事】米政府は") == 6..<8)
        #expect(OrganizationFinder.creditLine("【共同】米政府は") == nil)
        #expect(OrganizationFinder.creditLine("【速報】米政府は") == nil)
        #expect(OrganizationFinder.creditLine("HOUSTON (Reuters) - Oil rose") == nil)
    }

    @Test func namesJoinedToAWordForAFirmAreFirms() {
        let a = Self.analyse("Sciopero", "I sindacati Snalv e Confal Lavoro hanno proclamato uno sciopero a Brescia.")
        #expect(a.organizations.contains("Snalv") && a.organizations.contains("Confal Lavoro"), "\(a.organizations)")
        let b = Self.analyse("Droni", "Firmato un accordo tra Ventrix e la società turca Baykar per la produzione di droni.")
        #expect(b.organizations.contains("Ventrix"), "\(b.organizations)")
    }

    @Test func englishWordsForAFirmIntroduceOneWordNames() {
        let a = Self.analyse("Security", "Experts at the security firm Quorvex said the attack was small. The regulator Ofnet will look into it.")
        #expect(a.organizations.contains("Quorvex") && a.organizations.contains("Ofnet"), "\(a.organizations)")
        // A role or a comparison after the word: the name is a person's, not the club's.
        let b = Self.analyse("Football", "The club manager Sir Angus Dalby praised the team. He will not leave the club like Ronan Keel did.")
        #expect(!b.organizations.contains { $0.contains("Dalby") || $0.contains("Keel") }, "\(b.organizations)")
    }

    /// A word that opens a sentence, an adverb or a preposition with its article, begins no name: "Meanwhile
    /// Glencore", "Intanto Ferrari", "Beim Treffen" are no one. Texts written for this test.
    @Test(arguments: [
        ("Mining", "Copper prices rose on Monday. Meanwhile Glencore said output would fall.", "Meanwhile"),
        ("Formula 1", "La gara si correrà domenica. Intanto Ferrari ha confermato i piloti.", "Intanto"),
        ("Gipfel", "Die Minister trafen sich am Montag. Beim Treffen sprach Olaf Scholz über Energie.", "Beim"),
        ("Паром", "На Сахалине возобновили паромное сообщение, сообщил губернатор.", "На"),
    ])
    func aSentenceOpeningWordBeginsNoName(title: String, body: String, word: String) {
        let people = Self.analyse(title, body).people
        #expect(!people.contains { $0.hasPrefix(word + " ") }, "\(people)")
    }
}
