@testable import NewsCore
import Testing

/// (ko) A verb's ending that joins clauses or makes it an adjective is no part of the name after it (외교부에 따르면 모테기
/// 외무상은, 열렸으며 이용배 사장과). Texts written for these tests.
@Suite struct KoreanClauseEndingTests {
    @Test func noVerbBeforeAName() {
        let people = EntityContextTests.analyse("외교", "외교부에 따르면 모테기 외무상은 내년 초 서울을 방문하는 방안을 검토하고 있다.").people
        #expect(people == ["모테기"], "\(people)")
    }
}
