import NewsCore
import Testing

/// The thirty-second session's hand-kept western and international bodies and people (lexicon.tsv, the sections
/// headed "known33w"): a sample of them in the scripts newsd reads, and marked names that must not fire on the word,
/// the phrase or the longer name they look like. Texts written for these tests.
@Suite struct KnownWestEntityTests {
    static let analyzer = Analyzer()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var countries: [String] = []
        var absent: [String] = []
        var absentCountries: [String] = []
        var testDescription: String { text }
    }

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for o in c.absent { #expect(!a.organizations.contains(o), "\(o) not in \(a.organizations)") }
        for k in c.countries { #expect(a.countries.contains(k), "\(k) in \(a.countries)") }
        for k in c.absentCountries { #expect(!a.countries.contains(k), "\(k) not in \(a.countries)") }
    }

    @Test(arguments: [
        Case(text: "The World Food Programme said convoys reached the north on Tuesday.", organizations: ["World Food Programme"]),
        Case(text: "Le Programme alimentaire mondial a suspendu ses distributions dans la région.",
             organizations: ["World Food Programme"]),
        Case(text: "قالت منظمة أطباء بلا حدود إن المستشفى تعرض للقصف.", organizations: ["Médecins Sans Frontières"]),
        Case(text: "国連世界食糧計画は支援物資の搬入を再開した。", organizations: ["World Food Programme"]),
        Case(text: "Всемирная метеорологическая организация опубликовала доклад о температуре.",
             organizations: ["World Meteorological Organization"]),
        Case(text: "세계식량계획은 식량 지원을 늘리겠다고 밝혔다.", organizations: ["World Food Programme"]),
        Case(text: "联合国教科文组织将该遗址列入名录。", organizations: ["UNESCO"]),
        Case(text: "Cơ quan Vũ trụ châu Âu đã phóng vệ tinh mới.", organizations: ["European Space Agency"]),
        Case(text: "Die Europäische Kommission und die Europäische Weltraumorganisation stellten den Plan vor.",
             organizations: ["European Commission", "European Space Agency"]),
        Case(text: "La Commission européenne a ouvert une enquête.", organizations: ["European Commission"]),
        Case(text: "El Tribunal Europeo de Derechos Humanos falló contra el Estado.", organizations: ["European Court of Human Rights"]),
    ])
    func internationalBodies(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "NASA said the launch was delayed by a day.", organizations: ["NASA"], countries: ["US"]),
        Case(text: "HMRC wrote to 40,000 taxpayers last month, Citizens Advice said.",
             organizations: ["HM Revenue and Customs", "Citizens Advice"], countries: ["GB"]),
        Case(text: "L'Assemblée nationale a adopté le texte en première lecture.", organizations: ["Assemblée nationale"],
             countries: ["FR"]),
        Case(text: "Der Bundesrat billigte am Freitag das Gesetz, das Bundeskartellamt prüft den Fall.",
             organizations: ["Bundesrat", "Bundeskartellamt"], countries: ["DE"]),
        Case(text: "I Carabinieri hanno arrestato tre persone a Palermo.", organizations: ["Carabinieri"], countries: ["IT"]),
        Case(text: "A Polícia Federal cumpriu mandados em Brasília.", organizations: ["Polícia Federal"], countries: ["BR"]),
        // A body that several states share tags none, nor does a firm.
        Case(text: "Der Bundesrat billigte am Freitag das Rentenpaket.", organizations: ["Bundesrat"], absentCountries: ["DE"]),
        Case(text: "Pemex reported a loss for the quarter.", organizations: ["Pemex"], absentCountries: ["MX"]),
    ])
    func nationalBodies(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A national body's name that starts a longer one of another: Spain's nuclear regulator, a national security council.
        Case(text: "El Consejo de Seguridad Nuclear autorizó la recarga del reactor.", absent: ["UN Security Council"]),
        Case(text: "اجتمع مجلس الأمن القومي لبحث الوضع.", absent: ["UN Security Council"]),
        // A phrase of the language that a newspaper's name is made of: "the evening", "the world", "the post office".
        Case(text: "Le soir, les habitants se retrouvent sur la place.", absent: ["Le Soir"]),
        Case(text: "Le monde entier regarde la finale.", absent: ["Le Monde"]),
        Case(text: "Il faut aller à la poste avant midi.", absent: ["La Poste"]),
        // A word, not the body: "amnesty" in lower case.
        Case(text: "The government offered an amnesty to tax evaders.", absent: ["Amnesty International"]),
        // Spain's regional high courts are no Venezuelan court; Italy's other Corriere papers are no Corriere della Sera.
        Case(text: "El TSJ de Madrid anuló la sanción.", absent: ["Tribunal Supremo de Justicia"], absentCountries: ["VE"]),
        Case(text: "Secondo il Corriere dello Sport la trattativa è chiusa.", absent: ["Corriere della Sera"]),
        // Japanese writes Inter Milan インテル: no chip maker.
        Case(text: "インテルは3-1で勝利した。", absent: ["Intel"]),
        // A minister's surname in Hangul inside a longer word: Petronas is no Gustavo Petro.
        Case(text: "페트로나스는 새 가스전을 개발한다고 밝혔다.", absentCountries: ["CO"]),
        // A sports score after France is no broadcaster; a bridge named after the late queen is no person.
        Case(text: "France 2 Italy 1: the hosts held on.", absent: ["France Télévisions"]),
        // The French union CFE-CGC is no Mexican utility.
        Case(text: "La CFE-CGC a appelé à la grève mardi.", absent: ["Comisión Federal de Electricidad"]),
    ])
    func markedNamesThatMustNotFire(_ c: Case) { Self.check(c) }

    /// A person of the list written in another script is known by the list's name; people tag no country.
    @Test func peopleByTheirListedName() {
        let a = Self.analyzer.analyze(Article(title: "", body: "Джорджа Мелони встретилась с Кристин Лагард в Риме.", format: "text")).analysis
        #expect(a.people.contains("Giorgia Meloni"), "\(a.people)")
        #expect(a.people.contains("Christine Lagarde"), "\(a.people)")
        let b = Self.analyzer.analyze(Article(title: "", body: "Lagarde said inflation was easing.", format: "text")).analysis
        #expect(b.countries.isEmpty, "\(b.countries)")
    }
}
