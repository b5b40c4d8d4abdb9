@testable import NewsCore
import Testing

/// Places that a sentence's capitalised preposition stands before ("В Находке", "Em Congonhas"), and
/// Russian cities in the cases that drop a vowel (Орле, Череповце) or that a plural name takes
/// (Шахтах). Texts written for these tests.
@Suite struct PlaceCaseTests {
    static func analysed(_ title: String, _ body: String) -> (places: [String], countries: [String]) {
        let a = EntityContextTests.analyse(title, body)
        return (a.places, a.countries)
    }

    @Test(arguments: [
        // The same words as words: "a find", in lower case and after a capitalised word that is no preposition.
        ("Наука", "Эта находка удивила учёных, сообщило агентство из Москвы.", "Находка"),
        // Name particles start no sentence as prepositions: "De Gaulle", "Da Silva".
        ("Política", "O ministro falou ontem. Da Silva disse que o plano segue.", "Silva"),
    ])
    func aCapitalisedWordThatIsNoPrepositionLeavesTheNameAlone(title: String, body: String, not: String) {
        let p = Self.analysed(title, body).places
        #expect(!p.contains(not), "\(p)")
    }

    @Test(arguments: [
        // After a preposition that starts a sentence.
        ("Паводок", "Ливни не стихают. В Находке вода зашла в дома, сообщило МЧС России.", "Находка"),
        ("Chuvas", "A chuva continua. Em Congonhas, um córrego transbordou, informou a Defesa Civil do Brasil.", "Congonhas"),
        // Russian cases that drop a vowel, and a plural name's.
        ("Металл", "Компания откроет завод в Орле в следующем году.", "Орел"),
        ("Металл", "Соглашение подписали в Череповце в понедельник.", "Череповец"),
        ("Музей", "В Шахтах открыли музей горного дела.", "Шахты"),
        ("Дорога", "Трассу до Череповца закроют на ремонт.", "Череповец"),
        ("Паводок", "Вода поднялась в Кимрах на два метра, сообщило МЧС России.", "Кимры"),
    ])
    func aTownAfterASentencesPrepositionOrInARussianCaseIsFound(title: String, body: String, city: String) {
        let p = Self.analysed(title, body).places
        #expect(p.contains(city), "\(p)")
    }

    @Test(arguments: [
        // Mines, not Шахты; a sum, not Сумы (Ukraine); a father and eagles, no city; metal, not Мета
        // (Colombia): "лл" is no case's ending.
        ("Новости", "Рабочие в шахтах бастуют третий день."),
        ("Новости", "Сумма контракта не раскрывается, сообщила компания."),
        ("Новости", "Отец и орлы вернулись домой."),
        ("Металл", "Цены на сталь выросли за неделю."),
        // A ferry, not Pará (Brazil): -ом is no case of a name in -а.
        ("Переправа", "Паром ушёл с опозданием, сообщили в порту."),
        // A word for villages ends one sentence, a capitalised word starts the next: no village's name.
        ("Паводок", "Продукты доставят в отрезанные сёла. Синоптики ожидают похолодания."),
    ])
    func russianWordsThatLookLikeACitysCaseAreNoPlace(title: String, body: String) {
        let a = Self.analysed(title, body)
        #expect(a.places.isEmpty && a.countries.allSatisfy { $0 == "RU" }, "\(a.places) \(a.countries)")
    }

    @Test func theMoselleInGermanIsNoIraqiCity() {
        // GeoNames gives Mosul the name "Mosel", the German name of the river (scripts/generate-country-names.py).
        let a = Self.analysed("Hochwasser", "Der Pegel der Mosel steigt bei Trier weiter, teilte die Stadt mit.")
        #expect(!a.countries.contains("IQ"), "\(a.countries)")
    }
}
