import NewsCore
import Testing

/// Firms known by their name alone, which no head word marks (Japanese names in katakana, Korean banks and holdings,
/// an agency in a dateline's brackets), and a French chamber's name with two complements, from the tuning classes of
/// the seventeenth session; with look-alikes that must stay as they were. Texts written for these tests.
@Suite struct OrganizationNameOnlyTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        // IPADIC's organisations in katakana, as a whole run of katakana.
        Case(text: "【東京】カプコンは5日、新作ゲームの発売日を発表した。ミノルタとの提携も検討している。",
             organizations: ["カプコン", "ミノルタ"]),
        // Words, a verb's stem and a person's name that IPADIC lists elsewhere or that a particle shows are none.
        Case(text: "駅へのアクセスは良い。店員は「フレンドリーな店だった」と話した。利用者はアクセスしやすい。",
             absent: ["アクセス", "フレンドリー"]),
    ])
    func japaneseFirmsFromTheLexicon(_ c: Case) { Self.check(c) }

    /// A name in katakana before さん is a person's, though IPADIC lists a firm of that name.
    @Test func aNameBeforeSanIsNoFirm() {
        let a = OrganizationRecallTests.analyzer.analyze(Article(title: "", body: "ナガイさんは「いい店だった」と話した。", format: "text")).analysis
        #expect(!a.organizations.contains("ナガイ"), "\(a.organizations)")
    }

    @Test(arguments: [
        // A word for a kind of firm and の before a name in katakana, or の and a word for its shares after it.
        Case(text: "家電量販店のトリネクスは新店舗を開く。同業のハルモアとの競争が激しい。ベルダインの株価が下落した。",
             organizations: ["トリネクス", "ハルモア", "ベルダイン"]),
        // Not a common noun after the kind's word, nor a run glued to a kanji (part of a longer word).
        Case(text: "半導体メーカーのエンジニアが来日した。自動車メーカーのモーター工場が完成した。",
             absent: ["エンジニア", "モーター"]),
    ])
    func japaneseFirmsByTheirContext(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // 뱅크 and 홀딩스 end a firm's name.
        Case(text: "한빛뱅크와 미래로홀딩스는 4일 업무 협약을 맺었다고 밝혔다.", organizations: ["한빛뱅크", "미래로홀딩스"]),
        // Alone they name none.
        Case(text: "회사는 홀딩스 체제로 전환한다고 밝혔다.", absent: ["홀딩스"]),
    ])
    func koreanBanksAndHoldings(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // "et d'" and "et de l'" join a second complement in lower case, and the place after it.
        Case(text: "La Chambre de commerce et d'industrie de Grenoble a publié jeudi son enquête de conjoncture.",
             organizations: ["Chambre de commerce et d'industrie de Grenoble"]),
        Case(text: "Selon la Chambre de métiers et de l'artisanat, les carnets de commandes se vident.",
             organizations: ["Chambre de métiers et de l'artisanat"]),
        // "et des" begins a phrase of its own; right after a head "et d'" joins nothing.
        Case(text: "Le Tribunal de commerce et des élus locaux ont examiné le dossier. L'Institut et d'autres organismes ont réagi.",
             organizations: ["Tribunal de commerce"], absent: ["Tribunal de commerce et des élus", "Institut et d'autres organismes"]),
    ])
    func frenchComplementsAfterAnd(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // An agency in brackets after a dateline's place, before a dash.
        Case(text: "الدوحة (رويترز) - قالت الحكومة يوم الأحد إنها ستخفض أسعار الوقود.", organizations: ["Reuters"]),
        Case(text: "ORLÉANS (Agence Ligérienne) - Les agriculteurs ont manifesté jeudi devant la préfecture.",
             organizations: ["Agence Ligérienne"]),
        // Not a date in brackets, nor brackets with no dash after them.
        Case(text: "ORLÉANS (4 déc) - Les agriculteurs ont manifesté jeudi devant la préfecture.", absent: ["4 déc"]),
        Case(text: "Le maire (divers droite) a démissionné jeudi, a annoncé la préfecture.", absent: ["divers droite"]),
    ])
    func agenciesInADateline(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // An apposition after "the", a word between it and the firm's noun.
        Case(text: "Shares in Kerrowan, the third-largest miner in the region, fell on Tuesday.", organizations: ["Kerrowan"]),
        // Not "the company said", not "the Bank said", not a country's producer, not a sentence's first "The".
        Case(text: "Output rose at Tallowby, the company said. Reserves fell to 3 billion (Norvia), the Bank said.",
             absent: ["Tallowby", "Norvia"]),
        Case(text: "Prices rose in Ostravia, the world's largest cobalt producer, on Monday.", absent: ["Ostravia"]),
    ])
    func englishAppositionsAfterThe(_ c: Case) { Self.check(c) }
}
