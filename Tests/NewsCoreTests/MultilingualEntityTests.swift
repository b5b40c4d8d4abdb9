import NewsCore
import Testing

/// People, organisations, places and countries in the languages newsd identifies, on texts written
/// for these tests: titles and verbs of each language, names glued to titles (Japanese, Chinese),
/// Korean particles, Arabic names, declined Russian names, demonyms, cities inside the names of
/// clubs and banks, and words that are countries only sometimes.
@Suite struct MultilingualEntityTests {
    static let analyzer = Analyzer()

    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis {
        analyzer.analyze(Article(title: title, body: body, format: "text")).analysis
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var title = ""
        var text: String
        var people: [String] = []
        var countries: [String] = []
        var absent: [String] = []
        var testDescription: String { text }
    }

    /// A name after a title, or before a verb of speech, in each language's own words.
    @Test(arguments: [
        Case(title: "Crisis en el puerto", text: "La ministra de Transportes, Raquel Ortega, dijo el lunes que el puerto de Bilbao reabrirá pronto.",
             people: ["Raquel Ortega"]),
        Case(title: "Grève à Lyon", text: "Le président Marc Dufresne a rencontré mardi les syndicats de la ville de Lyon.", people: ["Marc Dufresne"]),
        Case(title: "Besuch in Hamburg", text: "Verkehrsministerin Anna Krüger besuchte am Dienstag den Hafen von Hamburg.", people: ["Anna Krüger"]),
        Case(title: "Equipa pronta", text: "O treinador Paulo Ferreira disse que a equipa está pronta para o jogo de domingo.",
             people: ["Paulo Ferreira"]),
        Case(title: "Визит в Берлин", text: "Президент Франции Пьер Дюваль прилетел в Берлин на переговоры.",
             people: ["Пьер Дюваль"], countries: ["FR", "DE"]),
        Case(title: "Thăm Đà Nẵng", text: "Bộ trưởng Nguyễn Văn Hòa đã đến thăm thành phố Đà Nẵng vào sáng thứ hai.", people: ["Nguyễn Văn Hòa"]),
        Case(title: "記者会見", text: "山田太郎社長は大阪で記者会見を開いた。", people: ["山田太郎"]),
        Case(title: "外交部回应", text: "外交部发言人林剑表示，双方将继续保持沟通。", people: ["林剑"]),
        Case(title: "장관 회견", text: "김민준 장관은 부산에서 기자회견을 열었다.", people: ["김민준"]),
        Case(title: "محادثات", text: "قال وزير الخارجية أحمد الصفدي إن المحادثات كانت بناءة.", people: ["أحمد الصفدي"]),
    ])
    func peopleByTheirTitles(_ c: Case) {
        let a = Self.analyse(c.title, c.text)
        for p in c.people { #expect(a.people.contains(p), "\(p) in \(a.people)") }
        for code in c.countries { #expect(a.countries.contains(code), "\(code) in \(a.countries)") }
        // The country's name between title and name is not part of it.
        #expect(!a.people.contains { $0.hasPrefix("Франции") }, "\(a.people)")
    }

    /// Words that spell a country in one language and are something else in this text.
    @Test(arguments: [
        // Vietnamese given names (Đức is Germany, Nhật Japan) and Bí of Tổng Bí thư (Bỉ is Belgium).
        Case(text: "Ông Lê Đức Minh và bà Phạm Nhật Lan gặp Tổng Bí thư tại Huế.", absent: ["DE", "JP", "BE"]),
        // A word the article writes in lower case is that word at the start of the title too.
        Case(title: "Turkey sales rise before Christmas", text: "Shops sold a record number of turkey crowns this week.",
             absent: ["TR"]),
        // A city's name that begins a longer one.
        Case(text: "El alcalde de San Antonio del Sur habló con los vecinos.", absent: ["US"]),
        // Arabic writes Amman and Oman alike.
        Case(text: "وصل الوفد إلى عمان بعد زيارة قصيرة، وقال مسؤول في الأردن إن المحادثات ستستمر.",
             countries: ["JO"], absent: ["OM"]),
        Case(text: "زار الوزير عمان الأسبوع الماضي.", countries: ["OM"]),
        // Declined names, demonyms.
        Case(text: "Переговоры прошли в Москве, а затем в Киеве.", countries: ["RU", "UA"]),
        Case(text: "El presidente argentino viajó el martes.", countries: ["AR"]),
        Case(text: "La chancelière allemande est arrivée mardi.", countries: ["DE"]),
        Case(text: "Президент России выступил в Казани.", countries: ["RU"]),
    ])
    func countriesByContext(_ c: Case) {
        let a = Self.analyse(c.title, c.text)
        for code in c.countries { #expect(a.countries.contains(code), "\(code) in \(a.countries)") }
        for code in c.absent { #expect(!a.countries.contains(code), "\(code) not in \(a.countries)") }
    }

    /// A city inside a club's or a bank's name is no place and gives no country.
    @Test func citiesInsideOrganisationNames() {
        let a = Self.analyse("Cup final", "Real Madrid beat Manchester City 2-1 in Lisbon on Saturday.")
        #expect(a.organizations.contains("Real Madrid"), "\(a.organizations)")
        #expect(a.organizations.contains("Manchester City"), "\(a.organizations)")
        #expect(a.places == ["Lisbon"], "\(a.places)")
        #expect(a.countries == ["PT"], "\(a.countries)")
        let bank = Self.analyse("Forecasts", "Analysts at Bank of New York Mellon raised their forecasts on Monday.")
        #expect(bank.organizations.contains("Bank of New York Mellon"), "\(bank.organizations)")
        #expect(!bank.places.contains("New York") && !bank.countries.contains("US"), "\(bank.places) \(bank.countries)")
        let club = Self.analyse("Derby", "Le Paris Saint-Germain a battu l'Olympique de Marseille dimanche.")
        #expect(club.places.isEmpty && club.countries.isEmpty, "\(club.places) \(club.countries)")
    }

    /// Korean: the name before a title word with a particle, and a foreign name of two words
    /// with the country between it and the title.
    @Test func koreanNamesBeforeTitles() {
        let a = Self.analyse("회담", "존 스미스 영국 총리와 이수진 대표는 서울에서 만났다.")
        #expect(a.people.contains("존 스미스"), "\(a.people)")
        #expect(a.people.contains("이수진"), "\(a.people)")
        #expect(a.countries.contains("GB") && a.countries.contains("KR"), "\(a.countries)")
    }
}
