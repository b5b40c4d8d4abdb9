@testable import NewsCore
import Testing

/// The place of an agency's credit line where the cleaner did not read one: a dash inside the credit ("AARAU
/// (Keystone-SDA) -"), the credit first ("(ANSA) - NUORO, 06 DIC -"), and CJK credit lines ((춘천=연합뉴스), 【札幌=共同】).
@Suite struct CreditLinePlaceTests {
    @Test func aDashInsideTheCredit() {
        let a = EntityContextTests.analyse("Fusion", "AARAU (Keystone-SDA) - Die Gemeinden stimmen über eine Fusion ab.")
        #expect(a.places == ["Aarau"], "\(a.places)")
        #expect(a.countries == ["CH"], "\(a.countries)")
    }

    /// A place with hyphens before the dateline's dash ("POINTE-A-PITRE, 6 déc (AFP) -"): the place, no acronym PITRE.
    @Test func hyphensInTheDatelinesPlace() {
        let a = EntityContextTests.analyse("Panne", "POINTE-A-PITRE, 6 déc (AFP) - Une panne a privé la Guadeloupe de courant.")
        #expect(a.organizations == ["Agence France-Presse"], "\(a.organizations)")
        #expect(a.places.contains { $0.lowercased() == "pointe-a-pitre" }, "\(a.places)")
    }

    /// Words in lower case before a dash are no dateline's place to take from the name finders.
    @Test func noDatelineInLowerCase() {
        let a = EntityContextTests.analyse("Jugnot tops league", "Actor Gerard Jugnot - star of the film The Chorus - has beaten Gerard Depardieu.")
        #expect(a.people.contains("Gerard Jugnot"), "\(a.people)")
    }

    @Test func theCreditFirst() {
        let a = EntityContextTests.analyse("Incendio", "(ANSA) - NUORO, 06 DIC - Un incendio doloso ha distrutto un capannone.")
        #expect(a.places == ["Nuoro"], "\(a.places)")
        #expect(a.organizations == ["ANSA"], "\(a.organizations)")
    }

    /// A city the gazetteer reads bare only in a dateline (춘천), and one it does not know (홍성), as written.
    @Test func aKoreanCreditLine() {
        let a = EntityContextTests.analyse("사고", "(춘천=연합뉴스) 홍길동 기자 = 어제 고속도로에서 사고가 발생했다.")
        #expect(a.places == ["춘천"], "\(a.places)")
        #expect(a.countries == ["KR"], "\(a.countries)")
        let b = EntityContextTests.analyse("사고", "(홍성=연합뉴스) 홍길동 기자 = 어제 사고가 발생했다.")
        #expect(b.places == ["홍성"], "\(b.places)")
    }

    @Test func aJapaneseCreditLine() {
        let a = EntityContextTests.analyse("地震", "【札幌=共同】北海道で地震があった。")
        #expect(a.places.contains("札幌") && !a.places.contains("札 幌"), "\(a.places)")
    }

    /// A dateline's place of several words in capitals, its linking words in lower case, though a body's name holds a word of
    /// it ("la Autoridad del Canal de Panamá").
    @Test func aDatelineOfSeveralWords() {
        let a = EntityContextTests.analyse(
            "Canal", "CIUDAD DE PANAMÁ, 5 dic (EFE).- La Autoridad del Canal de Panamá adjudicó la obra a un consorcio.")
        #expect(a.places.contains("Ciudad de Panamá"), "\(a.places)")
    }
}
