#ifndef NEWSD_CLANGUAGEID_H
#define NEWSD_CLANGUAGEID_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
/// Identifies the language of UTF-8 text with CLD2 (Debian's libcld2).
/// Writes the ISO 639-1 code (or CLD2's code when there is none) into code (8 bytes),
/// returns the percentage of the text in that language, and sets *reliable.
int newsd_detect_language(const char *text, size_t length, const char *tld_hint, char code[8], int *reliable);
#ifdef __cplusplus
}
#endif
#endif
