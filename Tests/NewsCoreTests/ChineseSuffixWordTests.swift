@testable import NewsCore
import Testing

/// (zh) Words that end in a body's suffix and name none: 部署 ("to deploy"), 大部 ("most"), 万余部 (a classifier), a
/// match's sets (后三局).
@Suite struct ChineseSuffixWordTests {
    @Test func noBodies() {
        let a = EntityContextTests.analyse(
            "寒潮", "应急管理部部署做好寒潮防范工作。本周北方大部地区气温下降。警方查获手机万余部。天津队在后三局连续失误。")
        #expect(a.organizations.allSatisfy { !$0.hasSuffix("部署") && !$0.hasSuffix("大部") && !$0.hasSuffix("余部") && !$0.hasSuffix("三局") },
                "\(a.organizations)")
        #expect(a.organizations.contains("应急管理部"), "\(a.organizations)")
    }
}
