#ifndef NEWSD_CMARKUP_H
#define NEWSD_CMARKUP_H
#include <stddef.h>

/// Parses HTML (html != 0, libxml2's lenient HTML parser) or XML (no network, no external
/// entities) and returns the tree flattened into a malloc'd event stream, or NULL:
///   'S' u32 name-length name u32 attribute-count (u32 len key u32 len value)*   element start
///   'E'                                                                          element end
///   'T' u32 length text                                                          text or CDATA
/// Integers are little-endian. Element and attribute names are lower-cased for HTML.
/// Free the result with newsd_markup_free. *too_deep is set (and NULL returned) when libxml2
/// stopped at its nesting limit (256 levels), so that the caller can say so.
unsigned char *newsd_markup_parse(const char *bytes, size_t length, int html, const char *encoding,
                                  size_t *out_length, int *too_deep);

void newsd_markup_free(unsigned char *events);

#endif
