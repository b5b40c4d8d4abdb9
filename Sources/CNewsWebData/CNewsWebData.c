// NewsWeb's data files, compiled in by C23 #embed, so that `newsd web` needs no files beside the binary.
// A file added to Sources/NewsWeb/Resources must be listed here too (WebServerPartsTests checks it).
#include "CNewsWebData.h"
#include <string.h>

static const unsigned char layout[] = {
#embed "../NewsWeb/Resources/templates/layout.mustache"
};
static const unsigned char alerts[] = {
#embed "../NewsWeb/Resources/templates/alerts.mustache"
};
static const unsigned char article[] = {
#embed "../NewsWeb/Resources/templates/article.mustache"
};
static const unsigned char story[] = {
#embed "../NewsWeb/Resources/templates/story.mustache"
};
static const unsigned char search[] = {
#embed "../NewsWeb/Resources/templates/search.mustache"
};
static const unsigned char overview[] = {
#embed "../NewsWeb/Resources/templates/overview.mustache"
};
static const unsigned char error_page[] = {
#embed "../NewsWeb/Resources/templates/error.mustache"
};
static const unsigned char css[] = {
#embed "../NewsWeb/Resources/static/newsd.css"
};
static const unsigned char js[] = {
#embed "../NewsWeb/Resources/static/live.js"
};
static const unsigned char openapi[] = {
#embed "../NewsWeb/Resources/openapi.yaml"
};

static const struct {
    const char *path;
    const unsigned char *bytes;
    size_t count;
} resources[] = {
    {"templates/layout.mustache", layout, sizeof layout},
    {"templates/alerts.mustache", alerts, sizeof alerts},
    {"templates/article.mustache", article, sizeof article},
    {"templates/story.mustache", story, sizeof story},
    {"templates/search.mustache", search, sizeof search},
    {"templates/overview.mustache", overview, sizeof overview},
    {"templates/error.mustache", error_page, sizeof error_page},
    {"static/newsd.css", css, sizeof css},
    {"static/live.js", js, sizeof js},
    {"openapi.yaml", openapi, sizeof openapi},
};

const unsigned char *newsweb_resource(const char *path, size_t *count) {
    for (size_t i = 0; i < sizeof resources / sizeof resources[0]; i++) {
        if (strcmp(resources[i].path, path) == 0) {
            *count = resources[i].count;
            return resources[i].bytes;
        }
    }
    *count = 0;
    return NULL;
}

const char *newsweb_resource_path(size_t index) {
    return index < sizeof resources / sizeof resources[0] ? resources[index].path : NULL;
}
