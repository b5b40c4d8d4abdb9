import NewsCore
import Testing

/// The thirty-fourth session's public bodies, media and social partners (lexicon.tsv, the section headed "known35"):
/// regional governments, national agencies in their own scripts, news media as their own and foreign press name them,
/// unions and employers' federations, Red Cross and Red Crescent societies; and the words and look-alikes that must
/// not be read as one. Texts written for these tests.
@Suite struct KnownBodiesTests {
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
        for o in c.absent { #expect(!a.organizations.contains(o), "\(o) not in \(a.organizations)") }
    }

    @Test(arguments: [
        Case(text: "La Junta de Andalucía y la Xunta de Galicia pidieron más fondos al Gobierno.",
             organizations: ["Junta de Andalucía", "Xunta de Galicia"]),
        Case(text: "La Generalitat de Catalunya anunció nuevas medidas contra la sequía.",
             organizations: ["Generalitat de Catalunya"]),
        Case(text: "La Regione Toscana ha stanziato nuovi fondi per gli ospedali.", organizations: ["Regione Toscana"]),
        Case(text: "The Welsh Government and the Scottish Government both criticised the plan.",
             organizations: ["Welsh Government", "Scottish Government"]),
        Case(text: "Die bayerische Staatsregierung lehnte den Vorschlag ab.", organizations: ["Bavarian State Government"]),
        Case(text: "Công an tỉnh Nghệ An đã khởi tố vụ án, TAND tỉnh Nghệ An sẽ xét xử.",
             organizations: ["Công an tỉnh Nghệ An", "TAND tỉnh Nghệ An"]),
        Case(text: "UBND tỉnh Quảng Ninh đã chỉ đạo các sở ngành khắc phục hậu quả bão.",
             organizations: ["UBND tỉnh Quảng Ninh"]),
        Case(text: "Confindustria Lombardia e la Cgil Toscana hanno firmato con la Filctem-Cgil.",
             organizations: ["Confindustria Lombardia", "Cgil Toscana", "Filctem-Cgil"]),
    ])
    func regionalGovernments(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "内閣府が発表した月例経済報告によると、景気は緩やかに回復している。", organizations: ["Cabinet Office (Japan)"]),
        Case(text: "감사원은 국토교통부에 대한 감사 결과를 발표했다.",
             organizations: ["Board of Audit of Korea", "국토교통부"]),
        Case(text: "国务院新闻办公室今天举行新闻发布会。", organizations: ["State Council Information Office"]),
        Case(text: "Росавиация ограничила полёты в аэропортах юга России.", organizations: ["Rosaviatsiya"]),
        Case(text: "Secondo l'INGV la scossa è stata avvertita in tutta la provincia; sul posto i Vigili del fuoco.",
             organizations: ["INGV", "Vigili del fuoco"]),
        Case(text: "Le CNES a confirmé le lancement du satellite depuis Kourou.", organizations: ["CNES"]),
        Case(text: "O Tribunal Superior Eleitoral e a Receita Federal assinaram um acordo.",
             organizations: ["Tribunal Superior Eleitoral", "Receita Federal"]),
    ])
    func nationalAgencies(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "ذكرت وكالة رويترز أن المحادثات ستستأنف الأسبوع المقبل.", organizations: ["Reuters"]),
        Case(text: "据路透社报道，谈判将于下周恢复。", organizations: ["Reuters"]),
        Case(text: "ロイター通信によると、交渉は来週再開される。", organizations: ["Reuters"]),
        Case(text: "로이터통신은 협상이 다음 주 재개된다고 보도했다.", organizations: ["Reuters"]),
        Case(text: "وقالت قناة العربية إن الوفد وصل إلى القاهرة.", organizations: ["Al Arabiya"]),
        Case(text: "Segundo o g1, a TV Globo vai transmitir o jogo.", organizations: ["G1", "TV Globo"]),
        Case(text: "Theo báo Tuổi Trẻ, hàng nghìn người đã sơ tán.", organizations: ["Tuổi Trẻ"]),
        Case(text: "Как сообщает Би-би-си, переговоры зашли в тупик.", organizations: ["BBC"]),
        Case(text: "According to Kyodo News, the talks will resume next week.", organizations: ["Kyodo News"]),
    ])
    func mediaInTheirScripts(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "La CGT, la CFDT et Force ouvrière appellent à la grève jeudi.",
             organizations: ["CGT", "CFDT", "Force ouvrière"]),
        Case(text: "Cgil, Cisl e Uil hanno incontrato Confindustria e Coldiretti.",
             organizations: ["CGIL", "CISL", "UIL", "Confindustria", "Coldiretti"]),
        Case(text: "CCOO y UGT convocaron movilizaciones frente a la CEOE.", organizations: ["CCOO", "UGT", "CEOE"]),
        Case(text: "민주노총과 한국노총은 공동 성명을 냈다.", organizations: ["KCTU", "FKTU"]),
        Case(text: "Talks with Unite and Unison failed, while the GMB is balloting.",
             organizations: ["Unite the Union", "Unison", "GMB"]),
        Case(text: "البنك المركزي يعلن، والهلال الأحمر الفلسطيني يقول إن سيارات الإسعاف لم تصل.",
             organizations: ["Palestine Red Crescent Society"]),
        Case(text: "Die IG BCE und der BDI warnten vor hohen Energiepreisen.", organizations: ["IG BCE", "BDI"]),
    ])
    func unionsAndAid(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // Common words and look-alikes.
        Case(text: "Leaders must unite behind the plan, the crowd sang in unison.", absent: ["Unite the Union", "Unison"]),
        Case(text: "CCTV footage showed the car leaving the street.", absent: ["China Central Television"]),
        Case(text: "空自体が青く見えた。毎日赤字が続いている。", absent: ["Japan Self-Defense Forces", "Japanese Red Cross Society"]),
        Case(text: "الاقتصاد المصري اليوم يواجه تحديات، وأعلنت روسيا اليوم عن عقوبات جديدة.",
             absent: ["Al-Masry Al-Youm", "RT"]),
        Case(text: "这条思路透露出新的想法，人行道上的人很多。", absent: ["Reuters", "People's Bank of China"]),
        Case(text: "산업부문 투자가 늘었고 매경기 관중이 많았다.",
             absent: ["Ministry of Trade, Industry and Energy", "Maeil Business Newspaper"]),
        Case(text: "La folha de pagamento cresceu, e o público aplaudiu.", absent: ["Folha de S.Paulo", "Público"]),
        Case(text: "美国交通运输部和越南公安部发表声明。",
             absent: ["Ministry of Transport (China)", "Ministry of Public Security of China"]),
        Case(text: "Tuổi trẻ là thời gian đẹp nhất, thanh niên cần học tập.", absent: ["Tuổi Trẻ", "Thanh Niên"]),
    ])
    func lookAlikes(_ c: Case) { Self.check(c) }
}
