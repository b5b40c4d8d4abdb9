import NewsCore
import Testing

/// Firms named by the short name people use, which scripts/generate-organizations.py now writes as an alias (issue 12,
/// twenty-eighth session): a generic word last (International), a kind's word first (Grupo Financiero), a coined brand
/// first (JPMorgan Chase); and surnames that must stay people. Texts written for these tests.
@Suite struct OrganizationShortNameTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        // "Heineken International": an index firm's word the English dictionary capitalises, but rare.
        Case(text: "The brewer Heineken raised the price of its lager across Europe on Monday.", organizations: ["Heineken"]),
        // "JPMorgan Chase": a coined brand first.
        Case(text: "Analysts at JPMorgan cut their forecast for the second quarter.", organizations: ["JPMorgan"]),
        // "Grupo Financiero Banorte": the kind's words first.
        Case(text: "Los analistas de Banorte esperan una ganancia mayor a la esperada.", organizations: ["Banorte"]),
        // "Babcock International": a generic word last.
        Case(text: "The navy gave Babcock a contract to service its frigates.", organizations: ["Babcock"]),
        // Vietnam's listed brands of one word.
        Case(text: "Khách hàng của Techcombank có thể vay với lãi suất thấp hơn.", organizations: ["Techcombank"]),
        // After "according to" in one word, capitalised at a sentence's start, a name marked ambiguous still stands alone.
        Case(text: "Theo Techcombank, lãi suất cho vay sẽ giảm trong quý tới.", organizations: ["Techcombank"]),
        Case(text: "Laut Heineken steigt der Absatz in Osteuropa.", organizations: ["Heineken"]),
    ])
    func shortNames(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // "Abbott Laboratories": Abbott is a surname as often (more frequent than the brands' bound).
        Case(text: "Abbott said the council would vote on the plan next week.", absent: ["Abbott"]),
        // "Lawson Products": no generic word, and a surname.
        Case(text: "Lawson told reporters the talks had stalled.", absent: ["Lawson"]),
        // A short name counts alone only: beside a given name it is a person's.
        Case(text: "Sarah Babcock, a teacher, opened the new library.", absent: ["Babcock"]),
    ])
    func surnamesStayPeople(_ c: Case) { Self.check(c) }
}
