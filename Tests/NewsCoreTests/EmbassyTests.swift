@testable import NewsCore
import Testing

/// A state's embassy or consulate by the words each language names one with: 中国驻泰国大使馆, 在タイ日本大使館, 주태국
/// 한국대사관, Đại sứ quán Việt Nam. Texts written for these tests.
@Suite struct EmbassyTests {
    @Test func chinese() {
        let orgs = EntityContextTests.analyse("提醒", "中国驻泰国大使馆提醒中国公民注意安全。").organizations
        #expect(orgs.contains("中国驻泰国大使馆"), "\(orgs)")
    }

    @Test func japanese() {
        let orgs = EntityContextTests.analyse("注意", "在タイ日本大使館は注意を呼びかけた。駐日米国大使館も声明を出した。").organizations
        #expect(orgs.contains("在タイ日本大使館"), "\(orgs)")
        #expect(orgs.contains("駐日米国大使館"), "\(orgs)")
    }

    @Test func korean() {
        let orgs = EntityContextTests.analyse("당부", "주태국 한국대사관은 교민들에게 주의를 당부했다. 대사관 직원이 말했다.").organizations
        #expect(orgs == ["한국대사관"], "\(orgs)")
    }

    @Test func vietnamese() {
        let orgs = EntityContextTests.analyse("Trao trả", "Đại sứ quán Việt Nam tại Indonesia cho biết 23 ngư dân đã được trao trả.").organizations
        #expect(orgs.contains("Đại sứ quán Việt Nam"), "\(orgs)")
    }
}
