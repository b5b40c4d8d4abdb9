@testable import NewsCore
import Testing

/// Foreign names in Hangul before a title Korean writes as one word (상원의원, 상무장관), with the particles of a family
/// name (밴, 폰 데어) or a parliament's chamber between the name and the title (상원). Texts written for these tests.
@Suite struct KoreanForeignNameBeforeTitleTests {
    @Test(arguments: [
        ("회담", "크리스 밴 홀런 상원의원은 3일 기자들에게 말했다.", "크리스 밴 홀런"),
        ("관세", "하워드 러트닉 미국 상무장관은 3일 관세를 언급했다.", "하워드 러트닉"),
        ("외교", "짐 리시 상원 외교위원장은 성명을 냈다.", "짐 리시"),
        ("EU", "우르줄라 폰 데어 라이엔 집행위원장은 회견에서 말했다.", "우르줄라 폰 데어 라이엔"),
    ])
    func aForeignNameBeforeItsTitle(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
    }

    /// A chamber of parliament between a name and its title is no name.
    @Test func aChamberIsNoName() {
        let a = EntityContextTests.analyse("외교", "짐 리시 상원 외교위원장은 성명을 냈다.")
        #expect(!a.people.contains("상원"), "\(a.people)")
    }
}
