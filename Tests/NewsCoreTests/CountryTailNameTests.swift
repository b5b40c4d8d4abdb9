@testable import NewsCore
import Testing

/// (en) A body whose name ends with its country's ("Natural Resources Wales", "Transport for Wales"): one organisation,
/// and the words before the country are no person. Not a country after a title, a club a player played for, a film's
/// premiere or a possessive. Texts written for these tests.
@Suite struct CountryTailNameTests {
    @Test(arguments: [
        ("Flood warning", "Natural Resources Wales said the river had burst its banks near the village.", "Natural Resources Wales"),
        ("Funding", "Officials at Tumour Research UK said funding would rise next year.", "Tumour Research UK"),
        ("Rail", "Transport for Wales said services would resume on Monday morning.", "Transport for Wales"),
        ("Drink", "Mr Law, from the charity Alcohol Concern Scotland, said damage had been done.", "Alcohol Concern Scotland"),
    ])
    func aBodyEndingInItsCountryIsOne(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.people.contains(where: { name.hasPrefix($0) }), "\(a.people)")
    }

    @Test(arguments: [
        "The Secretary of State for Wales visited Cardiff on Friday.",
        "He played for Rangers for Scotland in 1998 and later coached.",
        "The Finding Neverland UK premiere was held in London on Sunday.",
        "At the 1995 World Cup Wales' big talk was made to look empty.",
        "Northern England faced heavy rain on Sunday, forecasters said.",
    ])
    func aCountryAfterOtherCapitalisedWordsStaysACountry(body: String) {
        let a = EntityContextTests.analyse("News", body)
        #expect(a.countries.contains("GB"), "\(a.countries)")
        #expect(!a.organizations.contains(where: { $0.hasSuffix("Wales") || $0.hasSuffix("Scotland") || $0.hasSuffix("UK") || $0.hasSuffix("England") }),
                "\(a.organizations)")
    }

    /// A country's name before a police force's or a university's word is that body's ("North Wales Police", "Korea
    /// University"), a direction before it too; not "As Britain" nor "the Central Bank of Liberia".
    @Test func aCountrysPoliceOrUniversityIsABody() {
        let a = EntityContextTests.analyse("Arrest", "North Wales Police said a man was arrested. Researchers at Korea University agreed.")
        #expect(a.organizations.contains("North Wales Police") && a.organizations.contains("Korea University"), "\(a.organizations)")
        let b = EntityContextTests.analyse("Rates", "As Britain cut rates, the Central Bank of Liberia held them.")
        #expect(!b.organizations.contains("As Britain") && !b.organizations.contains("Bank of Liberia"), "\(b.organizations)")
    }
}
