@testable import NewsCore
import Testing

/// (ru) A state or municipal institution's legal form before its name in quotation marks (ФГБУ «Заповедное
/// Прибайкалье»), a body's regional directorate (Главное управление МЧС России по Иркутской области) and a region's
/// adjective before a body's acronym (Иркутского УГМС), but capitals after a settlement's word are its name (посёлок МРС); (zh) a transcribed name whose parts a middle dot parts, with 义 of 赛义德 (Said). Texts written for these
/// tests; the people are invented.
@Suite struct InstitutionFormTests {
    @Test func aLegalFormBeforeTheNameInQuotes() {
        let a = EntityContextTests.analyse("Байкал", "Директор ФГБУ «Заповедное Прибайкалье» Ольга Мухина попросила туристов не ездить на остров.")
        #expect(a.organizations.contains("Заповедное Прибайкалье"), "\(a.organizations)")
        #expect(!a.organizations.contains("ФГБУ"), "\(a.organizations)")
    }

    @Test(arguments: [
        ("Главное управление МЧС России по Иркутской области предупредило, что выходить на лёд пока опасно.",
         "Главное управление МЧС России по Иркутской области"),
        ("Главное управление МВД по Приморскому краю сообщило о задержании двух человек.", "Главное управление МВД по Приморскому краю"),
    ])
    func aRegionalDirectorateIsOneName(body: String, name: String) {
        let a = EntityContextTests.analyse("Байкал", body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    @Test func aRegionsAdjectiveBeforeAnAcronym() {
        let a = EntityContextTests.analyse("Байкал", "По прогнозу Иркутского УГМС, ледостав в проливе ожидается в середине января.")
        #expect(a.organizations.contains("Иркутского УГМС"), "\(a.organizations)")
    }

    @Test func capitalsAfterASettlementsWordNameIt() {
        let a = EntityContextTests.analyse("Байкал", "Последний рейс парома от посёлка МРС до Хужира ушёл в пятницу, сообщили в Иркутской области.")
        #expect(!a.organizations.contains("МРС"), "\(a.organizations)")
        #expect(a.places.contains("МРС"), "\(a.places)")
    }

    @Test func aDottedNameWithSaid() {
        let a = EntityContextTests.analyse("铁路", "尼日利亚交通部长赛义德·阿尔卡利在扎里亚市出席仪式时表示，这条铁路将与首都相连。")
        #expect(a.people.contains("赛义德·阿尔卡利"), "\(a.people)")
    }
}
