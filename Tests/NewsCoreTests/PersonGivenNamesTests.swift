@testable import NewsCore
import Testing

/// Names of four words that begin with two given names, and given names from Faker's lists (name-shapes.tsv G).
/// Texts written for these tests; the names are invented.
@Suite struct PersonGivenNamesTests {
    static func people(_ title: String, _ body: String) -> [String] { EntityContextTests.analyse(title, body).people }

    @Test(arguments: [
        // (es, pt) Two given names and two family names, with nothing around them that says whose.
        ("Contratos", "La investigación apunta también a Rubén Eduardo Salcedo Mejía por los pagos a la firma.",
         "Rubén Eduardo Salcedo Mejía"),
        ("Contratos", "A investigação aponta também para Paulo Ricardo Ramalho dos Anjos pelos pagamentos à empresa.",
         "Paulo Ricardo Ramalho dos Anjos"),
    ])
    func fourWordsAfterTwoGivenNames(title: String, body: String, name: String) {
        let p = Self.people(title, body)
        #expect(p.contains(name), "\(p)")
    }

    @Test func fourCapitalisedWordsWithoutASecondGivenNameAreNoName() {
        let p = Self.people("Obras", "Los vecinos de Pedro Castellanos Ribera Baja esperan la obra desde hace años.")
        #expect(!p.contains("Pedro Castellanos Ribera Baja"), "\(p)")
    }

    @Test func fakersGivenNamesJoinTheListButNoWordsNorExcludedOnes() {
        let shapes = NameShapes.shared
        for name in ["mattia", "jairo", "rigoberto", "yeison"] {
            #expect(shapes.given.contains(name), "\(name)")
        }
        for word in ["christian", "victoria", "america", "luna", "che", "thi"] {
            #expect(!shapes.given.contains(word), "\(word)")
        }
    }
}
