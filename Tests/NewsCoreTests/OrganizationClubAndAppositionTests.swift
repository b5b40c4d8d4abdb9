@testable import NewsCore
import Testing

/// Clubs named by a club's marker whatever their town (OrganizationFinder+Clubs), bodies named before an apposition in
/// French, Spanish, Italian, Portuguese and German (OrganizationFinder+Appositions), a kind word before a name that ends
/// with a place's, German verbs and "und die" after a body's head, and the look-alikes these rules must leave alone.
/// Texts written for these tests; the clubs, firms and people are invented.
@Suite struct OrganizationClubAndAppositionTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        ("Cup tie", "Brackley Vale FC were knocked out of the cup on Saturday after a 2-0 defeat, the club said in a statement.", "Brackley Vale FC"),
        ("Relegation", "The board of Moorcroft Rovers met on Monday after the club was relegated for the first time in 40 years.", "Moorcroft Rovers"),
        ("Fine", "Le club de football AS Pignerolles a été sanctionné par la commission de discipline mardi soir.", "AS Pignerolles"),
        ("Trainer", "Der Fußballverein SV Ebenhausen 1921 hat am Montag einen neuen Trainer vorgestellt, teilte der Klub mit.", "SV Ebenhausen"),
    ])
    func aClubsMarkerNamesTheClubWhateverItsTown(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.people.contains(where: { $0.contains(name.split(separator: " ")[1]) }), "\(a.people)")
    }

    @Test(arguments: [
        "FANS FINED AS CLUB LOSES APPEAL OVER PITCH INVASION",
        "The Athletic reported on Monday that the manager would stay until the end of the season.",
        "The Wisconsin Athletic Association said the rules would change next year, a spokesman said.",
    ])
    func aMarkerAloneOrInsideAnotherNameNamesNoClub(body: String) {
        let a = Self.analyse("Report", body)
        #expect(!a.organizations.contains { ["AS CLUB", "Athletic", "Wisconsin Athletic"].contains($0) }, "\(a.organizations)")
    }

    @Test(arguments: [
        ("fr", "Fuite", "Selon la préfecture, Maravelle, un armateur basé à Sète, a reconnu la fuite mardi.", "Maravelle"),
        ("es", "Pedido", "El pedido fue confirmado por Aerolíneas Quindío y por Tresvalles, la segunda aerolínea del país, el jueves.", "Tresvalles"),
        ("it", "Esuberi", "I sindacati hanno incontrato i vertici di Lanerossa, un gruppo tessile di Biella, per discutere dei tagli.", "Lanerossa"),
        ("pt", "Fábrica", "O acordo foi fechado com a Cerranova, uma empresa do setor de celulose, na segunda-feira passada.", "Cerranova"),
        ("de", "Sponsor", "Den Vertrag unterschrieb Bergmoos, ein Familienunternehmen aus dem Allgäu, bereits im Frühjahr.", "Bergmoos"),
    ])
    func aNameBeforeAnAppositionOfItsKindIsAnOrganisation(language: String, title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.language == language)
        #expect(a.organizations.contains(name), "\(a.organizations)")
        #expect(!a.people.contains(name), "\(a.people)")
    }

    @Test(arguments: [
        "Mardi, le groupe a annoncé la fermeture de deux usines dans le Nord, a indiqué un porte-parole.",
        "Ensuite, la société a publié ses résultats, qui ont déçu les marchés financiers européens.",
        "La réunion a eu lieu chez Marie Dubois, une salariée du groupe depuis vingt ans.",
        "El martes, la empresa anunció un nuevo plan de inversiones para los próximos tres años.",
    ])
    func anOpenerADayOrAPersonBeforeAnAppositionIsNoOrganisation(body: String) {
        let a = Self.analyse("Bilan", body)
        #expect(!a.organizations.contains { ["Mardi", "Ensuite", "Marie Dubois", "Dubois", "El", "martes"].contains($0) }, "\(a.organizations)")
    }

    @Test func aKindWordBeforeANameThatEndsWithAPlaceNamesTheWhole() {
        let a = Self.analyse("Youth sessions", "The charity Kickabout Scotland said on Monday that its sessions would go on all summer.")
        #expect(a.organizations.contains("Kickabout Scotland"), "\(a.organizations)")
        let b = Self.analyse("Talks", "Both sides agreed to meet at the conciliation service Arbitra on Thursday, the union said.")
        #expect(b.organizations.contains("Arbitra"), "\(b.organizations)")
    }

    @Test func aGermanBodysNameEndsBeforeAVerbAndBeforeUndDie() {
        let a = Self.analyse("Einigung", "Der Hessische Tischtennis-Verband begrüßte die Einigung am Montag ausdrücklich.")
        #expect(!a.organizations.contains { $0.contains("begrüßte") }, "\(a.organizations)")
        let b = Self.analyse("Kredit", "Den Kredit gaben die Württembergische Landesbank und die Kreissparkasse Tuttlingen gemeinsam.")
        #expect(!b.organizations.contains { $0.contains(" und ") }, "\(b.organizations)")
        #expect(b.organizations.contains("Württembergische Landesbank"), "\(b.organizations)")
    }

    @Test func aRomanceLocalOfficeIsABody() {
        let a = Self.analyse("Pollution", "La Préfecture maritime de l'Atlantique a déployé trois navires au large de Brest mardi.")
        #expect(a.organizations.contains { $0.hasPrefix("Préfecture maritime") }, "\(a.organizations)")
    }
}
