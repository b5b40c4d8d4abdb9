@testable import NewsCore
import Testing

/// (ko) A sea's or a region's name of two syllables glued after another syllable ends a word: 이동해 ("moving") holds no
/// East Sea (동해). The name alone, or with a word of place glued after it (동해상), is the sea. Texts written for these tests.
@Suite struct HangulSeaInWordTests {
    @Test func notInsideAWord() {
        let a = EntityContextTests.analyse("회담", "조 장관은 6일 오사카로 이동해 간담회를 가질 예정이다.")
        #expect(!a.places.contains("Sea of Japan"), "\(a.places)")
    }

    @Test(arguments: ["장관은 동해 상공에서 훈련을 했다.", "북한은 동해상으로 미사일을 발사했다."])
    func theSeaItself(body: String) {
        #expect(EntityContextTests.analyse("훈련", body).places.contains("Sea of Japan"))
    }
}
