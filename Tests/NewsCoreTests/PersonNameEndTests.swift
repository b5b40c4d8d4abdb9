@testable import NewsCore
import Testing

/// Where a name after or before a title ends, and what begins it: Chinese names before a verb of meeting
/// and names that end like a body's (军, 国), 曾 as a family name, Korean positions and bodies' long names,
/// Arabic compound given names, fields after a title and nouns in the accusative, Japanese department
/// heads; and the look-alikes that stay out. Texts written for these tests; the names are invented.
@Suite struct PersonNameEndTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        // A verb of meeting ends a foreign name after a title; 军 and 国 end given names too.
        ("会谈", "会谈前，智利外长莫拉雷斯进行了简短交流。", "莫拉雷斯"),
        ("会谈", "秘鲁总统卡斯塔涅达举行欢迎仪式。", "卡斯塔涅达"),
        // A word of time between a name and its verb is no part of it (never five characters then).
        ("会谈", "两国元首在首都举行会谈。国家主席林建平当天表示，双方将深化经贸合作。", "林建平"),
        ("会谈", "总统伊尔科维奇随后表示，谈判取得进展。", "伊尔科维奇"),
        ("记者会", "外交部发言人宋立安回答说，中方的立场没有变化。", "宋立安"),
        ("发布会", "公司创始人周立军今天宣布了新的计划。", "周立军"),
        ("发布会", "集团董事长李振国表示，将扩大投资。", "李振国"),
        ("发布会", "该公司创始人郭军3日宣布了新的计划。", "郭军"),
        ("发布会", "该公司董事长曾庆平说，订单已经排到明年。", "曾庆平"),
        ("发布会", "顺安区区长赵海明说，新的公园将于五月开放。", "赵海明"),
        // Korean: a position before a name, a researcher after one, a body's long name between name and title.
        ("야구", "구단은 투수 박성민과 2년 계약을 맺었다.", "박성민"),
        ("증시", "대신증권 김도윤 연구원은 반등을 예상했다.", "김도윤"),
        ("금리", "데이비드 밀러 미국 국가과학기술위원회 위원장은 회의를 열었다.", "데이비드 밀러"),
        // Arabic: نور الدين and the family name after it, a field after the title, a feminine title,
        // Ali spelt with ي, a given name that is a place, a demonym as the family name, an accusative noun.
        ("رياضة", "وقال المدرب الوطني نور الدين العلوي إن الفريق جاهز.", "نور الدين العلوي"),
        ("رياضة", "وقال رئيس اتحاد لكرة القدم هاني الشريف إن الملعب جاهز.", "هاني الشريف"),
        ("مشروع", "وقالت المهندسة هالة يوسف إن العمل يسير وفق الجدول.", "هالة يوسف"),
        ("زيارة", "واستقبل الوزير نظيره كمال علي حسن في القاهرة.", "كمال علي حسن"),
        ("أسعار", "وقال المحلل سالم العتيبي إن الأسعار سترتفع.", "سالم العتيبي"),
        ("أسواق", "وقال المحلل خالد المغربي إن السوق مستقرة.", "خالد المغربي"),
        ("اتفاق", "ووقع الرئيس تيودور بانغا موسيني اتفاقا مع الشركة.", "تيودور بانغا موسيني"),
        ("نادي", "أعلن النادي التعاقد مع المدرب رودريغو فيرنانديز لمدة عامين. وقال المدير إن الفريق جاهز.", "رودريغو فيرنانديز"),
        // Russian: a body's name ends before its head's given name.
        ("Ставка", "Председатель Банка России Марина Ковалёва заявила, что ставка останется прежней.", "Марина Ковалёва"),
        // Japanese: a department's head, a family name first.
        ("会見", "営業本部の中村直樹部長は記者会見で説明した。", "中村直樹"),
        ("説明", "総務課の高橋恵子課長が制度の変更を説明した。", "高橋恵子"),
    ])
    func aNameEndsWhereItsWordsDo(title: String, body: String, name: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.contains(name), "\(a.people)")
        // Never with the title or the next words run into it.
        #expect(!a.people.contains { $0 != name && ($0.hasPrefix(name) || $0.hasSuffix(name)) }, "\(a.people)")
    }

    @Test(arguments: [
        // 曾 as "once", an army's name.
        ("会议", "会上，部长曾多次表示，将加快改革。"),
        ("会议", "这位部长曾经指出，市场需要稳定。"),
        ("球队", "这位教练曾效力于多家俱乐部。"),
        ("会议", "总统曾坦言，改革并不容易。"),
        ("演习", "国防部发言人说，人民解放军将举行演习。"),
        // 区长 and 司长 end other words too: only a family name makes a name after them.
        ("公司", "这家公司长达十年的诉讼终于结束。"),
        ("地区", "该地区长达三年的干旱仍在持续。"),
        // A verb of meeting ends a name after a title only: no name before it otherwise.
        ("活动", "活动定于下周，周三晚举行开幕式。"),
        // A word and its particle before a title word that is also a market; a bank's short name; a word
        // before a position that is also "a claim".
        ("증시", "그의 발언도 시장에 영향을 줬다."),
        ("증시", "한은 총재 발언에 시장이 출렁였다."),
        ("정치", "야당은 정부의 주장을 반박했다."),
        // A department's own word before its title; two characters are as often a word.
        ("会見", "電池開発部長は会見で説明した。"),
        ("会見", "営業部長が新しい制度を説明した。"),
        // Nouns in the accusative and a word with bi- after a title are no name.
        ("صناعة", "افتتح وزير الصناعة مصنعا جديدا للإسمنت."),
        ("اتفاق", "وأشاد مدير الشركة، بالاتفاق الجديد."),
        // A school's and a firm's name before a verb.
        ("Rentrée", "Le lycée Jean-Pierre Vernant a accueilli 800 élèves lundi."),
        ("Retail", "Shares rose after the retailer Harold Finch said sales were up."),
    ])
    func aLookAlikeIsNoName(title: String, body: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.isEmpty, "\(a.people)")
    }
}
