@testable import NewsCore
import Testing

/// A large city whose name is a common word or as often a club's or someone's (Bologna, Essen, Barcelona, Phoenix,
/// Florence) is a place after a preposition of place where every mention of it is, and where the article names no
/// country: its country comes with it. Texts written for these tests.
@Suite struct WordCityTests {
    @Test(arguments: [
        ("Protest", "Thousands marched in Bologna on Saturday against the new law.", "Bologna", "IT"),
        ("Demonstration", "Tausende demonstrierten am Samstag in Essen gegen das Gesetz.", "Essen", "DE"),
        ("Arrests", "Police in Barcelona arrested two men after the protest on Sunday.", "Barcelona", "ES"),
        ("Protesta", "Miles de personas se manifestaron en Barcelona el sábado.", "Barcelona", "ES"),
        ("Fire", "The fire in Phoenix destroyed two homes, officials said.", "Phoenix", "US"),
    ])
    func aWordCityAfterAPrepositionIsAPlace(title: String, body: String, place: String, country: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries.contains(country), "\(a.countries)")
        #expect(a.mainCountries.contains(country), "\(a.mainCountries)")
    }

    /// Where a mention is no place ("Florence Pugh", a club's "Barcelona beat"), or the article names another
    /// country ("in Surrey" of a British story is the county, not the Canadian city), it stays none.
    @Test(arguments: [
        ("Awards", "Florence Pugh won the award. The ceremony was held in Florence on Friday.", "IT"),
        ("Football", "Barcelona beat Juventus 2-1. Fans celebrated in Barcelona until late.", "ES"),
        ("Rail", "Commuters in Surrey faced delays after the storm, Britain's rail operator said.", "CA"),
    ])
    func aWordCityElsewhereIsNone(title: String, body: String, country: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(!a.countries.contains(country), "\(a.countries)")
    }
}

/// An acronym in parentheses written as a word, as the French and Italian press write theirs, defines the long name
/// before it when its letters are that name's initials; the name may hold a comma or an elided article. Texts written for
/// these tests.
@Suite struct WordAcronymDefinitionTests {
    @Test(arguments: [
        ("Scossa", "Secondo l'Istituto nazionale di geofisica e vulcanologia (Ingv), la scossa è stata avvertita a Napoli.",
         "Istituto nazionale di geofisica e vulcanologia"),
        ("Chiffres", "La Caisse nationale d'assurance maladie (Cnam) a publié jeudi ses chiffres.", "Caisse nationale d'assurance maladie"),
        ("Strike", "The Construction, Forestry and Maritime Employees Union (CFMEU) said on Monday it would strike.",
         "Construction, Forestry and Maritime Employees Union"),
    ])
    func theNameBeforeItsAcronymIsWhole(title: String, body: String, name: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    /// A capitalised word in parentheses whose letters are no initials of the words before it is no acronym.
    @Test func aWordInParenthesesIsNoAcronym() {
        let a = EntityContextTests.analyse("Sindaco", "Il sindaco di Monteverde (Puglia) ha detto che la strada resterà chiusa.")
        #expect(a.organizations.isEmpty, "\(a.organizations)")
    }
}

/// England's counties and regions that GeoNames holds no city of, or a smaller town abroad of (Kent, Washington; Surrey,
/// British Columbia): places of the United Kingdom. Texts written for these tests.
@Suite struct EnglishCountyTests {
    @Test(arguments: [
        ("Flooding in Surrey closed roads on Sunday.", "Surrey"),
        ("Police in West Yorkshire arrested three men on Friday.", "West Yorkshire"),
        ("Bus fares in the West Midlands will rise in April.", "West Midlands"),
        ("Two ferries were cancelled on Merseyside after the storm.", "Merseyside"),
    ])
    func anEnglishCountyIsABritishPlace(body: String, place: String) {
        let a = EntityContextTests.analyse("News", body)
        #expect(a.places.contains(place), "\(a.places)")
        #expect(a.countries == ["GB"], "\(a.countries)")
    }

    /// A part of the United Kingdom named by its direction ("south Wales", "western Scotland") is a place; not before a
    /// body's capitalised word ("North Wales Police").
    @Test func aNationByItsDirectionIsAPlace() {
        let a = EntityContextTests.analyse("Rain", "Heavy rain hit south Wales on Sunday, and ferries to western Scotland stopped.")
        #expect(a.places.contains("Wales") && a.places.contains("Scotland"), "\(a.places)")
        let b = EntityContextTests.analyse("Arrest", "North Wales Police said a man was arrested.")
        #expect(!b.places.contains("Wales"), "\(b.places)")
    }
}
