#define _GNU_SOURCE
#include "CShims.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

int newsd_rename_noreplace(const char *from, const char *to) {
    if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return -1;
    if (link(from, to) != 0) return -1;
    return unlink(from);
}

void newsd_inotify_event(const char *buffer, size_t offset, int *wd, unsigned *mask, unsigned *len) {
    struct inotify_event event;
    memcpy(&event, buffer + offset, sizeof event);
    *wd = event.wd;
    *mask = event.mask;
    *len = event.len;
}

#include <sys/eventfd.h>
int newsd_eventfd(void) { return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC); }

#include <malloc.h>
#include <stdlib.h>

size_t newsd_heap_in_use(void) {
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

size_t newsd_heap_held(void) {
    struct mallinfo2 info = mallinfo2();
    return info.arena + info.hblkhd;
}

/* glibc fixes its limit on arenas the first time a thread finds none free, and gives each new
   thread an arena of its own until eight exist: a limit set once threads run (the daemon's
   HeapTrimmer did it in run(), after the concurrency pool and the journal's threads had started)
   leaves the four or five arenas made by then, each holding free pages of its own. So the limit
   is set before main, unless MALLOC_ARENA_MAX is in the environment (glibc applies that itself). */
__attribute__((constructor)) static void newsd_limit_arenas_before_main(void) {
    if (getenv("MALLOC_ARENA_MAX") == NULL) mallopt(M_ARENA_MAX, NEWSD_MALLOC_ARENA_LIMIT);
}

int newsd_malloc_arena_count(void) {
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (out == NULL) return -1;
    if (malloc_info(0, out) != 0) {
        fclose(out);
        free(text);
        return -1;
    }
    fclose(out);
    int count = 0;
    for (const char *p = text; (p = strstr(p, "<heap nr=")) != NULL; p++) count++;
    free(text);
    return count;
}

int newsd_malloc_mmap_threshold(size_t bytes) {
    return mallopt(M_MMAP_THRESHOLD, (int)bytes);
}

int newsd_malloc_trim(void) {
    return malloc_trim(0);
}
