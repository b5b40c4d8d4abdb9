@testable import NewsCore
import Testing

/// Names told by a family name beside a title (Chinese before it, Korean after a title word),
/// Japanese names before a prefixed title (元首相, 前デジタル相), Arabic titles before a body's name,
/// and the look-alikes that stay out. Texts written for these tests; the names are invented.
@Suite struct PersonFamilyNameTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("会议", "会上，赵文博主席表示，双方将扩大合作。", "赵文博"),
        ("访问", "聂海涛总统抵达北京，开始为期三天的访问。", "聂海涛"),
        ("인사", "대변인 정혜린은 브리핑에서 협상이 끝났다고 전했다.", "정혜린"),
        ("야구", "두산은 코치 이민호와 3년 계약을 맺었다.", "이민호"),
        ("인사", "구단주 남궁민수는 새 감독을 환영했다.", "남궁민수"),
        ("講演", "高村正樹元首相は3日、都内で講演した。", "高村正樹"),
        ("会見", "会見には川野太一前デジタル相も出席した。", "川野太一"),
        ("会見", "内藤恵一副総裁も同じ考えを示した。", "内藤恵一"),
        ("نفط", "وقال رئيس شركة الأمل للنفط خالد العمري إن الإنتاج ارتفع.", "خالد العمري"),
        ("اقتصاد", "وشارك محافظ البنك المركزي سامي الحربي في الاجتماع.", "سامي الحربي"),
        // Bin and ould join a name's words whatever the next looks like (علي is على folded, الشيخ a title).
        ("طاقة", "وقال المستشار عمر بن علي إن المشروع سيوفر الوظائف.", "عمر بن علي"),
        ("غاز", "وقال وزير الطاقة محمد ولد الشيخ الغزالي إن الإنتاج سيبدأ قريبا.", "محمد ولد الشيخ الغزالي"),
        // li- on a word after the name begins what the name did.
        ("غاز", "ووقع الرئيس باكاري سومانو دياني لتعزيز التعاون بين البلدين.", "باكاري سومانو دياني"),
        ("بيئة", "وأشاد سامي بن حمد، مدير الشركة، بالاتفاق.", "سامي بن حمد"),
        ("인사", "김도현 금융위원장은 회의에서 대책을 발표했다.", "김도현"),
        ("야구", "두산은 박상우 전 수석코치를 새 감독으로 선임했다.", "박상우"),
        ("市場", "野田健二チーフエコノミストは円安の影響を分析した。", "野田健二"),
        ("协会", "中国汽车协会秘书长王立新说，销量将继续增长。", "王立新"),
        ("Werft", "Die Reederin Anke Vossberg lobte den Auftrag.", "Anke Vossberg"),
    ])
    func aNameBesideItsTitleIsFoundWhole(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
        // Never with the title's prefix or the body's word run into it.
        #expect(!a.people.contains { $0 != name && ($0.hasPrefix(name) || $0.hasSuffix(name)) }, "\(a.people)")
    }

    @Test(arguments: [
        // A word of two characters before a title is as often a word; a body's or a place's name before
        // a title it ends in as well is no name.
        ("会议", "会上，高级主任表示，双方将扩大合作。"),
        ("会议", "会上，高新区主任介绍了园区的情况。"),
        ("会议", "会上，石家庄市长表示，将加快建设。"),
        // A body's word or a word with a title in it after a title word; a word that begins with a
        // title before one.
        ("회의", "회장 선거에서 새 대표 이사회는 결론을 내지 못했다."),
        ("회의", "대표 이사장은 회의에 참석하지 않았다."),
        ("회의", "대통령실 대변인 브리핑은 오후에 열렸다."),
        ("회의", "감독 선임은 다음 달로 미뤄졌다."),
        ("회의", "그는 2년 전 대통령이 되었다."),
    ])
    func aLookAlikeBesideATitleIsNoName(title: String, body: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.isEmpty, "\(a.people)")
    }

    @Test func aFamilyNameAndATitleStandForTheFullNameSaidBefore() {
        let a = Self.analyse("会议", "财政部长刘海峰出席会议。刘部长说，明年将扩大支出。")
        #expect(a.people == ["刘海峰"], "\(a.people)")
    }

    /// (ja) A foreign city's kanji that begin a Japanese family name, then a given name and a title (南昌 Nanchang in
    /// 南昌一社長): the person's, and no place; a city of Japan before a prefecture's suffix and a title stays a place.
    @Test func aForeignCitysKanjiThatBeginAFamilyNameAreTheNames() {
        let a = Self.analyse("決算", "みなと銀行の南昌一社長は記者会見で「地域を支えたい」と述べた。")
        #expect(a.people.contains("南昌一"), "\(a.people)")
        #expect(!a.places.contains("南昌"), "\(a.places)")
        let b = Self.analyse("選挙", "長野県知事は記者会見で支援を表明した。")
        #expect(b.people.isEmpty, "\(b.people)")
    }

    @Test func theFamilyNameListsAreRead() {
        let shapes = NameShapes.shared
        #expect(shapes.koreanFamily.contains("김") && shapes.koreanFamily.contains("남궁"))
        #expect(!shapes.koreanFamily.contains("대"))
        #expect(shapes.chineseFamily.contains("聂") && !shapes.chineseFamily.contains("卫"))
        #expect(PersonFinder.arabicBodies.contains(Tokenizer.words("شركة")[0]))
    }
}
