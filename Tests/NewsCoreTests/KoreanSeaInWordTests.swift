@testable import NewsCore
import Testing

/// (ko) A sea's name glued to a syllable that begins no particle is part of a word or a name (동해에너지, 서해케미칼);
/// before a particle or 상 it is the sea (동해상으로).
@Suite struct KoreanSeaInWordTests {
    @Test func aFirmsName() {
        let a = EntityContextTests.analyse("구단", "지역 기업 동해에너지가 새 구단주로 선정됐다.")
        #expect(a.places.isEmpty, "\(a.places)")
    }

    @Test func theSea() {
        let a = EntityContextTests.analyse("북한", "북한이 동해상으로 탄도미사일을 발사했다.")
        #expect(a.places.contains("Sea of Japan"), "\(a.places)")
    }
}
