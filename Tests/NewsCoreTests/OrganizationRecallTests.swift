import NewsCore
import Testing

/// Organisations that the finders missed on the tuning samples of the fifteenth session, by class, with
/// look-alikes that must stay as they were; texts written for these tests.
@Suite struct OrganizationRecallTests {
    static let analyzer = Analyzer()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var absent: [String] = []
        var testDescription: String { text }
    }

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for o in c.absent { #expect(!a.organizations.contains(o) && !a.people.contains(o), "\(o) not in \(a.organizations) \(a.people)") }
    }

    @Test(arguments: [
        // A name in hiragana before a suffix, after punctuation or after a particle glued to the word before.
        Case(text: "【大阪】ひまわり銀行とさくらぎ証券は提携を発表した。", organizations: ["ひまわり銀行", "さくらぎ証券"],
             absent: ["とさくらぎ証券"]),
        // The ending of an adjective or a verb before a suffix is no name.
        Case(text: "大きな銀行が破綻した。預金を集めている銀行は少ない。", absent: ["きな銀行", "大きな銀行", "ている銀行"]),
    ])
    func japaneseNamesInHiragana(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A body's name of more than five characters after a place the gazetteer knows; 和 inside one.
        Case(text: "广州市市场监督管理局8日通报了检查结果。", organizations: ["广州市市场监督管理局"]),
        Case(text: "湖南省发展和改革委员会发布了新的电价方案。", organizations: ["湖南省发展和改革委员会"], absent: ["改革委员会"]),
        // Two names joined by 和 stay two; characters that end a name stop the reading.
        Case(text: "广州市公安局和交通委员会联合发布通告。", absent: ["广州市公安局和交通委员会"]),
    ])
    func chineseBodiesAfterAPlace(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A firm with no suffix after a word for its kind, named twice, or with a word for its staff after it.
        Case(text: "온라인 쇼핑 플랫폼 한결몰이 상장을 추진한다. 한결몰은 주관사를 선정했다.", organizations: ["한결몰"]),
        Case(text: "스타트업 누리온이 투자를 유치했다고 밝혔다. 누리온 관계자는 해외 진출을 서두르겠다고 말했다.", organizations: ["누리온"]),
        // A firm's word before a common noun, named once; the government's official.
        Case(text: "업계에서는 기업 가치가 5조 원에 이를 것으로 본다.", absent: ["가치"]),
        Case(text: "정부 관계자는 회의를 열겠다고 말했다. 정부는 대책을 발표했다.", absent: ["정부"]),
        // A day before a firm's shares is no firm ("상장 첫날 주가가").
        Case(text: "가온텍이 코스닥에 상장한 첫날 주가가 20% 올랐다. 이날 주가는 장 마감까지 강세를 보였다.",
             absent: ["첫날", "이날"]),
    ])
    func koreanFirmsByTheirContext(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // "and the" begins a second name after a body's head; "and" inside one name stays.
        Case(text: "The Northern Association of Grain Growers and the Kelsey Institute disagreed on the plan.",
             organizations: ["Northern Association of Grain Growers", "Kelsey Institute"],
             absent: ["Northern Association of Grain Growers and the Kelsey Institute"]),
        Case(text: "A spokesman said the Ministry of Finance and Trade would publish the figures.", organizations: ["Ministry of Finance and Trade"]),
    ])
    func namesJoinedByAnd(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // Heads of savings banks and town halls in the Romance languages; the same words in lower case are none.
        Case(text: "La Caja Rural de Soria y el Ayuntamiento de Tarazona firmaron el acuerdo.",
             organizations: ["Caja Rural de Soria", "Ayuntamiento de Tarazona"]),
        Case(text: "La caja de cartón llegó rota al ayuntamiento.", absent: ["caja de cartón"]),
        // A name after "the shares of" (pt, es).
        Case(text: "As ações da Tecnoflora subiram 3% nesta terça-feira.", organizations: ["Tecnoflora"]),
        Case(text: "Las acciones de Ferromar cayeron un 2 %.", organizations: ["Ferromar"]),
    ])
    func headsAndPhrasesOfOtherLanguages(_ c: Case) { Self.check(c) }
}
