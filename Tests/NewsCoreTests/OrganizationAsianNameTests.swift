import NewsCore
import Testing

/// Korean firms named after their business group, Chinese state bodies with no place before them, an Arabic body's
/// field that ends like an adjective of origin, Japanese capitals before a suffix: the tuning classes of the nineteenth
/// session (branch orgsasia19), with look-alikes that must stay as they were. Texts written for these tests.
@Suite struct OrganizationAsianNameTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }
    static func analysis(_ text: String) -> ArticleAnalysis {
        OrganizationRecallTests.analyzer.analyze(Article(title: "", body: text, format: "text")).analysis
    }

    @Test(arguments: [
        // A group's name glued to more letters is a firm, with or without its particle.
        Case(text: "GS리테일은 5일 편의점 출점 계획을 밝혔다. 롯데웰푸드와 CJ프레시웨이도 참여한다.",
             organizations: ["GS리테일", "롯데웰푸드", "CJ프레시웨이"], absent: ["GS리테일은", "롯데웰푸드와", "CJ프레시웨이도"]),
        // 이 after a vowel is the name's own syllable, 가 after it the particle; 은 after a final consonant a particle.
        Case(text: "LG디스플레이가 새 패널을 공개했다. 경쟁사인 SK온은 투자를 줄였다.", organizations: ["LG디스플레이", "SK온"],
             absent: ["LG디스플레", "SK온은"]),
        // A particle of two syllables, or one with another after it, is no part of the name.
        Case(text: "한화큐셀은 롯데정밀화학으로부터 원료를 사들였다. 포스코인터내셔널에서는 반응이 없었다.",
             organizations: ["롯데정밀화학", "포스코인터내셔널"], absent: ["롯데정밀화학으로부터", "포스코인터내셔널에서는"]),
        // A firm found by its context beside a group's firm: the word after the second counts for both.
        Case(text: "경쟁사인 이랜드몰과 롯데온 주가는 하락했다.", organizations: ["이랜드몰", "롯데온"]),
        // A place's ending, a common word's suffix and a product's name are no firm's.
        Case(text: "서울 삼성동 매장과 삼성역 출구에서 DB화 작업을 마친 뒤 카카오톡으로 알렸다.",
             absent: ["삼성동", "삼성역", "DB화", "카카오톡"]),
    ])
    func koreanGroupFirms(_ c: Case) { Self.check(c) }

    /// The group that the lexicon reads inside a firm's name is no second organisation, unless the article names it alone.
    @Test func koreanGroupInsideAFirmsName() {
        let inside = Self.analysis("삼성SDI는 4일 전지 공장 증설을 발표했다.")
        #expect(inside.organizations.contains("삼성SDI"), "\(inside.organizations)")
        #expect(!inside.organizations.contains("Samsung"), "\(inside.organizations)")
        let alone = Self.analysis("삼성은 4일 투자 계획을 밝혔다. 계열사인 삼성SDI도 참여한다.")
        #expect(alone.organizations.contains("삼성SDI"), "\(alone.organizations)")
        #expect(alone.organizations.contains("Samsung"), "\(alone.organizations)")
    }

    @Test(arguments: [
        // A state body's first word read back to from its suffix, over 和 inside the name.
        Case(text: "国家药品监督管理局9日发布公告。", organizations: ["国家药品监督管理局"], absent: ["监督管理局"]),
        Case(text: "国家卫生健康委员会和教育部联合印发通知。", organizations: ["国家卫生健康委员会", "教育部"],
             absent: ["国家卫生健康委员会和教育部", "和教育部"]),
        Case(text: "据国家发展和改革委员会介绍，电价将保持稳定。", organizations: ["National Development and Reform Commission"], absent: ["改革委员会"]),
        // A word that begins with a stop character goes on over it inside a name.
        Case(text: "应急管理部派出工作组赶赴现场。", organizations: ["应急管理部"], absent: ["急管理部"]),
        // Not over a mark, a stop or a firm's suffix: 国家 as a subject begins no name.
        Case(text: "国家今年加大投入，支持地方成立管理局。他说公司应与财政部沟通。", organizations: ["财政部"],
             absent: ["国家今年加大投入", "地方成立管理局", "应与财政部", "与财政部"]),
        Case(text: "国家鼓励发展新能源汽车。", absent: ["国家鼓励发展新能源汽车", "鼓励发展新能源汽车"]),
    ])
    func chineseStateBodies(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A word that ends in a suffix's character (布局, 冠军, 总部, 当局) makes no name with the characters before it.
        Case(text: "车企加快海外布局。他们夺得了联赛冠军。公司将把亚洲总部迁往新加坡。", absent: ["车企加快海外布局", "联赛冠军", "亚洲总部"]),
        // A body with the same suffix beside such a word is still one; so is 中国产 "made in China" before a product no name.
        Case(text: "国家统计局周二发布数据，美国当局也作出回应。中国产电动汽车销量上升。", organizations: ["National Bureau of Statistics of China"],
             absent: ["美国当局", "中国产电动汽车"]),
    ])
    func chineseWordsEndingInASuffix(_ c: Case) { Self.check(c) }

    /// A body's field with the article that ends as an adjective of origin does (ية) is the body's name, not a person's.
    @Test func arabicBodysFieldWithTheArticle() {
        let a = Self.analysis("قالت وزارة الداخلية إن الشرطة اعتقلت رجلين. وأعلنت وزارة التربية يوم الاثنين خطة جديدة.")
        #expect(a.organizations.contains("وزارة الداخلية"), "\(a.organizations)")
        #expect(a.organizations.contains("وزارة التربية"), "\(a.organizations)")
        #expect(!a.people.contains("وزارة الداخلية"), "\(a.people)")
        // Without the article it is still an adjective: "a Chinese company" names no firm.
        let b = Self.analysis("وقعت شركة صينية اتفاقا مع الحكومة.")
        #expect(!b.organizations.contains("شركة صينية"), "\(b.organizations)")
    }

    @Test(arguments: [
        // Capitals glued before a Japanese suffix are the firm's name.
        Case(text: "KTCホールディングスは5日、決算を発表した。", organizations: ["KTCホールディングス"]),
        // Not capitals glued after other characters, which begin the name.
        Case(text: "取引先の東邦UFJ銀行は5日、融資を決めた。", absent: ["UFJ銀行"]),
        // Not capitals that the lexicon reads: the known name stays.
        Case(text: "NHK放送センターで会見が開かれた。", organizations: ["NHK"], absent: ["NHK放送"]),
    ])
    func japaneseCapitalsBeforeASuffix(_ c: Case) { Self.check(c) }
}
