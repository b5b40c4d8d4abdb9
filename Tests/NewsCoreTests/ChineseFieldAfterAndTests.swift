@testable import NewsCore
import Testing

/// (zh) A field of two characters after 和 inside a longer name is no body of its own (旅游局 of ...广电和旅游局); a body
/// after another body's name and 和 is (财政部和商务部).
@Suite struct ChineseFieldAfterAndTests {
    @Test func noTail() {
        let a = EntityContextTests.analyse("旅游", "阿勒泰地区文化体育广电和旅游局介绍，今年游客增长。")
        #expect(!a.organizations.contains("旅游局"), "\(a.organizations)")
    }

    @Test func twoBodies() {
        let a = EntityContextTests.analyse("通知", "财政部和商务部联合发布通知。")
        #expect(a.organizations.contains("商务部"), "\(a.organizations)")
    }
}
