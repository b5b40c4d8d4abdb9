#ifndef CNEWSDATA_H
#define CNEWSDATA_H
#include <stddef.h>

/// The bytes of a data file of NewsCore's Resources/, compiled into the binary; its length in `count`.
const unsigned char *newsd_default_topics_yaml(size_t *count);
const unsigned char *newsd_lexicon_tsv(size_t *count);
const unsigned char *newsd_country_names_tsv(size_t *count);
const unsigned char *newsd_languages_tsv(size_t *count);
const unsigned char *newsd_places_tsv(size_t *count);
const unsigned char *newsd_topic_model_tsv(size_t *count);
const unsigned char *newsd_name_context_tsv(size_t *count);
const unsigned char *newsd_organizations_tsv(size_t *count);

#endif
