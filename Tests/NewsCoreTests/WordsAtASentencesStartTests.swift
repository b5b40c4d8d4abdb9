@testable import NewsCore
import Testing

/// A German possessive at a sentence's start (Seine, "his") is no river Seine; an Arabic airline's name with its
/// nationality (الخطوط الجوية الكويتية, Kuwait Airways) is an organisation. Texts written for these tests; the people are
/// invented.
@Suite struct WordsAtASentencesStartTests {
    @Test func aGermanPossessiveIsNoRiver() {
        let a = PlaceCaseTests.analysed("Litauen", "Der Minister besuchte die Truppe in Litauen. Seine litauische Amtskollegin nannte den Tag historisch.")
        #expect(!a.countries.contains("FR"), "\(a.countries)")
        #expect(!a.places.contains("Seine"), "\(a.places)")
    }

    @Test func theRiverStaysInsideASentence() {
        let a = PlaceCaseTests.analysed("Hochwasser", "In Paris stieg die Seine am Montag auf mehr als fünf Meter, teilten die Behörden mit.")
        #expect(a.places.contains("Seine"), "\(a.places)")
    }

    @Test func anArabicAirlineIsAnOrganisation() {
        let a = EntityContextTests.analyse("رحلات", "أعلنت المديرية العامة للطيران المدني أن الخطوط الجوية الكويتية ستستأنف اعتبارا من الاثنين رحلاتها اليومية إلى بيروت.")
        #expect(a.organizations.contains("الخطوط الجوية الكويتية"), "\(a.organizations)")
    }
}
