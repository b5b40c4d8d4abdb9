#include "CMarkup.h"
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

typedef struct { unsigned char *data; size_t length, capacity; int failed; } Buffer;

static void put(Buffer *b, const void *bytes, size_t n) {
    if (b->failed) return;
    if (b->length + n > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 4096;
        while (capacity < b->length + n) capacity *= 2;
        unsigned char *grown = realloc(b->data, capacity);
        if (!grown) { b->failed = 1; return; }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
}

static void put_u32(Buffer *b, size_t v) {
    unsigned char le[4] = {v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, (v >> 24) & 0xFF};
    put(b, le, 4);
}

static void put_string(Buffer *b, const char *s) {
    size_t n = s ? strlen(s) : 0;
    put_u32(b, n);
    if (n) put(b, s, n);
}

static void walk(Buffer *b, xmlNodePtr node, int depth) {
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            put(b, "T", 1);
            put_string(b, (const char *)node->content);
        } else if (node->type == XML_ELEMENT_NODE) {
            char name[256];
            if (node->ns && node->ns->prefix)
                snprintf(name, sizeof name, "%s:%s", node->ns->prefix, node->name);
            else
                snprintf(name, sizeof name, "%s", node->name);
            put(b, "S", 1);
            put_string(b, name);
            size_t count = 0;
            for (xmlAttrPtr a = node->properties; a; a = a->next) count++;
            put_u32(b, count);
            for (xmlAttrPtr a = node->properties; a; a = a->next) {
                char key[256];
                if (a->ns && a->ns->prefix)
                    snprintf(key, sizeof key, "%s:%s", a->ns->prefix, a->name);
                else
                    snprintf(key, sizeof key, "%s", a->name);
                put_string(b, key);
                xmlChar *value = xmlNodeGetContent((xmlNodePtr)a);
                put_string(b, (const char *)value);
                if (value) xmlFree(value);
            }
            if (depth < 400) walk(b, node->children, depth + 1);
            put(b, "E", 1);
        }
    }
}

/* libxml2 halts a document nested deeper than xmlParserMaxDepth (256) with this error and keeps
   what it read so far: the caller must know, or the rest of the text vanishes without a word. */
static int stopped_too_deep(xmlParserCtxtPtr ctxt) {
    xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
    return e && e->code == XML_ERR_INTERNAL_ERROR && e->message && strstr(e->message, "Excessive depth");
}

unsigned char *newsd_markup_parse(const char *bytes, size_t length, int html, const char *encoding,
                                  size_t *out_length, int *too_deep) {
    xmlDocPtr doc;
    *too_deep = 0;
    if (html) {
        int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_COMPACT;
        htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
        if (!ctxt) return NULL;
        doc = htmlCtxtReadMemory(ctxt, bytes, (int)length, NULL, encoding, options);
        *too_deep = stopped_too_deep(ctxt);
        htmlFreeParserCtxt(ctxt);
    } else {
        int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT;
        xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
        if (!ctxt) return NULL;
        doc = xmlCtxtReadMemory(ctxt, bytes, (int)length, NULL, encoding, options);
        *too_deep = stopped_too_deep(ctxt);
        xmlFreeParserCtxt(ctxt);
    }
    if (!doc) return NULL;
    if (*too_deep) { xmlFreeDoc(doc); return NULL; }
    Buffer b = {0};
    walk(&b, xmlDocGetRootElement(doc), 0);
    xmlFreeDoc(doc);
    if (b.failed || b.length == 0) { free(b.data); return NULL; }
    *out_length = b.length;
    return b.data;
}

void newsd_markup_free(unsigned char *events) { free(events); }
