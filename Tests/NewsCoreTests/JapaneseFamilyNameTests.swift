@testable import NewsCore
import Testing

/// (ja) A family name, a body's suffix of one character and a given name's before a title are a person's (浜田省司知事 is
/// the governor, no ministry 浜田省); family names in their variant kanji (斉藤 of 斎藤) ask for a department's title.
@Suite struct JapaneseFamilyNameTests {
    @Test func aSuffixInsideAName() {
        let a = EntityContextTests.analyse("予土線", "愛媛県の浜田省司知事は存続を求めた。外務省の担当者も出席した。")
        #expect(a.people == ["浜田省司"], "\(a.people)")
        #expect(!a.organizations.contains("浜田省"), "\(a.organizations)")
        #expect(a.organizations.count == 1, "\(a.organizations)")
    }

    @Test func aVariantKanji() {
        #expect(NameShapes.shared.japaneseFamily.contains("斉藤") && NameShapes.shared.japaneseFamily.contains("渡邊"))
        let a = EntityContextTests.analyse("人事", "仙台市の斉藤健一課長が説明した。")
        #expect(a.people == ["斉藤健一"], "\(a.people)")
    }
}
