import NewsCore
import Testing

/// Japanese firms named in kanji alone (IPADIC's organisations, organizations-ja.tsv K): a whole run of kanji that is
/// one of them; a longer run, or one glued to katakana, is another word. Texts written for these tests.
@Suite struct JapaneseKanjiFirmTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        Case(text: "昨年の冬、関西電力は家庭向けの料金を引き上げると発表した。", organizations: ["関西電力"]),
        Case(text: "新しいゲーム機について、任天堂が説明会を開いた。", organizations: ["Nintendo"]),
    ])
    func wholeRuns(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A run longer than the name: the area the utility serves.
        Case(text: "関西電力管内では昨夜、広い範囲で停電があった。", absent: ["関西電力"]),
        // Glued to katakana: part of a longer name.
        Case(text: "関西電力グループの社員が集まった。", absent: ["関西電力"]),
    ])
    func partsOfLongerWords(_ c: Case) { Self.check(c) }
}
