import NewsCore
import Testing

/// Well-known bodies and people of Russia, Asia and the Arab states by the hand-kept lexicon's known33e sections, in
/// the scripts the press writes them in, and the short or generic forms that must not fire inside other words or for
/// another state's body. Texts written for these tests.
@Suite struct KnownEastEntityTests {
    static let analyzer = Analyzer()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var people: [String] = []
        var countries: [String] = []
        var absent: [String] = []
        var absentCountries: [String] = []
        var testDescription: String { text }
    }

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for p in c.people { #expect(a.people.contains(p), "\(p) in \(a.people)") }
        for k in c.countries { #expect(a.countries.contains(k), "\(k) in \(a.countries)") }
        for o in c.absent { #expect(!a.organizations.contains(o) && !a.people.contains(o), "\(o) not in \(a.organizations) \(a.people)") }
        for k in c.absentCountries { #expect(!a.countries.contains(k), "\(k) not in \(a.countries)") }
    }

    @Test(arguments: [
        Case(text: "Глава Росатома заявил, что МЧС России направило спасателей, а Аэрофлот отменил рейсы.",
             organizations: ["Rosatom", "Aeroflot", "Russian Ministry of Emergency Situations"], countries: ["RU"]),
        Case(text: "中国地震台网正式测定，中国红十字会随即启动应急响应。",
             organizations: ["China Earthquake Networks Center", "Red Cross Society of China"], countries: ["CN"]),
        Case(text: "위성락 국가안보실장은 국방부에 대비 태세를 점검하라고 지시했다.",
             organizations: ["National Security Office (South Korea)", "Ministry of National Defense of South Korea"],
             people: ["Wi Sung-lac"], countries: ["KR"]),
        Case(text: "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع قرب الفاشر.",
             organizations: ["Sudanese Armed Forces", "Rapid Support Forces"], countries: ["SD"]),
        Case(text: "Viện Kiểm sát nhân dân tối cao đã ban hành cáo trạng truy tố các bị can.",
             organizations: ["Supreme People's Procuracy of Vietnam"], countries: ["VN"]),
        Case(text: "ロシア外務省は声明を発表し、イスラエル軍の攻撃を非難した。",
             organizations: ["Ministry of Foreign Affairs of Russia", "Israel Defense Forces"],
             absent: ["Japanese Ministry of Foreign Affairs"]),
        Case(text: "Turkish Foreign Minister Hakan Fidan met Abbas Araghchi in Ankara on Monday.",
             people: ["Hakan Fidan", "Abbas Araghchi"]),
        Case(text: "Министр иностранных дел Турции Хакан Фидан провёл переговоры в Каире.", people: ["Hakan Fidan"]),
        Case(text: "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية التركي هاكان فيدان في القاهرة.",
             people: ["Abdel Fattah el-Sisi", "Hakan Fidan"]),
        Case(text: "The Houthis said they had fired missiles, while Hezbollah and the Revolutionary Guards stayed silent.",
             organizations: ["Houthis", "Hezbollah", "Islamic Revolutionary Guard Corps"]),
    ])
    func knownNamesAcrossScripts(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // 乌军 and 俄军 are not listed: 中俄军事 and 俄乌军事 hold them; nor 国家安全部 and 应急管理部 bare (…部门).
        Case(text: "俄乌军事冲突持续，国家安全部门和应急管理部门加强值守。",
             absent: ["Armed Forces of Ukraine", "Ministry of State Security of China", "Ministry of Emergency Management of China"]),
        // 中国银行业 is China's banking industry, not the Bank of China.
        Case(text: "中国银行业协会发布报告。", absent: ["Bank of China"]),
        // 금융위기 ("financial crisis") holds no 금융위; "미 국방부" is the Pentagon, no Korean body.
        Case(text: "금융위기 이후 미 국방부는 예산을 줄였다.",
             absent: ["Financial Services Commission", "Ministry of National Defense of South Korea"], absentCountries: ["KR"]),
        // CCTV in English is a camera; حماس alone is "enthusiasm".
        Case(text: "CCTV footage showed the car leaving the scene.", absent: ["China Central Television"]),
        Case(text: "استقبل الجمهور اللاعبين بحماس كبير في الملعب.", absent: ["Hamas"]),
        // Vietnamese Quốc hội beside another state's name is that state's parliament.
        Case(text: "Quốc hội Mỹ đã thông qua dự luật ngân sách.", absent: ["National Assembly of Vietnam"]),
        // A surname alone beside another given name is someone else.
        Case(text: "Дмитрий Патрушев провёл совещание с аграриями.", absent: ["Nikolai Patrushev"]),
    ])
    func shortAndGenericFormsStayOut(_ c: Case) { Self.check(c) }
}
