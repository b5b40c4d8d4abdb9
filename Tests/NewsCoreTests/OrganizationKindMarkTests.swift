@testable import NewsCore
import Testing

/// Organisations marked by their kind in Russian, Japanese, Chinese, Korean and Arabic: a name in quotes after a legal
/// form or a kind word, a region's body in the genitive, kanji and katakana side by side before a suffix, a body's suffix
/// after its place, a club's letters and a legal form in brackets; and the look-alikes these rules must leave alone.
/// Texts written for these tests; the firms, bodies and people are invented.
@Suite struct OrganizationKindMarkTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test func aRussianNameInQuotesAfterALegalFormRunsToTheClosingQuote() {
        let a = Self.analyse("Сделка одобрена",
            "Совет директоров ПАО «Северная медь» одобрил покупку ООО «Завод Вектор-3» у группы частных инвесторов. Сумму сделки компания не раскрывает, сообщил директор МУП «Мурманский водоканал» в Мурманске.")
        #expect(a.organizations.contains("Северная медь"), "\(a.organizations)")
        #expect(a.organizations.contains("Завод Вектор-3"), "\(a.organizations)")
        #expect(a.organizations.contains("Мурманский водоканал"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0 == "ПАО" || $0 == "ООО" || $0.hasPrefix("Совет директоров") }, "\(a.organizations)")
    }

    @Test func aRussianKindWordBeforeQuotesNamesALowerCaseWordToo() {
        let a = Self.analyse("Спонсор клуба",
            "Спонсором хоккейного клуба «Полярные волки» стала компания «Беломорский краб», сообщил директор команды Павел Гущин в Архангельске.")
        #expect(a.organizations.contains("Полярные волки"), "\(a.organizations)")
        #expect(a.organizations.contains("Беломорский краб"), "\(a.organizations)")
    }

    @Test func aRussianRegionsBodyTakesTheRegionsNounAndMayBeginInLowerCase() {
        let a = Self.analyse("Проверка",
            "Проверку начало министерство природных ресурсов Тверской области. Ранее Министерство культуры Курской области закрыло музей, а администрация города Твери обещала помочь.")
        #expect(a.organizations.contains("министерство природных ресурсов Тверской области"), "\(a.organizations)")
        #expect(a.organizations.contains("Министерство культуры Курской области"), "\(a.organizations)")
        #expect(a.organizations.contains("администрация города Твери"), "\(a.organizations)")
    }

    @Test func aRussianLowerCaseHeadWithoutARegionIsNoName() {
        let a = Self.analyse("Реформа", "Министр сказал, что министерство финансов России подготовит закон, а управление Иванова уволено.")
        #expect(!a.organizations.contains { $0.hasPrefix("министерство") || $0.hasPrefix("управление") }, "\(a.organizations)")
    }

    @Test func aRussianBodysNounTakesNounsInTheGenitivePluralAfterIt() {
        let a = Self.analyse("Съезд", "Вчера Уральский союз фермеров и садоводов провёл съезд в Екатеринбурге.")
        #expect(a.organizations.contains("Уральский союз фермеров и садоводов"), "\(a.organizations)")
    }

    @Test func aJapaneseNameOfKanjiAndKatakanaBeforeASuffixIsReadWhole() {
        let a = Self.analyse("買収", "部品メーカーの信濃ギア工業は3日、同業を買収すると発表した。取引銀行は常盤信用金庫で、運営する南海フードサービス株式会社の株式も売却する。")
        #expect(a.organizations.contains("信濃ギア工業"), "\(a.organizations)")
        #expect(a.organizations.contains("常盤信用金庫"), "\(a.organizations)")
        #expect(a.organizations.contains("南海フードサービス株式会社"), "\(a.organizations)")
        #expect(!a.organizations.contains("ギア工業"), "\(a.organizations)")
        let b = Self.analyse("調査", "同社は特別委員会を設け、不正の経緯を調べる。元府議会議員の田村氏も出席し、静岡県議会は声明を出した。")
        #expect(!b.organizations.contains("特別委員会"), "\(b.organizations)")
        #expect(!b.organizations.contains("元府議会"), "\(b.organizations)")
        #expect(b.organizations.contains("静岡県議会"), "\(b.organizations)")
    }

    @Test func aJapaneseKindWordBeforeAKatakanaFirmIsNoPartOfIt() {
        let a = Self.analyse("提携", "米新興企業タキオン工業と自動車大手ミドリ自動車が提携した。")
        #expect(!a.organizations.contains { $0.hasPrefix("新興企業") || $0.hasPrefix("大手") || $0.hasPrefix("米") }, "\(a.organizations)")
    }

    @Test func japaneseCapitalsBeforeARegionsKanjiNameARailway() {
        let a = Self.analyse("運休", "台風の影響で、JR九州は5日、在来線の一部を運休した。")
        #expect(a.organizations.contains { $0 == "JR九州" || $0 == "Kyushu Railway" }, "\(a.organizations)")
    }

    @Test func aChineseBodyEndsInItsSuffixAfterItsPlace() {
        let a = Self.analyse("案件审理", "新华社杭州电 浙江省人民检察院对此案提起公诉，杭州市人民医院的医生出庭作证。各职业俱乐部均表示关注。")
        #expect(a.organizations.contains("浙江省人民检察院"), "\(a.organizations)")
        #expect(a.organizations.contains("杭州市人民医院"), "\(a.organizations)")
        #expect(!a.organizations.contains { $0.contains("业俱乐部") }, "\(a.organizations)")
        let c = Self.analyse("伤者送医", "伤者已被送往杭州市人民医院救治。")
        #expect(c.organizations.contains("杭州市人民医院"), "\(c.organizations)")
        #expect(!c.organizations.contains { $0.hasPrefix("送往") }, "\(c.organizations)")
        let b = Self.analyse("转会", "上海东湖足球俱乐部昨天宣布与他签约，中国足球协会已批准转会。")
        #expect(b.organizations.contains("上海东湖足球俱乐部"), "\(b.organizations)")
        #expect(b.organizations.contains { $0 == "中国足球协会" || $0.contains("Football Association") }, "\(b.organizations)")
    }

    @Test func aChineseFirmsNameEndsAtItsOwnSuffixBeforeAVerb() {
        let a = Self.analyse("收购", "广州市鸿达纺织集团收购宁波海星港务公司的计划已获批准。")
        #expect(!a.organizations.contains { $0.contains("收购") }, "\(a.organizations)")
    }

    @Test func aKoreanClubsLettersAndALegalFormInBracketsMarkTheName() {
        let a = Self.analyse("구단 매각", "푸른솔FC의 새 구단주로 (주)태백케미칼이 선정됐다. 원주시의회는 매각 조건을 검토하기로 했다.")
        #expect(a.organizations.contains("푸른솔FC"), "\(a.organizations)")
        #expect(a.organizations.contains("태백케미칼"), "\(a.organizations)")
        #expect(a.organizations.contains("원주시의회"), "\(a.organizations)")
        let b = Self.analyse("위원회", "원주시의회는 특별위원회를 구성해 매각 조건을 검토하기로 했다.")
        #expect(!b.organizations.contains("특별위원회"), "\(b.organizations)")
    }

    @Test func aKoreanFirmsNameFoundByContextMayBeginWithAPlacesName() {
        let a = Self.analyse("구단 인수", "지역 기업 강릉에너지가 구단을 인수한다. 강릉에너지는 3년간 100억원을 투자할 계획이다.")
        #expect(a.organizations.contains("강릉에너지"), "\(a.organizations)")
    }

    @Test func aKoreanDivisionIsNoBody() {
        let a = Self.analyse("압수수색", "서울중앙지검 반부패수사부는 5일 회사의 메모리사업부 사무실을 압수수색했다. 국방부는 입장을 밝히지 않았다.")
        #expect(!a.organizations.contains { $0.hasSuffix("수사부") || $0.hasSuffix("사업부") }, "\(a.organizations)")
        #expect(a.organizations.contains { $0 == "국방부" || $0.contains("Defense") || $0.contains("Defence") }, "\(a.organizations)")
    }

    @Test func anArabicBoardAndARankAreNoNames() {
        let a = Self.analyse("نتائج", "وقال رئيس مجلس إدارة الشركة إن الفريق يحتل المركز الثالث في الدوري بعد فوزه على نادي الرمال.")
        #expect(!a.organizations.contains { $0.hasPrefix("مجلس إدارة") || $0.hasPrefix("المركز") }, "\(a.organizations)")
    }
}
