@testable import NewsCore
import Testing

/// Rivers and lakes of Korea, Japan, China and Vietnam by their names in their own script (낙동강, 四万十川, 鄱阳湖, sông Hậu).
@Suite struct AsianRiverTests {
    @Test(arguments: [
        ("제련소가 카드뮴이 섞인 지하수를 낙동강으로 유출했다.", "Nakdong River"),
        ("高知県の四万十川で増水が続いている。", "Shimanto River"),
        ("今年鄱阳湖水位持续下降。", "Poyang Lake"),
        ("Sạt lở bờ sông Hậu ở Cần Thơ.", "Bassac River"),
    ])
    func riversAndLakes(_ c: (String, String)) {
        let a = EntityContextTests.analyse("Tin", c.0)
        #expect(a.places.contains(c.1), "\(a.places)")
    }
}
