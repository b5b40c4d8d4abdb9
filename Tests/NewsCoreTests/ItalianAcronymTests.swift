@testable import NewsCore
import Testing

/// (it) A body's acronym written as a word ("l'Ingv", "la Sac", "dall'Usb") after an article is an organisation; taxes,
/// plans and things written the same way (name-context.tsv AW) and longer names are not.
@Suite struct ItalianAcronymTests {
    @Test func afterArticles() {
        let a = EntityContextTests.analyse(
            "Etna, chiuso l'aeroporto",
            "Secondo l'Ingv la nube è alta tre chilometri. La Sac ha sospeso i voli, mentre a Milano l'Atm ha chiuso due linee per lo sciopero proclamato dall'Usb.")
        for name in ["Ingv", "Sac", "Atm", "Usb"] { #expect(a.organizations.contains(name), "\(name): \(a.organizations)") }
    }

    /// The shape alone is no body: a vowel at the end, the list's words, a longer name, "di" inside a name.
    @Test func notBodies() {
        let a = EntityContextTests.analyse(
            "Conti pubblici",
            "Il Pil cresce dello 0,4% e il Pnrr corre, ma l'Irpef pesa. Il Var ha annullato il gol, scrive il Corriere dello Sport. Paris vince sulla Birds of Prey e il Tour de France parte da Firenze.")
        for name in ["Pil", "Pnrr", "Irpef", "Var", "Sport", "Birds", "Tour"] {
            #expect(!a.organizations.contains(name), "\(name): \(a.organizations)")
        }
    }

    /// The shape: letters only, a capital first, the rest in lower case, a consonant last, six letters at most.
    @Test func shape() {
        func shaped(_ w: String) -> Bool { OrganizationFinder.isItalianAcronym(Tokenizer.tokenize(w)[0]) }
        #expect(shaped("Inps") && shaped("Cipess") && shaped("Sac"))
        #expect(!shaped("Istat1") && !shaped("Roma") && !shaped("INPS") && !shaped("Codacons") && !shaped("inps"))
    }

    /// "dall'" is elided as "dell'" is: "dall'Ucraina" names the country.
    @Test func elidedDall() {
        #expect(Tokenizer.tokenize("tornato dall'Ucraina").map(\.text) == ["tornato", "dall", "ucraina"])
        let a = EntityContextTests.analyse("Rientro", "Il ministro è tornato ieri dall'Ucraina.")
        #expect(a.countries == ["UA"], "\(a.countries)")
    }
}
