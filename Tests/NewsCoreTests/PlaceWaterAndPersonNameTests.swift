@testable import NewsCore
import Testing

/// Seas, rivers, a canal and mountains as places (lexicon.tsv, the places24 block), named alone or after their
/// article where the name is also a word or a given name; a town's name inside a person's name; Arabic names after
/// a title that the finder cut short or ran on. Texts written for these tests.
@Suite struct PlaceWaterAndPersonNameTests {
    @Test(arguments: [
        ("Schifffahrt", "Nach dem Regen ist der Pegel der Mosel bei Koblenz gestiegen, teilte das Amt mit.", "Mosel"),
        ("Werft", "Die Werft liegt an der Ems, nicht weit vom Bahnhof.", "Ems"),
        ("Wetter", "Der Wetterdienst warnt für den Harz vor Schnee und Glätte.", "Harz"),
        ("Energie", "Der Netzbetreiber plant neue Leitungen zu den Windparks in der Nordsee.", "North Sea"),
        ("Shipyard", "Workers gathered at the yard on the Clyde as the order was announced.", "Clyde"),
        ("Alluvione", "A Firenze l'Arno è salito oltre il livello di guardia nella notte.", "Arno"),
        ("Наводнение", "В Кимрах закрыли мост через Волгу, сообщили власти.", "Volga"),
        ("الشحن", "قالت الشركة إن التوترات في البحر الأحمر رفعت تكاليف الشحن.", "Red Sea"),
        ("Tempête", "Des vents violents ont soufflé sur la mer Noire pendant la nuit, selon les autorités.", "Black Sea"),
    ])
    func aSeaARiverOrARangeIsAPlace(title: String, body: String, place: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.places.contains(place), "\(a.places)")
    }

    /// The same names as a given name, a firm's word, an acronym or a German noun are none.
    @Test(arguments: [
        ("Basketball", "Clyde Drexler spoke to reporters after the game on Sunday.", "Clyde"),
        ("Health", "EMS crews reached the scene within ten minutes, the county said.", "Ems"),
        ("Chemie", "Das Harz der Kiefer wird in der Fabrik zu Lack verarbeitet.", "Harz"),
        ("Literatur", "Der Schriftsteller Arno Schmidt wurde in Hamburg geboren.", "Arno"),
        ("Auto", "Die Thames Water Group muss eine Strafe zahlen, sagte Ofwat.", "Thames"),
    ])
    func aWaterOrRangeNameAsAWordIsNoPlace(title: String, body: String, notPlace: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(!a.places.contains(notPlace), "\(a.places)")
    }

    /// قناة السويس is the canal, not the city of Suez inside its name.
    @Test func theSuezCanalIsNoCityOfSuez() {
        let a = EntityContextTests.analyse("القناة", "أعلنت هيئة قناة السويس أن إيرادات القناة انخفضت الشهر الماضي.")
        #expect(a.places.contains("Suez Canal"), "\(a.places)")
        #expect(!a.places.contains("السويس"), "\(a.places)")
    }

    /// A town's name as a family name after a given name and its links, or as a given name before a family name.
    @Test(arguments: [
        ("Sindacati", "Il segretario della Fiom, Michele De Palma, ha chiesto un incontro al governo.", "Michele De Palma", "Palma"),
        ("Economía", "Según el economista Santiago Carbó, el impacto será limitado.", "Santiago Carbó", "Santiago"),
        ("Porto", "Secondo l'analista Paolo Di Bari, il traffico del porto crescerà ancora.", "Paolo Di Bari", "Bari"),
    ])
    func aTownInsideAPersonsNameIsNoPlace(title: String, body: String, person: String, town: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.people.contains(person), "\(a.people)")
        #expect(!a.places.contains(town), "\(a.places)")
    }

    /// The town stays a town where no name is made of it: after a preposition, before a comma.
    @Test func aTownBesideNoNameStaysATown() {
        let a = EntityContextTests.analyse("Viaje", "El ministro viajó a Santiago, donde se reunió con empresarios chilenos.")
        #expect(a.places.contains("Santiago"), "\(a.places)")
        let b = EntityContextTests.analyse("Porto", "O navio chegou ao porto de Santos na segunda-feira.")
        #expect(b.places.contains("Santos"), "\(b.places)")
        // A saint's name in a bank's is no person's.
        for body in ["L'Istituto Bancario San Paolo di Torino ha chiuso il bilancio in utile.",
                     "TURIN - Italian state bank Istituto Bancario San\nPaolo di Torino said its unit had signed a letter of intent."] {
            let c = EntityContextTests.analyse("Banca", body)
            #expect(!c.people.contains { $0.contains("Paolo") }, "\(c.people)")
        }
    }

    /// Arabic: a given name that is a town and a family name that is one after a title (سالم الخليل), Ali first after
    /// a title, a title in apposition after the name, a field of two offices, a verb in the future after the name.
    @Test(arguments: [
        ("مصنع", "وقال مدير المصنع سالم الخليل إن الإنتاج سيبدأ الشهر المقبل.", "سالم الخليل"),
        ("النفط", "وقال المحلل علي العامري إن الأسعار قد ترتفع.", "علي العامري"),
        ("أرامكو", "وقال أمين الناصر الرئيس التنفيذي للشركة إن المشروع سيكتمل قريبا.", "أمين الناصر"),
        ("التعليم", "وقال وزير التربية والتعليم محمد عبد اللطيف إن الخطة تهدف إلى خفض الكثافة.", "محمد عبد اللطيف"),
        ("زيارة", "وذكرت الوكالة أن وزير الطاقة الأمير عبد العزيز بن سلمان سيزور بكين الشهر المقبل.", "عبد العزيز بن سلمان"),
        ("البورصة", "وقال المحلل في شركة كامكو إنفست الكويتية محمد الشطي إن المستثمرين يترقبون القرار.", "محمد الشطي"),
    ])
    func arabicNamesAfterTitles(title: String, body: String, person: String) {
        let a = EntityContextTests.analyse(title, body)
        #expect(a.people == [person], "\(a.people)")
    }

    /// الخليل after no given name nor title is Hebron.
    @Test func anArabicTownWithTheArticleStaysATown() {
        let a = EntityContextTests.analyse("زيارة", "زار الوفد مدينة الخليل يوم الأحد.")
        #expect(a.people.isEmpty, "\(a.people)")
        #expect(a.places.contains { $0 == "الخليل" || $0 == "Hebron" }, "\(a.places)")
    }
}
