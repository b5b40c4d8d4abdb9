@testable import NewsCore
import Testing

/// Foreign names written in Hangul as two words after a title or a position word, the second with its particle
/// (코치 요나스 베르크는), beside the same words before a common noun. Texts written for these tests; the names are
/// invented.
@Suite struct PersonKoreanForeignNameTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        // A position word, then a player's given and family names and a particle that agrees with the last syllable.
        ("야구", "구단은 외국인 타자 하비에르 멘데스와 재계약했다고 밝혔다.", "하비에르 멘데스"),
        // A title word (a coach) after a team's word, the particle 는 after a syllable with no final consonant.
        ("배드민턴", "스웨덴 대표팀 코치 요나스 베르크는 \"선수들이 잘 싸웠다\"고 평가했다.", "요나스 베르크"),
        // The particle of two syllables (에게).
        ("축구", "구단은 공격수 파비오 넬리스에게 새 계약을 제안했다.", "파비오 넬리스"),
    ])
    func foreignNameAfterATitle(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
    }

    @Test(arguments: [
        // A title word that is a common noun before a noun too (대표 브랜드 "flagship brand").
        ("유통", "회사는 이날 대표 브랜드 스토리를 새로 소개했다.", "브랜드 스토리"),
        // No syllable of transcription: Korean words after a title word.
        ("축구", "그는 감독 데뷔 시즌을 무난하게 마쳤다.", "데뷔 시즌"),
        // A particle that does not agree with the last syllable's final consonant (을 after a vowel: no particle).
        ("농구", "구단은 코치 마르코 비테을 영입했다.", "마르코 비테"),
    ])
    func noNameWhereTheShapeFails(title: String, body: String, notName: String) {
        let a = Self.analyse(title, body)
        #expect(!a.people.contains(notName), "\(a.people)")
    }

    @Test func aForeignNameAfterAPositionIsBothWordsNotTheFirstAlone() {
        let p = Self.analyse("야구", "구단은 외국인 투수 마르코 벨리니와 재계약했다.").people
        #expect(p == ["마르코 벨리니"], "\(p)")
    }

    @Test func aGivenNameEndingAsAParticleDoesIsLeft() {
        // (도 and 로 end foreign given names, 리카르도, and words with "too" or "by": 스타일도 전술을. Left unread.)
        let p = Self.analyse("축구", "팀은 감독 스타일도 전술을 바꿨다.").people
        #expect(p.isEmpty, "\(p)")
    }

    @Test func theCuesBeforeNounsAreTitlesOrPositionsOfTheData() {
        let context = NameContext.shared.words(for: "ko")
        let cues = Set((context.koreanTitles + context.koreanPositions).map { $0.joined() })
        #expect(context.koreanCuesBeforeNouns.count == 11)
        #expect(context.koreanCuesBeforeNouns.isSubset(of: cues), "\(context.koreanCuesBeforeNouns.subtracting(cues))")
    }
}
