@testable import NewsCore
import Testing

/// (ko) A country's armed service, the country's name and the service's word one space on (페루 해군, 미국 공군); (ja) the
/// agency's credit at a body's end (【共同】). Texts written for these tests.
@Suite struct ArmedServicesAndClosingCreditTests {
    @Test func aCountrysServiceIsABody() {
        let a = EntityContextTests.analyse("호위함", "HD현대중공업은 페루 해군에 인도할 호위함의 강재 절단식을 열었다. 미국 공군 관계자도 참석했다.")
        #expect(a.organizations.contains("페루 해군") && a.organizations.contains("미국 공군"), "\(a.organizations)")
        #expect(a.countries.contains("PE"), "\(a.countries)")
    }

    @Test func aCountryBeforeAnotherWordIsNoService() {
        let a = EntityContextTests.analyse("수출", "페루 해안에서 잡힌 오징어가 한국으로 수출됐다고 업계가 밝혔다.")
        #expect(!a.organizations.contains { $0.hasPrefix("페루") }, "\(a.organizations)")
    }

    @Test func aJapaneseCreditAtTheEndNamesTheAgency() {
        let a = EntityContextTests.analyse("交通事故", "アマミノクロウサギの交通事故が今年、奄美大島と徳之島で計152件確認され、過去最多になった。【共同】")
        #expect(a.organizations.contains("共同"), "\(a.organizations)")
    }
}
