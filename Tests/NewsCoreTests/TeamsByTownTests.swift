@testable import NewsCore
import Testing

/// (en) A team by its town and a plural nickname after "the" in an article about sport ("the Buffalo Bills", "the
/// Pittsburgh Steelers"): the team, not the town and not a person; not a feature's, event's or pact's plural (the Kuril
/// Islands, the Golden Globes), nor without a word of sport; and a club before a player's position ("Ospreys centre Keelan
/// Giles-Moran"). Texts written for these tests.
@Suite struct TeamsByTownTests {
    @Test func aTownAndAPluralAreATeam() {
        let a = EntityContextTests.analyse("", "The Buffalo Bills said Sunday's game against the Pittsburgh Steelers would go ahead.")
        #expect(a.organizations.contains("Buffalo Bills") && a.organizations.contains("Pittsburgh Steelers"), "\(a.organizations)")
        #expect(a.people.isEmpty, "\(a.people)")
    }

    @Test func featuresEventsAndOtherTextsAreNoTeams() {
        let a = EntityContextTests.analyse("", "The game was played near the Kuril Islands, and the Golden Globes were given out.")
        #expect(a.organizations.isEmpty, "\(a.organizations)")
        #expect(a.places.contains("Kuril Islands"), "\(a.places)")
        let b = EntityContextTests.analyse("", "Officials said the Denver Pioneers had settled in the valley in 1859.")
        #expect(!b.organizations.contains("Denver Pioneers"), "\(b.organizations)")
    }

    /// A club's one-word name before a player's position and name; not a country's team ("Wales coach"), which the
    /// gazetteer reads, nor without a word of sport.
    @Test func aClubBeforeAPlayersPositionIsAClub() {
        let a = EntityContextTests.analyse("", "Wales named Ospreys centre Keelan Giles-Moran and Scarlets fly-half Sam Costelow in the squad. "
            + "Wales coach Warren Gatland said the match would be hard.")
        #expect(a.organizations.contains("Ospreys") && a.organizations.contains("Scarlets"), "\(a.organizations)")
        #expect(!a.organizations.contains("Wales"), "\(a.organizations)")
        let b = EntityContextTests.analyse("", "The report named Harbour centre Keelan Moran and Ridge prop Anna Lee as owners.")
        #expect(b.organizations.isEmpty, "\(b.organizations)")
    }
}
