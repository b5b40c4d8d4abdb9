@testable import NewsCore
import Testing

/// People after a title and the words of their office, roles of more kinds in each language, and
/// the look-alikes that stay out (a street, a ship, a firm named after a person, a German body).
/// Texts written for these tests; the names are invented.
@Suite struct PersonRoleTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test func aVietnameseNameAfterTheMinistryOrTheCountryIsAPerson() {
        let a = Self.analyse("Hội nghị", "Bộ trưởng Bộ Công Thương Trịnh Văn Lộc đã gặp Bộ trưởng Thương mại Campuchia Sok Vannara tại Đà Nẵng. Ông Lộc cho biết hai bên sẽ hợp tác.")
        #expect(a.people.contains("Trịnh Văn Lộc"), "\(a.people)")
        #expect(a.people.contains("Sok Vannara"), "\(a.people)")
        #expect(!a.people.contains("Lộc") && !a.people.contains("Thương"), "\(a.people)")
        // Right after the head, a person's name is the body's: a hospital named after him.
        let b = Self.analyse("Y tế", "Bệnh viện Nguyễn Tri Phương vừa khánh thành khu điều trị mới.")
        #expect(!b.people.contains("Nguyễn Tri Phương"), "\(b.people)")
    }

    @Test func aRussianNameAfterTheWordsOfTheOfficeIsAPersonAndTheOfficesPlaceIsNot() {
        let a = Self.analyse("Совещание", "Глава Тверской области Андрей Ворошилов встретился с министром энергетики Павлом Сомовым. Мэр Твери Светлана Гречко тоже присутствовала.")
        #expect(a.people.contains("Андрей Ворошилов"), "\(a.people)")
        #expect(a.people.contains("Павлом Сомовым"), "\(a.people)")
        #expect(a.people.contains("Светлана Гречко"), "\(a.people)")
        #expect(!a.people.contains("Тверской") && !a.people.contains("Твери Светлана Гречко"), "\(a.people)")
        // Words of the office, then a body's name, are no person's.
        let b = Self.analyse("Заседание", "Президент выступил на заседании Совета Федерации в среду.")
        #expect(b.people.isEmpty, "\(b.people)")
    }

    @Test func aRussianGivenNameOrAPatronymicMakesAShape() {
        #expect(PersonFinder.isRussianGivenName("алексеи"))
        #expect(PersonFinder.isRussianGivenName("ольгои"))
        #expect(PersonFinder.isRussianGivenName("денисом"))
        #expect(!PersonFinder.isRussianGivenName("области"))
        #expect(PersonFinder.isPatronymic("петрович") && PersonFinder.isPatronymic("сергеевнои"))
        #expect(!PersonFinder.isPatronymic("москва"))
    }

    @Test(arguments: [
        ("会议", "首席经济学家吴海峰认为，明年经济将保持稳定。", "吴海峰"),
        ("足球", "运动员赵明远说，他已经恢复训练。", "赵明远"),
        ("経済", "桜井直樹経産相は3日、記者会見を開いた。", "桜井直樹"),
        ("인사", "회의에는 현대건설 송재원 전무도 참석했다.", "송재원"),
        ("مباراة", "وقال المحلل الرياضي ناصر القحطاني إن الفريق يستحق الفوز.", "ناصر القحطاني"),
        ("نفط", "واتصل وزير النفط بنظيره الكويتي بدر المطيري يوم الأحد.", "بدر المطيري"),
        ("Tarifstreit", "Der Konzern-Personalvorstand Henrik Albersmeyer lehnte das Angebot ab.", "Henrik Albersmeyer"),
        ("Juicio", "El abogado Ramiro Etxeberria Salas presentó un recurso ante el tribunal.", "Ramiro Etxeberria Salas"),
        // After a comma the firm's word is no longer before the name: an apposition.
        ("Wages", "Talks were led by the head of the dockers' union, Harriet Quellmalz, on Monday.", "Harriet Quellmalz"),
    ])
    func aRoleOfAnotherKindMakesAPerson(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
    }

    @Test func anArabicPlayerAfterHisClubIsAPersonAndAVerbAfterATitleIsNot() {
        let a = Self.analyse("رياضة", "غاب لاعب نادي الهلال خالد الشمري عن التدريب.")
        #expect(a.people.contains("خالد الشمري"), "\(a.people)")
        let b = Self.analyse("وزير الخارجية يلتقي السفراء", "عقد الاجتماع في العاصمة.")
        #expect(b.people.isEmpty, "\(b.people)")
    }

    @Test(arguments: [
        ("Manifestation", "Les manifestants ont bloqué l'avenue Charles-de-Gaulle pendant deux heures.", "Charles de Gaulle"),
        ("Puerto", "El buque Cristóbal Colón zarpó del puerto con 300 pasajeros.", "Cristóbal Colón"),
        ("Retail", "Staff at the retailer Gemma Ravenhill will get a pay rise, the chain said.", "Gemma Ravenhill"),
        ("Verband", "Der Mieterverband Nordhessen forderte am Montag niedrigere Mieten.", "Mieterverband Nordhessen"),
        ("律师", "律师事务所表示将提起上诉。", "事务所"),
    ])
    func aStreetAShipAFirmOrABodyIsNoPerson(title: String, body: String, notName: String) {
        let a = Self.analyse(title, body)
        #expect(!a.people.contains(notName), "\(a.people)")
    }

    /// An honorific written in lower case and capitalised at a sentence's start is no part of the name after it ("Chị
    /// Lan", "Señor Pérez"); one written capitalised stays ("Lady Gaga").
    @Test(arguments: [
        ("Chợ", "Chị Hạnh cho biết giá rau đã tăng gấp đôi.", "Hạnh", "Chị Hạnh"),
        ("Precios", "Señora Gutiérrez dijo que los precios del pan suben cada semana.", "Gutiérrez", "Señora Gutiérrez"),
        ("Tour", "Lady Marlowe said she would open the show in May.", "Lady Marlowe", "Marlowe"),
    ])
    func aLowerCaseHonorificAtASentencesStartIsNoPartOfTheName(title: String, body: String, name: String, notName: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.contains(name) && !a.people.contains(notName), "\(a.people)")
    }
}
