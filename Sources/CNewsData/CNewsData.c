// NewsCore's data files, compiled in by C23 #embed: clang reads them in milliseconds, where
// SwiftPM's .embedInCode writes a [UInt8] literal that takes the Swift compiler over a minute.
#include "CNewsData.h"

// Every data file in a section of its own, which the linker keeps read-only, in the segment of the
// code: the trimmer hands those pages back (CShims newsd_release_code_pages) and the kernel reads
// them from the file again when they are touched. Not in .rodata: the linker lays this program's
// .rodata out in its writable segment (`readelf -lW newsd`), which is never advised, and the 6.7 MiB
// of data files would stay resident through a backlog (CodePagesTests checks where they lie).
#define NEWSD_DATA __attribute__((section("newsd_data")))

NEWSD_DATA static const unsigned char default_topics_yaml[] = {
#embed "../NewsCore/Resources/default-topics.yaml"
};
NEWSD_DATA static const unsigned char lexicon_tsv[] = {
#embed "../NewsCore/Resources/lexicon.tsv"
};
NEWSD_DATA static const unsigned char organizations_tsv[] = {
#embed "../NewsCore/Resources/organizations.tsv"
};

const unsigned char *newsd_organizations_tsv(size_t *count) {
    *count = sizeof organizations_tsv;
    return organizations_tsv;
}
NEWSD_DATA static const unsigned char country_names_tsv[] = {
#embed "../NewsCore/Resources/country-names.tsv"
};

NEWSD_DATA static const unsigned char name_context_tsv[] = {
#embed "../NewsCore/Resources/name-context.tsv"
};

const unsigned char *newsd_name_context_tsv(size_t *count) {
    *count = sizeof name_context_tsv;
    return name_context_tsv;
}
NEWSD_DATA static const unsigned char name_shapes_tsv[] = {
#embed "../NewsCore/Resources/name-shapes.tsv"
};

const unsigned char *newsd_name_shapes_tsv(size_t *count) {
    *count = sizeof name_shapes_tsv;
    return name_shapes_tsv;
}
NEWSD_DATA static const unsigned char organizations_ja_tsv[] = {
#embed "../NewsCore/Resources/organizations-ja.tsv"
};

const unsigned char *newsd_organizations_ja_tsv(size_t *count) {
    *count = sizeof organizations_ja_tsv;
    return organizations_ja_tsv;
}
NEWSD_DATA static const unsigned char languages_tsv[] = {
#embed "../NewsCore/Resources/languages.tsv"
};

const unsigned char *newsd_languages_tsv(size_t *count) {
    *count = sizeof languages_tsv;
    return languages_tsv;
}
NEWSD_DATA static const unsigned char places_tsv[] = {
#embed "../NewsCore/Resources/places.tsv"
};

const unsigned char *newsd_places_tsv(size_t *count) {
    *count = sizeof places_tsv;
    return places_tsv;
}
NEWSD_DATA static const unsigned char small_towns_tsv[] = {
#embed "../NewsCore/Resources/small-towns.tsv"
};

const unsigned char *newsd_small_towns_tsv(size_t *count) {
    *count = sizeof small_towns_tsv;
    return small_towns_tsv;
}
NEWSD_DATA static const unsigned char topic_model_tsv[] = {
#embed "../NewsCore/Resources/topic-model.tsv"
};

const unsigned char *newsd_topic_model_tsv(size_t *count) {
    *count = sizeof topic_model_tsv;
    return topic_model_tsv;
}
const unsigned char *newsd_default_topics_yaml(size_t *count) {
    *count = sizeof default_topics_yaml;
    return default_topics_yaml;
}
const unsigned char *newsd_lexicon_tsv(size_t *count) {
    *count = sizeof lexicon_tsv;
    return lexicon_tsv;
}
const unsigned char *newsd_country_names_tsv(size_t *count) {
    *count = sizeof country_names_tsv;
    return country_names_tsv;
}

NEWSD_DATA static const unsigned char place_context_tsv[] = {
#embed "../NewsCore/Resources/place-context.tsv"
};

const unsigned char *newsd_place_context_tsv(size_t *count) {
    *count = sizeof place_context_tsv;
    return place_context_tsv;
}

NEWSD_DATA static const unsigned char korean_words_tsv[] = {
#embed "../NewsCore/Resources/korean-words.tsv"
};

const unsigned char *newsd_korean_words_tsv(size_t *count) {
    *count = sizeof korean_words_tsv;
    return korean_words_tsv;
}
