// NewsCore's data files, compiled in by C23 #embed: clang reads them in milliseconds, where
// SwiftPM's .embedInCode writes a [UInt8] literal that takes the Swift compiler over a minute.
// (madvise is POSIX, hidden by strict C23 without this.)
#define _DEFAULT_SOURCE
#include "CNewsData.h"
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

// Every data file in one section of its own, so that the pages they fill can be handed back
// once they are read (newsd_release_data_pages); the linker names its bounds.
#define NEWSD_DATA __attribute__((section("newsd_data"), used))
extern const unsigned char __start_newsd_data[];
extern const unsigned char __stop_newsd_data[];

int newsd_release_data_pages(void) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    // Only whole pages of the section: read-only bytes of the binary, never written, which the
    // kernel reads from the file again if they are touched later.
    uintptr_t start = ((uintptr_t)__start_newsd_data + page - 1) & ~(page - 1);
    uintptr_t end = (uintptr_t)__stop_newsd_data & ~(page - 1);
    if (end <= start) return 0;
    return madvise((void *)start, end - start, MADV_DONTNEED);
}

size_t newsd_data_bytes(void) { return (size_t)(__stop_newsd_data - __start_newsd_data); }

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
