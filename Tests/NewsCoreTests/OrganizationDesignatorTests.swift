import NewsCore
import Testing

/// Bodies that no list names, found by their designator word (twenty-fifth session): Arabic hospitals, directorates,
/// police forces and newspapers, Vietnamese provinces' committees and police, Japanese chambers, Korean district
/// prosecutors and courts, and an English possessive inside a name; with look-alikes that must stay as they were.
/// Texts written for these tests.
@Suite struct OrganizationDesignatorTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        Case(text: "نقل المصابون إلى مستشفى الزهراء التخصصي يوم الخميس.", organizations: ["مستشفى الزهراء التخصصي"]),
        Case(text: "وقالت مديرية الأمن الوطني إن الطريق أغلق بسبب الثلوج.", organizations: ["مديرية الأمن الوطني"]),
        // العام ("general") goes on a body's name, but not before a word of time ("last year").
        Case(text: "وقال المتحدث باسم مديرية الدفاع العام إن فرق الإنقاذ وصلت إلى القرية.", organizations: ["مديرية الدفاع العام"]),
        Case(text: "وارتفعت أرباح مجموعة الرواد العام الماضي بنسبة عشرة في المئة.", absent: ["مجموعة الرواد العام", "مجموعة الرواد العام الماضي"]),
        Case(text: "وذكرت صحيفة الرائد أن المفاوضات ستستأنف الأسبوع المقبل.", organizations: ["صحيفة الرائد"]),
        Case(text: "وقالت المنظمة العربية للتنمية الزراعية إن المحصول تراجع هذا العام.",
             organizations: ["المنظمة العربية للتنمية الزراعية"]),
        // A hospital with the article, a newspaper's adjective of kind: no name.
        Case(text: "ونقل الجرحى إلى المستشفى الميداني قرب الحدود.", absent: ["المستشفى الميداني"]),
        Case(text: "ونشرت صحيفة محلية تقريرا عن الانتخابات في المدينة.", absent: ["صحيفة محلية"]),
    ])
    func arabicHeads(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A firm's name of two words before its kind's word or its origin's.
        Case(text: "وقالت مجموعة فاروق حمدان القابضة إنها باعت حصتها في المشروع.", organizations: ["مجموعة فاروق حمدان القابضة"]),
        Case(text: "وقال المحلل في شركة نوفا كابيتال الكويتية إن السوق تراجعت.", organizations: ["نوفا كابيتال"]),
        // A person's name after a firm's of one word does not go on into it.
        Case(text: "وقال رئيس شركة نوفا سامي العتيبي إن الأرباح ارتفعت.", absent: ["شركة نوفا سامي العتيبي", "شركة نوفا سامي"]),
    ])
    func arabicFirmsOfTwoWords(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "Smaller producers such as Ridgeway Energy and Coldwater Oil and Gas could not meet the deadline.",
             organizations: ["Ridgeway Energy", "Coldwater Oil and Gas"]),
        Case(text: "Tamsin Grain Cooperative will close two elevators, and Marlow Coal said it would cut 60 jobs.",
             organizations: ["Tamsin Grain Cooperative", "Marlow Coal"]),
        // The word first is no firm's.
        Case(text: "Energy Secretary Ed Miliband said the plan would cut bills.", absent: ["Energy Secretary Ed Miliband", "Energy Secretary"]),
    ])
    func englishFirmsByTheirKind(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // The committee's name ends with the province's; the acronym alone is no second name.
        Case(text: "UBND tỉnh Quảng Nam yêu cầu các huyện sơ tán dân trước khi bão đổ bộ.", organizations: ["UBND tỉnh Quảng Nam"],
             absent: ["UBND"]),
        // Before its chairman's name (the province's and his run together) the committee's name does not run on.
        Case(text: "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng yêu cầu các huyện sơ tán dân.",
             absent: ["UBND tỉnh Quảng Nam Lê Văn Dũng", "UBND tỉnh Quảng Nam Lê Văn Dũng yêu"]),
        Case(text: "Chủ tịch UBND tỉnh Bình Sơn Cao Minh Đức báo cáo về tình hình mưa lũ.",
             absent: ["UBND tỉnh Bình Sơn Cao Minh Đức báo", "UBND tỉnh Bình Sơn Cao Minh Đức"]),
        Case(text: "Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam yêu cầu các huyện trữ nước ngọt.",
             absent: ["UBND tỉnh Bến Tre Trần Ngọc Tam", "UBND tỉnh Bến Tre Trần Ngọc Tam yêu"]),
        // A person's name right after the province's word is no province's.
        Case(text: "Chủ tịch UBND tỉnh Trần Văn Hưng cho biết lực lượng cứu hộ đã có mặt.", absent: ["UBND tỉnh Trần Văn Hưng"]),
        Case(text: "Công an thành phố Đà Nẵng đã khởi tố vụ án vào sáng nay.", organizations: ["Công an thành phố Đà Nẵng"]),
        Case(text: "Theo Viện Nghiên cứu Lúa miền Bắc, sản lượng năm nay tăng nhẹ.", organizations: ["Viện Nghiên cứu Lúa miền Bắc"]),
    ])
    func vietnameseCommitteesAndRegions(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "福岡商工会議所によると、市内の求人は増えている。", organizations: ["福岡商工会議所"]),
        Case(text: "부산지검 형사부는 3일 업체 대표를 기소했다. 재판은 부산지법에서 열린다.", organizations: ["부산지검", "부산지법"]),
        Case(text: "운항은 해운 기업 동해마린이 맡고, 부품은 대성정밀이 공급한다.", organizations: ["동해마린", "대성정밀"]),
    ])
    func japaneseAndKoreanSuffixes(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "The Dorset County Sheriff's Office said two roads were closed after the storm.",
             organizations: ["Dorset County Sheriff's Office"], absent: ["Dorset County Sheriff Office"]),
        Case(text: "A report by the Queen’s Health Fund, a youth charity, found that most apprentices stayed on.",
             organizations: ["Queen's Health Fund"], absent: ["Queen Health Fund"]),
        // An owner's possessive before a body's name: the body's name alone.
        Case(text: "Economists at the IMF's Western Hemisphere Department said growth would slow.",
             organizations: ["Western Hemisphere Department"], absent: ["IMF's Western Hemisphere Department", "IMF Western Hemisphere Department"]),
        // A sign other than an apostrophe between the two words is no possessive.
        Case(text: "Shares in Harwick + Lowe Engineering rose 4 percent on Monday.", absent: ["Harwick's Lowe Engineering"]),
    ])
    func possessivesInsideNames(_ c: Case) { Self.check(c) }
}
