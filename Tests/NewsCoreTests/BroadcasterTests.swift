@testable import NewsCore
import Testing

/// Broadcasters named by their medium's word first (name-context.tsv BR: Radio Mitre, Rádio Renascença); not the word
/// inside another name, nor "TV" before a show's. Texts written for these tests.
@Suite struct BroadcasterTests {
    @Test func aMediumsWordBeginsABroadcastersName() {
        let a = EntityContextTests.analyse("", "El ministro habló con Radio Mitre el lunes y luego con Radio Continental.")
        #expect(a.organizations.contains("Radio Mitre") && a.organizations.contains("Radio Continental"), "\(a.organizations)")
        let b = EntityContextTests.analyse("", "A entrevista foi dada à Rádio Renascença na terça-feira.")
        #expect(b.organizations.contains("Rádio Renascença"), "\(b.organizations)")
    }

    @Test func notInsideAnotherNameNorAShowsTitle() {
        let a = EntityContextTests.analyse("", "Engineers at the Institute for Applied Radio System Technology said so. The TV Moments show ended.")
        #expect(!a.organizations.contains { $0.hasPrefix("Radio") || $0.hasPrefix("TV") }, "\(a.organizations)")
    }

    @Test func aCountrysNameMayBeABroadcastersOrAnAirlinesName() {
        let a = EntityContextTests.analyse("Flights", "Air Tanzania resumed flights on Monday, Radio New Zealand reported.")
        #expect(a.organizations.contains("Air Tanzania") && a.organizations.contains("Radio New Zealand"), "\(a.organizations)")
        #expect(a.countries.contains("TZ"), "\(a.countries)")
    }

    @Test func airNamesAnAirlineOutsideEnglish() {
        let a = EntityContextTests.analyse("Vols", "Les vols d'Air Calédonie International vers Futuna sont suspendus depuis lundi.")
        #expect(a.organizations.contains("Air Calédonie International"), "\(a.organizations)")
    }

    @Test func airBeforeATitleOrAWordIsNoAirline() {
        let a = EntityContextTests.analyse("Review", "Air Marshal Colin Dart said Air Quality rules would change.")
        #expect(!a.organizations.contains { $0.hasPrefix("Air Marshal") || $0.hasPrefix("Air Quality") }, "\(a.organizations)")
    }
}
