@testable import NewsCore
import Testing

/// A firm named once in full and then by its short form: the short form is that firm's, not a
/// person's, a place's or a second organisation; and the names that must give no short form. Texts
/// written for these tests; the firms and people are invented.
@Suite struct OrganizationShortFormTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Jobs", "Brackwater Turbines Ltd will cut 90 jobs at its plant. Brackwater said demand had fallen, and the union accused Brackwater of breaking a promise.",
         "Brackwater Turbines Ltd", "Brackwater"),
        ("Schiffe", "Die Reederei Möwenstein GmbH verkauft zwei Frachter. Möwenstein begründete den Schritt am Montag mit hohen Kosten.",
         "Reederei Möwenstein GmbH", "Möwenstein"),
        ("Obras", "A Construtora Itaquara Ltda. venceu a licitação para a ponte. A Itaquara disse que as obras começam em maio.",
         "Construtora Itaquara Ltda", "Itaquara"),
        ("Plastics", "Thornley Plastics will close its plant in May. Thornley said orders had fallen by a third since March.",
         "Thornley Plastics", "Thornley"),
        ("Brauerei", "Die Brauerei Sturmvogel verkauft zwei Standorte an einen Konkurrenten. Sturmvogel nannte keinen Preis.",
         "Brauerei Sturmvogel", "Sturmvogel"),
        ("Acciaio", "La Ferroverde Acciai S.p.A. chiude un impianto. Secondo Ferroverde, la domanda è calata del 30 per cento.",
         "Ferroverde Acciai", "Ferroverde"),
    ])
    func aFirmsShortFormIsThatFirm(title: String, body: String, name: String, short: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains { $0.hasPrefix(name) }, "\(a.organizations)")
        #expect(!a.organizations.contains(short), "\(a.organizations)")
        #expect(!a.people.contains { $0.contains(short) }, "\(a.people)")
        #expect(!a.places.contains(short), "\(a.places)")
    }

    @Test(arguments: [
        // A firm named after a person: its first word is a given name.
        ("Dean Witter Reynolds Inc", nil),
        // A name with neither a legal form nor a word for a kind of firm before it.
        ("University of Stirling", nil),
        ("Kestrel Marine", nil),
        // A head word or a word that makes no name first.
        ("National Grid plc", nil),
        ("Bank Polska SA", nil),
        // Acronyms and short words.
        ("BRT Holdings Ltd", nil),
        ("Hidrovalle S.A.", "hidrovalle"),
        ("Harwood Plastics", "harwood"),
        ("Brauerei Falkenhof GmbH", "falkenhof"),
        ("Calderwood Chemicals Ltd", "calderwood"),
    ] as [(String, String?)])
    func onlyAFirmsOwnWordIsItsShortForm(name: String, short: String?) {
        #expect(OrganizationFinder.shortForm(of: name) == short)
    }

    @Test func anEventNamedAfterAnIndustryIsNoOrganisation() {
        let a = Self.analyse("Gadgets", "Makers showed folding phones at the Consumer Electronics Show in Las Vegas, and Thornley Plastics showed a new case.")
        #expect(!a.organizations.contains { $0.hasSuffix("Show") }, "\(a.organizations)")
        #expect(a.organizations.contains("Thornley Plastics"), "\(a.organizations)")
        let b = Self.analyse("Gadgets", "Makers showed folding phones at the Consumer Electronics Show (CES) in Las Vegas this week.")
        #expect(!b.organizations.contains { $0.hasSuffix("Show") }, "\(b.organizations)")
    }

    @Test func aPersonWithTheWordOfAFirmIsNoShortFormWithoutTheFirm() {
        // No firm named in full: the surname before "said" is left to the person finder.
        let a = Self.analyse("Jobs", "Plant manager Agnes Brackwater said demand had fallen. Brackwater said talks would go on.")
        #expect(a.people.contains("Agnes Brackwater"), "\(a.people)")
    }

    @Test func sharesOfAFirmNameIt() {
        let a = Self.analyse("Markets", "In Madrid, shares of Ebrovalle rose 4 percent after the results, while the index fell.")
        #expect(a.organizations.contains("Ebrovalle"), "\(a.organizations)")
        // Not a place or a people's adjective: "shares of European banks", "shares in London".
        let b = Self.analyse("Markets", "Shares of European banks fell, and shares in London closed lower on Friday.")
        #expect(b.organizations.isEmpty, "\(b.organizations)")
        let c = Self.analyse("Tender", "The company said 2,204,832 shares of its Class A common stock were tendered.")
        #expect(!c.organizations.contains("Class"), "\(c.organizations)")
    }

    @Test func anArabicDefiniteHeadBeforeAWordWithoutTheArticleIsNoName() {
        // "The company expects a rise in energy costs": الشركة is the subject, ارتفاع the verb's object.
        let a = Self.analyse("أسعار الطاقة", "قالت الحكومة يوم الاثنين إن المصانع ستعمل كالمعتاد. وتتوقع الشركة ارتفاع تكاليف الطاقة هذا العام.")
        #expect(!a.organizations.contains { $0.contains("ارتفاع") }, "\(a.organizations)")
        // "for the ..." (لل) joins what a body is for to its name.
        let b = Self.analyse("الأسمدة", "أعلنت شركة النخلة للأسمدة يوم الأحد أنها سترفع إنتاجها بنسبة عشرة في المئة هذا العام.")
        #expect(b.organizations.contains("شركة النخلة للأسمدة"), "\(b.organizations)")
    }

    @Test func aNameIsReadToItsEnd() {
        // A head word after a spokesperson's phrase: the whole name, not its first word.
        let a = Self.analyse("Jobs", "A spokesman for the Department for Regional Growth said officials were in contact with the firm.")
        #expect(a.organizations.contains("Department for Regional Growth") && !a.organizations.contains("Department"), "\(a.organizations)")
        // A firm's last word first, with the rest of the name cut off by a line break, makes no name.
        let b = Self.analyse("Filing", "The company reported to the Securities and Exchange\nCommission last week that it had sold the unit.")
        #expect(!b.organizations.contains("Securities and Exchange"), "\(b.organizations)")
        // "e" and "y" elide nothing: the words stay apart.
        let c = Self.analyse("Tavolo", "Il Ministero delle Imprese e del Commercio Estero ha convocato un tavolo per il 20 maggio.")
        #expect(!c.organizations.contains { $0.contains("e'del") }, "\(c.organizations)")
        // A legal form alone is no firm.
        let d = Self.analyse("Chantier", "Le chantier naval Atlantique Voile SAS va supprimer 200 postes, a annoncé sa direction.")
        #expect(!d.organizations.contains("SAS"), "\(d.organizations)")
    }

    @Test func aRoleAfterABandsNameMakesNoPerson() {
        let a = Self.analyse("Adverts", "The campaign used a song by the band Copper Harbour, whose singer Tom Reddy said he had not been asked.")
        #expect(!a.people.contains("Copper Harbour") && a.people.contains("Tom Reddy"), "\(a.people)")
        // A thing's word that ends the sentence before says nothing of the name after it.
        let b = Self.analyse("Games", "Parents should know which games their children play. Roger Hallam, director of the trade body, said so.")
        #expect(b.people.contains("Roger Hallam"), "\(b.people)")
    }

    @Test func aRussianFirmsDirectorIsAPerson() {
        let a = Self.analyse("Суд", "Генеральный директор компании Олег Ветров заявил, что фирма оспорит решение суда в апелляции.")
        #expect(!a.organizations.contains("Олег Ветров"), "\(a.organizations)")
        let b = Self.analyse("Лес", "Министерство природных ресурсов и экологии заявило, что следит за ситуацией в регионе.")
        #expect(b.organizations.contains("Министерство природных ресурсов и экологии"), "\(b.organizations)")
    }
}
