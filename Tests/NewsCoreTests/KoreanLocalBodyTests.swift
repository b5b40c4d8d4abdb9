@testable import NewsCore
import Testing

/// (ko) A national body's name glued after a town's or a province's is that body's local office (전남경찰청 is no Korean
/// National Police Agency), and a fire or police station glued to its town's name is a body (여수소방서).
@Suite struct KoreanLocalBodyTests {
    @Test func aLocalOffice() {
        let a = EntityContextTests.analyse("화재", "전남경찰청은 5일 화재 원인을 조사하고 있다고 밝혔다.")
        #expect(a.organizations == ["전남경찰청"], "\(a.organizations)")
        let b = EntityContextTests.analyse("화재", "경찰청은 5일 수사에 착수했다.")
        #expect(b.organizations == ["Korean National Police Agency"], "\(b.organizations)")
    }

    @Test func aStation() {
        let a = EntityContextTests.analyse("화재", "여수소방서는 인명 피해가 없다고 밝혔다. 인근 소방서에서도 출동했다.")
        #expect(a.organizations == ["여수소방서"], "\(a.organizations)")
    }
}
