import NewsCore
import Testing

/// Where organisations' names end, from the tuning classes of the twenty-first session: two names that "and" joins
/// (with an article after it, or after a body's head), a dateline's place before a name, a Romance head after "and" at a
/// name's end; heads of assemblies, courts, services and armed forces in the Romance languages. Texts written for these
/// tests, with look-alikes that must stay as they were.
@Suite struct OrganizationCoordinationTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        // "and" and an article between a name without a head and a body's name.
        Case(text: "A operação contou com fiscais do Vigimar e da Polícia Federal, segundo a nota divulgada ontem.",
             organizations: ["Vigimar", "Polícia Federal"], absent: ["Vigimar e da Polícia Federal"]),
        Case(text: "Au Sénégal, la Batelec et la Société africaine de raffinage ont signé un accord jeudi.",
             organizations: ["Batelec", "Société africaine de raffinage"], absent: ["Batelec et la Société africaine de raffinage"]),
        Case(text: "El acuerdo lo firmaron ayer Aguaclara y la Confederación Nacional de Regantes en Zaragoza.",
             organizations: ["Aguaclara", "Confederación Nacional de Regantes"]),
        // A body's name after "and" and a head before it.
        Case(text: "Shares in Harbour Bank and Corvex rose 2 percent on Tuesday.", organizations: ["Harbour Bank", "Corvex"],
             absent: ["Harbour Bank and Corvex"]),
    ])
    func twoNamesThatAndJoins(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A sentence's first word before the pair, a person's given name, a head's own "and": one name, or none.
        Case(text: "Ieri Ferrovalle e la Regione Calabria hanno firmato l'intesa per la nuova linea.",
             organizations: ["Regione Calabria"], absent: ["Ieri Ferrovalle", "Ieri"]),
        Case(text: "A reunião juntou Maria e a Polícia Federal na sede do governo.", absent: ["Maria"]),
        Case(text: "The deal was approved by the Bank of Erewhon and Andrew Keller, its governor, on Friday.",
             organizations: ["Bank of Erewhon"], absent: ["Bank of Erewhon and Andrew Keller"]),
        Case(text: "Tarrow Oil and Gas Holdings cut its dividend on Monday.", absent: ["Gas Holdings"]),
        Case(text: "La Chambre de commerce et d'industrie de Valmont a publié son rapport.",
             organizations: ["Chambre de commerce et d'industrie de Valmont"]),
    ])
    func namesThatStayWhole(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A dateline's place in capitals and its dash before a name.
        Case(text: "LISBOA - O Conselho de Ministros aprovou ontem o novo plano de habitação.",
             organizations: ["Conselho de Ministros"], absent: ["LISBOA O Conselho de Ministros"]),
        Case(text: "PORTO - A Assembleia Municipal rejeitou a proposta da câmara.", organizations: ["Assembleia Municipal"]),
        // A topic after "e", not a body; a network's technology after "a rede".
        Case(text: "Os dois presidentes assinaram acordos sobre a Amazônia e Defesa na quinta-feira.", absent: ["Amazônia e Defesa"]),
        Case(text: "A rede Wi-Fi do aeroporto ficou fora do ar durante toda a manhã.", absent: ["Wi-Fi"]),
    ])
    func datelinesAndTopics(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "Depois do debate, a Assembleia da República aprovou o orçamento por larga maioria.",
             organizations: ["Assembleia da República"]),
        Case(text: "El juez de la Audiencia Nacional dictó prisión para los tres detenidos.", organizations: ["Audiencia Nacional"]),
        Case(text: "Agentes del Servicio de Vigilancia Aduanera interceptaron una lancha cerca de la costa.",
             organizations: ["Servicio de Vigilancia Aduanera"]),
        Case(text: "Segundo o ministro, a Força Aérea Brasileira vai receber mais quatro caças até dezembro.",
             organizations: ["Força Aérea Brasileira"]),
        Case(text: "Professors at Corrin College said the fees would rise next year.", organizations: ["Corrin College"]),
    ])
    func headsOfPublicBodies(_ c: Case) { Self.check(c) }
}
