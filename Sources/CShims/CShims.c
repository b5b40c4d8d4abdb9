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

/* The read-only segments of the object that holds this code (the daemon's executable): most of
   the pages start-up maps there (argument parsing, the tables' construction, the CLI's other
   commands; the kernel maps 16 pages around each fault) are never read again, yet stay resident.
   In a draining backlog 13.0 MiB of newsd's code segment were resident and 5.5 MiB of them read
   in 40 s. Released at each trim, the segment holds what the last seconds ran. */
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>

struct newsd_code_release {
    uintptr_t address;
    long released;
};

static int newsd_has_text_relocations(const struct dl_phdr_info *info) {
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        if (p->p_type != PT_DYNAMIC) continue;
        for (const ElfW(Dyn) *d = (const ElfW(Dyn) *)(info->dlpi_addr + p->p_vaddr); d->d_tag != DT_NULL; d++) {
            if (d->d_tag == DT_TEXTREL) return 1;
            if (d->d_tag == DT_FLAGS && (d->d_un.d_val & DF_TEXTREL)) return 1;
        }
    }
    return 0;
}

static int newsd_release_object_code(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct newsd_code_release *release = data;
    int holds = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        uintptr_t start = info->dlpi_addr + p->p_vaddr;
        if (p->p_type == PT_LOAD && release->address >= start && release->address < start + p->p_memsz) holds = 1;
    }
    if (!holds) return 0;
    if (newsd_has_text_relocations(info)) return 1;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        if (p->p_type != PT_LOAD || (p->p_flags & PF_W)) continue;
        // Whole pages inside the segment's bytes of the file only: a page shared with a writable
        // segment, or past the file's end, is not touched.
        uintptr_t start = (info->dlpi_addr + p->p_vaddr + page - 1) & ~(page - 1);
        uintptr_t end = (info->dlpi_addr + p->p_vaddr + p->p_filesz) & ~(page - 1);
        if (end <= start) continue;
        if (madvise((void *)start, end - start, MADV_DONTNEED) != 0) {
            release->released = -1;
            return 1;
        }
        release->released += (long)(end - start);
    }
    return 1;
}

long newsd_release_code_pages(void) {
    struct newsd_code_release release = {(uintptr_t)&newsd_release_code_pages, 0};
    dl_iterate_phdr(newsd_release_object_code, &release);
    return release.released;
}
