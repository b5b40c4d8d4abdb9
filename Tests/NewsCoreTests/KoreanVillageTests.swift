@testable import NewsCore
import Testing

/// (ko) A village (리), a neighbourhood (동) and a pass (령) right after a place, and a direction's township of one syllable
/// (인제군 북면 용대리, 고성군 진부령); not a word that ends in those syllables (배터리, 활동).
@Suite struct KoreanVillageTests {
    @Test func villagesAndPasses() {
        let a = EntityContextTests.analyse(
            "폭설", "6일 오후 3시까지 고성군 진부령 52㎝, 인제군 북면 용대리 41㎝의 눈이 쌓였다. 고성군 토성면 도원리와 간성읍 흘리 주민은 고립됐다.")
        for p in ["진부령", "북면", "용대리", "도원리", "간성읍"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
    }

    @Test func wordsEndingSo() {
        let a = EntityContextTests.analyse("배터리", "회사는 울산 배터리 공장을 늘리고 부산 활동 계획을 밝혔다.")
        #expect(!a.places.contains("배터리") && !a.places.contains("활동"), "\(a.places)")
    }

    /// A county's own township by the county's name anywhere in the article (울릉군 ... 울릉읍), and the villages after it.
    @Test func aCountysOwnTownship() {
        let a = EntityContextTests.analyse("울릉", "울릉군에 따르면 울릉읍 도동리와 사동리 일대 숙박업소에 관광객이 있다.")
        for p in ["울릉읍", "도동리", "사동리"] { #expect(a.places.contains(p), "\(p): \(a.places)") }
    }
}

