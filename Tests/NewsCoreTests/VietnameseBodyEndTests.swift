@testable import NewsCore
import Testing

/// Vietnamese writes a body's name with its words after the first in lower case; a few phrases end such a name (name-
/// context.tsv VE). Texts written for these tests.
@Suite struct VietnameseBodyEndTests {
    @Test(arguments: [
        ("Viện Kiểm định nhân dân tối cao đã công bố báo cáo.", "Viện Kiểm định nhân dân tối cao"),
        ("Tòa án nhân dân cấp cao bác đơn kháng cáo của công ty.", "Tòa án nhân dân cấp cao"),
        ("Theo Trung tâm Quan trắc khí tượng thủy văn quốc gia, bão sẽ đổ bộ vào đêm nay.", "Trung tâm Quan trắc khí tượng thủy văn quốc gia"),
        ("Hội đồng Bầu cử quốc gia công bố kết quả bầu cử.", "Hội đồng Bầu cử quốc gia"),
    ])
    func aPhraseEndsABodysName(body: String, name: String) {
        let a = EntityContextTests.analyse("Tin tức", body)
        #expect(a.organizations.contains(name), "\(a.organizations)")
    }

    /// The phrase ends no firm's name, nor a body's after a verb in lower case.
    @Test func notAfterAFirmsNameNorAVerb() {
        let a = EntityContextTests.analyse("Tin tức", "Công ty Vinamilk quốc gia dẫn đầu. Bộ Y tế triển khai chương trình quốc gia về tiêm chủng.")
        #expect(!a.organizations.contains { $0.hasSuffix("quốc gia") }, "\(a.organizations)")
    }
}

/// A Romance body's name that ran on over "de" and a place ends before its holder's name when no comma stands between
/// them; a saint's name inside the name stays. Texts written for these tests.
@Suite struct RomanceBodyBeforeHolderTests {
    @Test func aBodysNameEndsBeforeItsHoldersName() {
        let a = EntityContextTests.analyse("Corrupção",
            "O Ministério Público acusou o antigo vice-presidente da Câmara de Vila Nova de Gaia Álvaro Meireles Sampaio de corrupção passiva e branqueamento de capitais num processo relacionado com licenças urbanísticas.")
        #expect(a.organizations.contains("Câmara de Vila Nova de Gaia"), "\(a.organizations)")
        let b = EntityContextTests.analyse("Julgamento", "O julgamento decorre no Tribunal de São João Novo, no Porto, desde segunda-feira passada, com vinte arguidos.")
        #expect(b.organizations.contains("Tribunal de São João Novo"), "\(b.organizations)")
    }
}
