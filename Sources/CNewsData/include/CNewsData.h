#ifndef CNEWSDATA_H
#define CNEWSDATA_H
#include <stddef.h>

/// The bytes of a data file of NewsCore's Resources/, compiled into the binary; its length in `count`.
const unsigned char *newsd_default_topics_yaml(size_t *count);
const unsigned char *newsd_lexicon_tsv(size_t *count);
const unsigned char *newsd_country_names_tsv(size_t *count);
const unsigned char *newsd_languages_tsv(size_t *count);
const unsigned char *newsd_places_tsv(size_t *count);
const unsigned char *newsd_small_towns_tsv(size_t *count);
const unsigned char *newsd_topic_model_tsv(size_t *count);
const unsigned char *newsd_name_context_tsv(size_t *count);
const unsigned char *newsd_place_context_tsv(size_t *count);
const unsigned char *newsd_name_shapes_tsv(size_t *count);
const unsigned char *newsd_organizations_tsv(size_t *count);
const unsigned char *newsd_organizations_ja_tsv(size_t *count);
const unsigned char *newsd_korean_words_tsv(size_t *count);

/// Asks the processor to bring the cache line at `p` into its caches: a hint, which never faults
/// (`WordTable`'s batched look-ups fetch a few keys ahead, so that their cache misses overlap).
static inline void newsd_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

#endif
