#include "CLanguageID.h"
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cstring>

extern "C" int newsd_detect_language(const char *text, size_t length, const char *tld_hint, char code[8], int *reliable) {
    CLD2::CLDHints hints = {nullptr, tld_hint, static_cast<int>(CLD2::UNKNOWN_ENCODING), CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language language3[3];
    int percent3[3];
    double scores3[3];
    int text_bytes = 0;
    bool is_reliable = false;
    int flags = 0;
    // The text comes from a Swift String: valid UTF-8 by construction.
    CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
        text, static_cast<int>(length), true, &hints, flags, language3, percent3, scores3, nullptr, &text_bytes,
        &is_reliable);
    const char *c = CLD2::LanguageCode(lang);
    std::strncpy(code, c ? c : "un", 7);
    code[7] = 0;
    *reliable = is_reliable ? 1 : 0;
    return percent3[0];
}
