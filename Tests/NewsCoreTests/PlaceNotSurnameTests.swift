@testable import NewsCore
import Testing

/// A place that is also a surname is a person's only beside a name's word in one clause: not at a sentence's start after
/// the last sentence's place ("... southern Quebec. Ontario Premier Doug Ford said"), not before a title ("Ontario
/// Premier"), not as a compound's second part ("Hydro-Québec"). (en) A city on either side of "v" is a fixture's club.
@Suite struct PlaceNotSurnameTests {
    @Test func aSentencesFirstWordAfterAPlace() {
        let a = EntityContextTests.analyse(
            "Storm", "OTTAWA - A storm hit eastern Ontario and southern Quebec. Ontario Premier Doug Ford said crews were ready.")
        #expect(a.places.contains("Ontario"), "\(a.places)")
        #expect(a.countries == ["CA"], "\(a.countries)")
    }

    @Test func aCompoundsSecondPart() {
        let a = EntityContextTests.analyse(
            "Storm", "OTTAWA - A storm hit eastern Ontario and southern Quebec. Hydro-Québec reported 260,000 customers in the dark.")
        #expect(a.places.contains("Québec"), "\(a.places)")
    }

    @Test func aFixturesClubs() {
        let a = EntityContextTests.analyse(
            "FA Cup third round draw",
            "The draw for the third round of the FA Cup was made on Sunday, and the ties will be played on the weekend of 8 January.\n\nArsenal v Stoke\n\nPlymouth v Everton\n\nLeicester v Blackpool")
        #expect(!a.places.contains("Plymouth") && !a.places.contains("Blackpool"), "\(a.places)")
        #expect(a.organizations.contains("Plymouth"), "\(a.organizations)")
    }
}
