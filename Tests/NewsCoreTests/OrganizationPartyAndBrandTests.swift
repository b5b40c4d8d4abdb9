import NewsCore
import Testing

/// Political parties by their own names and short forms, Korea's baseball clubs, a brand written with a capital
/// inside and the list it anchors: the tuning classes of the twenty-fourth session (branch orgs24), with the
/// look-alikes that must stay words. Texts written for these tests.
@Suite struct OrganizationPartyAndBrandTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        Case(text: "The bill passed after Labour MP Joanne Marsh backed it, while the Conservatives abstained.",
             organizations: ["Labour Party", "Conservative Party"]),
        Case(text: "Under both Tory and Labour governments the agencies grew.", organizations: ["Conservative Party", "Labour Party"]),
        // A party's Scottish branch is a party of its own.
        Case(text: "The Scottish Labour leader spoke in Glasgow.", organizations: ["Scottish Labour Party"], absent: ["Labour Party"]),
        Case(text: "Im Landtag forderte die Fraktion der Grünen eine Sondersitzung. Die CDU lehnte ab, die AfD auch.",
             organizations: ["Die Grünen", "CDU", "Alternative für Deutschland"]),
        Case(text: "Innenminister Karl Berger (ÖVP) sagte dem Sender, die SPÖ habe keinen Plan.", organizations: ["ÖVP", "SPÖ"]),
        Case(text: "Selon le sondage, le RN arrive en tête devant La France insoumise et le PS.",
             organizations: ["Rassemblement national", "La France insoumise", "Parti socialiste"]),
        Case(text: "El PP pidió la dimisión del ministro, mientras que Vox exigió elecciones y el PSOE lo defendió.",
             organizations: ["Partido Popular", "Vox", "PSOE"]),
        Case(text: "La segretaria del Pd ha criticato Fratelli d'Italia e la Lega per il decreto.",
             organizations: ["Partito Democratico", "Fratelli d'Italia", "Lega"]),
        Case(text: "O orçamento passou com os votos do PSD e do CDS-PP e contra o PS. O Chega votou contra.",
             organizations: ["Partido Social Democrata", "CDS-PP", "Chega", "Partido Socialista"]),
        Case(text: "O deputado do PT disse que o MDB vai apoiar a proposta.", organizations: ["Partido dos Trabalhadores", "MDB"]),
    ])
    func partiesInTheirLanguages(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A short form that abbreviates other things counts only after an article.
        Case(text: "Le trafic est coupé sur la RN 7 près de Valence. PS : les horaires changent.",
             absent: ["Rassemblement national", "Parti socialiste"]),
        Case(text: "Los pedidos de PP y PE crecieron un 5%. El envío llegó en una caja de PP reciclado.",
             absent: ["Partido Popular"]),
        Case(text: "O PL 2630 foi votado. A PT Portugal e a fibra PT-100 foram citadas.", absent: ["Partido dos Trabalhadores"]),
        // An acronym with small letters inside is written so: AFD is the French development agency.
        Case(text: "L'AFD financera le projet au Sénégal.", absent: ["Alternative für Deutschland"]),
    ])
    func ambiguousShortFormsWithoutAnArticle(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A party's name made of a common word: not in lower case, nor capitalised alone at a sentence's start.
        Case(text: "Labour costs rose by 3%. The labour market stayed tight, and conservatives in the industry warned.",
             absent: ["Labour Party", "Conservative Party"]),
        // A capitalised word before it makes it a word of a longer name.
        Case(text: "Figures from the German Federal Labour Agency showed a fall.", absent: ["Labour Party"]),
        // A body's field after "of" or "for".
        Case(text: "He directs the Institute for the Study of Labour and spoke to the Minister for Labour.", absent: ["Labour Party"]),
        Case(text: "Chega a hora de decidir. O comboio chega às dez.", absent: ["Chega"]),
        Case(text: "Podemos esperar más lluvia. Hay que sumar los votos y la vox populi.", absent: ["Podemos", "Sumar", "Vox"]),
        Case(text: "Die linke Spur war gesperrt, die grünen Wiesen standen unter Wasser. Wir wohnen im Grünen.",
             absent: ["Die Grünen", "Die Linke"]),
    ])
    func commonWordsStayWords(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "기아 타이거즈가 27일 광주에서 열린 경기에서 삼성 라이온즈를 5-2로 꺾었다. 두산 베어스는 투수를 영입했다.",
             organizations: ["KIA Tigers", "Samsung Lions", "Doosan Bears"]),
        Case(text: "The LG Twins beat the Hanwha Eagles 4-1 in Seoul.", organizations: ["LG Twins", "Hanwha Eagles"]),
    ])
    func koreanBaseballClubs(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A one-word name of the hand-kept lexicon anchors a list once named: the other member is an organisation too.
        Case(text: "Shares of the carrier fell 4%, dragging down easyJet and Wizz Air in London.", organizations: ["easyJet", "Wizz Air"]),
        Case(text: "I sindacati Fiom e Fim Cisl hanno chiesto garanzie.", organizations: ["Fiom", "Fim Cisl"]),
    ])
    func brandsWithACapitalInside(_ c: Case) { Self.check(c) }
}
