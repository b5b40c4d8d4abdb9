#pragma once
#include <stddef.h>

/// The bytes of one of NewsWeb's data files by its path under Sources/NewsWeb/Resources
/// ("templates/article.mustache"), or NULL when there is none; *count gets its length.
const unsigned char *newsweb_resource(const char *path, size_t *count);

/// The path of the index-th data file, or NULL past the last: lets Swift list them all.
const char *newsweb_resource_path(size_t index);
