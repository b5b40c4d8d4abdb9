@testable import NewsCore
import Testing

/// (ko) A body's name between a person's name and the title: a union's, a corporation's (최명호 철도노조 위원장은) or an
/// acronym in capitals (송상근 BPA 사장은): the name is the word before it.
@Suite struct KoreanNameBeforeBodyTests {
    @Test func aBodyBetween() {
        let a = EntityContextTests.analyse("파업", "최명호 철도노조 위원장은 출정식에서 말했다.")
        #expect(a.people == ["최명호"], "\(a.people)")
    }

    @Test func anAcronymBetween() {
        let a = EntityContextTests.analyse("항만", "송상근 BPA 사장은 \"인센티브를 확대하겠다\"고 말했다.")
        #expect(a.people == ["송상근"], "\(a.people)")
        #expect(PersonFinder.koreanBodyEndings.contains("노조"))
    }
}
