@testable import NewsCore
import Testing

/// (ru) A place's name of two words in a case: an adjective and a noun (Нижнего Тагила, в Нижнем Новгороде, Старого
/// Оскола) and a hyphenated name whose last part declines (в Южно-Сахалинске).
@Suite struct RussianDeclinedPlaceTests {
    @Test func declinedNames() {
        let a = EntityContextTests.analyse(
            "Новости", "Чиновника из Нижнего Тагила задержали в Нижнем Новгороде. В Южно-Сахалинске и у Старого Оскола прошли акции.")
        for name in ["Нижний Тагил", "Нижний Новгород", "Южно-Сахалинск", "Старый Оскол"] {
            #expect(a.places.contains(name), "\(name): \(a.places)")
        }
        #expect(a.countries == ["RU"], "\(a.countries)")
        // (The place is no part of the person's name after it.)
        let b = EntityContextTests.analyse("Суд", "Бывшего замглавы Нижнего Тагила Алексея Курбатова приговорили к восьми годам.")
        #expect(b.people == ["Алексея Курбатова"], "\(b.people)")
    }

    @Test func theCases() {
        #expect(Gazetteer.declines("тагила", to: "тагил") && Gazetteer.declines("сахалинске", to: "сахалинск"))
        #expect(Gazetteer.nominatives(of: "нижнего").contains("нижнии") && Gazetteer.nominatives(of: "старом").contains("старыи"))
        #expect(!Gazetteer.declines("тагил", to: "тагил") && !Gazetteer.declines("москва", to: "тагил"))
    }

    /// A town of 15,000 to 50,000 people whose name is rare as a word (places.tsv: Ванино), where the article names Russia;
    /// not a word's (Камень, "stone").
    @Test func aSmallerTown() {
        let a = EntityContextTests.analyse("Паром", "Паромная переправа между Ванино и Холмском в России возобновила работу.")
        #expect(a.places.contains("Ванино"), "\(a.places)")
        let b = EntityContextTests.analyse("Стройка", "В России Камень лежал на дороге.")
        #expect(!b.places.contains("Камень"), "\(b.places)")
    }

    /// A city in another case before a person's name is the city, not the name's first word ("мэр Новосибирска Максим
    /// Кудрявцев"); a declined name of two words before a hyphen wins over its first word's city (Петропавловска-Камчатского
    /// is no Петропавловск in Kazakhstan).
    @Test func aCityBeforeAName() {
        let a = EntityContextTests.analyse("Авария", "Вчера мэр Новосибирска Максим Кудрявцев сообщил об аварии.")
        #expect(a.people == ["Максим Кудрявцев"], "\(a.people)")
        #expect(a.places == ["Новосибирск"], "\(a.places)")
        let b = EntityContextTests.analyse("Вулкан", "Рейсы из Петропавловска-Камчатского отменены.")
        #expect(b.places == ["Петропавловск-Камчатский"] && b.countries == ["RU"], "\(b.places) \(b.countries)")
    }
}
