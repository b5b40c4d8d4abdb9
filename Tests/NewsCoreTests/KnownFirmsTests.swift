import NewsCore
import Testing

/// The thirty-third session's well-known firms (lexicon.tsv, the section headed "known34"): firms named in the
/// scripts of the press that writes them, private and foreign-listed ones, and the words, places and names that look
/// like a firm's and must not be read as one. Texts written for these tests.
@Suite struct KnownFirmsTests {
    static let analyzer = Analyzer()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var absent: [String] = []
        var places: [String] = []
        var testDescription: String { text }
    }

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for o in c.absent { #expect(!a.organizations.contains(o), "\(o) not in \(a.organizations)") }
        for p in c.places { #expect(a.places.contains(p), "\(p) in \(a.places)") }
    }

    @Test(arguments: [
        Case(text: "엔비디아는 새 인공지능 칩을 공개했다.", organizations: ["Nvidia"]),
        Case(text: "英伟达周二发布了新一代芯片。", organizations: ["Nvidia"]),
        Case(text: "エヌビディアの株価が大きく上昇した。", organizations: ["Nvidia"]),
        Case(text: "Акции компании Нвидиа выросли на пять процентов.", organizations: ["Nvidia"]),
        Case(text: "ارتفعت أسهم إنفيديا بنسبة خمسة في المئة يوم الثلاثاء.", organizations: ["Nvidia"]),
        Case(text: "小米手机的销量在第三季度增长了。", organizations: ["Xiaomi"]),
        Case(text: "셀트리온과 이마트가 3분기 실적을 발표했다.", organizations: ["Celltrion", "E-Mart"]),
        Case(text: "ローソンとくら寿司が相次いで値上げを発表した。", organizations: ["Lawson", "Kura Sushi"]),
        Case(text: "وقعت توتال إنرجيز اتفاقا مع الحكومة لتطوير الحقل.", organizations: ["TotalEnergies"]),
        Case(text: "Северсталь и Альфа-Банк подписали соглашение о кредите.", organizations: ["Severstal", "Alfa-Bank"]),
        Case(text: "招商证券发布了最新的研究报告。", organizations: ["China Merchants Securities"]),
        Case(text: "三菱UFJ銀行は預金金利を引き上げると発表した。", organizations: ["MUFG"]),
        Case(text: "Microsoft and Google said so; in Seoul 마이크로소프트 and 구글 were quoted too.",
             organizations: ["Microsoft", "Google"]),
    ])
    func firmsInTheirScripts(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "Shoppers switched to Lidl and Aldi last year, while Rewe and Edeka lost customers.",
             organizations: ["Lidl", "Aldi", "Rewe", "Edeka"]),
        Case(text: "The accounts were audited by Deloitte, and PwC, KPMG and EY also bid for the work.",
             organizations: ["Deloitte", "PwC", "KPMG", "EY"]),
        Case(text: "The buyers were advised by Clifford Chance on the takeover.", organizations: ["Clifford Chance"]),
        Case(text: "Sales of cold remedies at Boots rose in December, its owner Walgreens said.",
             organizations: ["Boots", "Walgreens"]),
        Case(text: "Passengers of Iberia, Vueling and Air Europa faced long delays in Madrid.",
             organizations: ["Iberia", "Vueling", "Air Europa"]),
        Case(text: "A mineradora Vale e a Suzano anunciaram novos investimentos no Pará.", organizations: ["Vale", "Suzano"]),
        Case(text: "Shares in Teck rose after the offer was made public.", organizations: ["Teck Resources"]),
        Case(text: "Le gestionnaire du réseau, Enedis, et la banque publique Bpifrance ont signé un accord.",
             organizations: ["Enedis", "Bpifrance"]),
        Case(text: "Stellantis, which owns Peugeot, said it would cut output in Italy.", organizations: ["Stellantis", "Peugeot"]),
        Case(text: "El Santander ganó un 12% más en el primer semestre.", organizations: ["Banco Santander"]),
        Case(text: "Ticketmaster was fined over its refunds, and Sobeys raised its dividend.",
             organizations: ["Ticketmaster", "Sobeys"]),
        Case(text: "أعلن بيت التمويل الكويتي عن ارتفاع أرباحه الفصلية.", organizations: ["Kuwait Finance House"]),
        Case(text: "قالت مجموعة طلعت مصطفى إن مبيعاتها ارتفعت هذا العام.", organizations: ["Talaat Moustafa Group"]),
    ])
    func privateAndForeignListedFirms(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "He bought new walking boots for the hike in the hills.", absent: ["Boots"]),
        Case(text: "Vale a pena esperar pela decisão do tribunal, disse o advogado.", absent: ["Vale"]),
        Case(text: "Boats carried supplies up the Amazon river for days.", absent: ["Amazon"]),
        Case(text: "他早餐喝了一碗小米粥，然后去上班。", absent: ["Xiaomi"]),
        // A firm's name beside a word of its context leaves the town of the name a place.
        Case(text: "Moradores de Suzano protestaram contra o aumento da tarifa.", absent: ["Suzano"], places: ["Suzano"]),
        Case(text: "El alcalde de Santander inauguró el nuevo puerto deportivo.", absent: ["Banco Santander"],
             places: ["Santander"]),
        Case(text: "Харрисон Форд снялся в новом фильме.", absent: ["Ford Motor"]),
        Case(text: "Магнит притягивает железные опилки.", absent: ["Magnit"]),
        Case(text: "Meta cumplida, dijo el ministro al presentar las cifras.", absent: ["Meta"]),
        Case(text: "قال المسؤول إن إعادة إعمار غزة ستستغرق سنوات.", absent: ["Emaar Properties"]),
        Case(text: "表达能力和努力拓展市场同样重要。", absent: ["Danone", "Rio Tinto"]),
    ])
    func lookAlikes(_ c: Case) { Self.check(c) }
}
