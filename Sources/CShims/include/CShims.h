#ifndef NEWSD_CSHIMS_H
#define NEWSD_CSHIMS_H
#include <stddef.h>

/// rename(2) that never replaces an existing target: renameat2(RENAME_NOREPLACE), falling back to
/// link(2) + unlink(2) on file systems without it. Returns 0 or -1 with errno set (EEXIST on collision).
int newsd_rename_noreplace(const char *from, const char *to);

/// The inotify_event header fields of the event at `buffer + offset`.
void newsd_inotify_event(const char *buffer, size_t offset, int *wd, unsigned *mask, unsigned *len);

/// An eventfd(2), non-blocking and close-on-exec, to wake a thread blocked in poll(2).
int newsd_eventfd(void);

/// Bytes glibc's malloc has handed out and not had back (mallinfo2: arenas and mmapped chunks).
size_t newsd_heap_in_use(void);

/// Bytes malloc holds from the system (arenas and mmapped chunks), in use or free.
size_t newsd_heap_held(void);

/// Malloc arenas at most in any process linking this library (one per core of this machine
/// class; threads share them), set before main unless MALLOC_ARENA_MAX is in the environment.
#define NEWSD_MALLOC_ARENA_LIMIT 2

/// How many malloc arenas the process has (malloc_info's heaps), or -1.
int newsd_malloc_arena_count(void);

/// mallopt(M_MMAP_THRESHOLD, bytes): blocks of this size or more are mapped apart and unmapped when
/// freed, and glibc no longer raises the threshold after freeing one. Returns 1 on success.
int newsd_malloc_mmap_threshold(size_t bytes);

/// malloc_trim(0): gives the free pages of every arena back to the system. Returns 1 when memory was released.
int newsd_malloc_trim(void);

/// Drops the resident pages of the read-only segments (code, constants, the embedded data files)
/// of the program or library this is linked into: madvise(MADV_DONTNEED) over each loadable
/// segment that is not writable, whole pages only. Those pages are never written (no text
/// relocations: an object that has any is left alone), so a page touched again is read from the
/// file's page cache. Returns the bytes advised, 0 when nothing was (or -1 on an error).
long newsd_release_code_pages(void);

#endif
