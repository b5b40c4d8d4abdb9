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

size_t newsd_heap_in_use(void) {
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

size_t newsd_heap_held(void) {
    struct mallinfo2 info = mallinfo2();
    return info.arena + info.hblkhd;
}

int newsd_malloc_arena_max(int n) {
    return mallopt(M_ARENA_MAX, n);
}

int newsd_malloc_mmap_threshold(size_t bytes) {
    return mallopt(M_MMAP_THRESHOLD, (int)bytes);
}

int newsd_malloc_trim(void) {
    return malloc_trim(0);
}
