import NewsCore
import Testing

/// Public bodies and newspapers, from the tuning classes of the twentieth session: names that begin with a
/// capitalised article inside a sentence, bodies named after their town, civil protection and regional
/// governments, a newspaper someone told; with look-alikes that must stay as they were. Texts written for
/// these tests.
@Suite struct OrganizationPublicBodyTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        Case(text: "Selon Le Matinal, le gouvernement prépare une réforme des retraites pour le printemps prochain.",
             organizations: ["Le Matinal"]),
        Case(text: "Las ventas de El Buen Vecino crecieron un 4% en el último año fiscal, según El Cronista.",
             organizations: ["El Buen Vecino", "El Cronista"]),
        Case(text: "La società ha chiesto nuovi fondi alla banca, secondo Il Mattinale di ieri mattina.", organizations: ["Il Mattinale"]),
        Case(text: "O governo vai anunciar novas medidas na semana que vem, segundo O Vigilante.", organizations: ["O Vigilante"]),
        Case(text: "Das berichtete Der Tagesbote am Montag unter Berufung auf Kreise der Regierung.", organizations: ["Der Tagesbote"]),
    ])
    func namesAfterACapitalArticle(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // Weather, a person's name, a town after a preposition, a person's particle, a sentence's first word.
        Case(text: "Los expertos temen que El Niño reduzca las lluvias en la región este año.", absent: ["El Niño"]),
        Case(text: "Selon Marine Le Pen, la réforme est injuste pour les retraités du pays.", absent: ["Le Pen"]),
        Case(text: "La società ha aperto una nuova sede a La Morra la settimana scorsa.", absent: ["La Morra"]),
        Case(text: "Le poète Jean de La Fontaine a écrit des fables que les enfants apprennent encore.", absent: ["La Fontaine"]),
        Case(text: "Le gouvernement a présenté son budget mardi devant les députés.", absent: ["Le gouvernement"]),
    ])
    func notNamesAfterAnArticle(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "Officers from Greater Manchester Police arrested two men on Friday night.",
             organizations: ["Greater Manchester Police"]),
        Case(text: "Cardiff Council approved the budget on Tuesday, its leader said.", organizations: ["Cardiff Council"]),
        Case(text: "A Defesa Civil informou que duas pessoas morreram após a chuva forte.", organizations: ["Defesa Civil"]),
        Case(text: "La Protezione Civile ha diramato un'allerta rossa per la Liguria. La Regione Piemonte finanzierà il piano.",
             organizations: ["Protezione Civile", "Regione Piemonte"]),
        Case(text: "The transport minister told the Evening Courier that the plan was ready.", organizations: ["Evening Courier"]),
    ])
    func publicBodiesAndNewspapers(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // After a word for a newspaper, a party, an association or a foundation in lower case.
        Case(text: "La querella fue presentada por la asociación Cielo Abierto contra el alcalde de la ciudad.",
             organizations: ["Cielo Abierto"]),
        Case(text: "O partido Renovar pediu a criação de uma comissão de inquérito sobre as fraudes.", organizations: ["Renovar"]),
        Case(text: "L'enquête a été publiée jeudi par le quotidien Le Matinal, qui cite des sources proches du dossier.",
             organizations: ["Le Matinal"]),
        Case(text: "Il progetto sarà finanziato dalla fondazione Ponte Aperto nei prossimi tre anni.", organizations: ["Ponte Aperto"]),
        // German: a delivery service and a rival in their cases, a federal police force alone.
        Case(text: "Die Übernahme des Lieferdienstes Flinkwagen durch den Konkurrenten Radkorb Logistik wird geprüft.",
             organizations: ["Flinkwagen", "Radkorb Logistik"]),
        Case(text: "Die Bundespolizei nahm am Bahnhof drei Männer fest, wie ein Sprecher sagte.", organizations: ["Bundespolizei"]),
    ])
    func afterAWordForTheirKind(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A rival's name of one word may be a person's.
        Case(text: "Im Ziel lag er nur eine Sekunde vor den Konkurrenten Brandt und Keller aus der Schweiz.", absent: ["Brandt"]),
        // A metropolitan county alone is a place; a court someone told is no name.
        Case(text: "Greater London is home to nine million people, the census found.", absent: ["Greater London"]),
        Case(text: "He told the court that he had been at home all evening.", absent: ["court"]),
        // A programme, members of parliament, a committee's name that goes on after "of".
        Case(text: "The minister told the Today programme that the plan was ready.", absent: ["Today"]),
        Case(text: "The judge told the MPs that the courts needed more money.", absent: ["MPs"]),
        Case(text: "He told the House of Commons Treasury Committee that rates would rise.", absent: ["House"]),
        // (An apposition after the name is no part of it.)
        Case(text: "Shares in Corvane, the Lebanese builder, fell 7% on Tuesday.", organizations: ["Corvane"]),
    ])
    func notPublicBodies(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // Vietnamese: a school.
        Case(text: "Hơn 30 học sinh Trường Tiểu học Hoa Sen phải nhập viện sau bữa trưa.", organizations: ["Trường Tiểu học Hoa Sen"]),
        // A man named Trường.
        Case(text: "Anh Nguyễn Văn Trường cho biết công an đã có mặt tại hiện trường ngay sau đó.", absent: ["Trường", "Văn Trường"]),
    ])
    func vietnameseSchools(_ c: Case) { Self.check(c) }

    /// The town stays a place of the story where it stands alone.
    @Test func townBesideItsPolice() {
        let text = "Greater Manchester Police said the march through Manchester had been peaceful."
        let a = OrganizationRecallTests.analyzer.analyze(Article(title: "", body: text, format: "text")).analysis
        #expect(a.organizations.contains("Greater Manchester Police"), "\(a.organizations)")
        #expect(a.places.contains("Manchester"), "\(a.places)")
    }
}
