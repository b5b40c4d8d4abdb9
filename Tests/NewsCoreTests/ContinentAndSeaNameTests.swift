@testable import NewsCore
import Testing

/// Places stand below a country's level: no continent ("in Europe"); and a sea's adjective that begins a body's name is
/// the name's ("the Pacific Tsunami Warning Center" is no mention of the ocean), as a city's is.
@Suite struct ContinentAndSeaNameTests {
    @Test func noContinents() {
        let a = EntityContextTests.analyse("Sales", "Sales in Europe and Africa rose, the company said in London.")
        #expect(a.places == ["London"], "\(a.places)")
    }

    @Test func aSeasAdjectiveInABodysName() {
        let a = EntityContextTests.analyse("Quake", "The Pacific Tsunami Warning Center said there was no threat to coasts.")
        #expect(!a.places.contains("Pacific Ocean"), "\(a.places)")
        let b = EntityContextTests.analyse("Quake", "A strong quake struck under the Pacific on Saturday.")
        #expect(b.places.contains("Pacific Ocean"), "\(b.places)")
    }
}
