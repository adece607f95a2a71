/*
 * CPU cost of bringing a cached file into a process, per GB: mapping it in 64 MiB windows and
 * touching one byte per 4 KiB page, against pread into one reused buffer.
 *   cc -O2 -o /tmp/read-cost bench/read-cost.c && /tmp/read-cost FILE map|populate|pread [MiB]
 * (read the file into the page cache first and check it with fincore)
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: read-cost FILE map|populate|pread [MiB]\n");
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        perror(argv[1]);
        return 1;
    }
    long window = (argc > 3 ? atol(argv[3]) : (strcmp(argv[2], "pread") == 0 ? 4 : 64)) << 20;
    unsigned char *buffer = strcmp(argv[2], "pread") == 0 ? aligned_alloc(4096, window) : NULL;
    int flags = MAP_SHARED | (strcmp(argv[2], "populate") == 0 ? MAP_POPULATE : 0);
    long sum = 0;
    struct timespec a, b;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    for (long offset = 0; offset < st.st_size; offset += window) {
        long length = st.st_size - offset < window ? st.st_size - offset : window;
        unsigned char *bytes = buffer;
        if (buffer) {
            length = pread(fd, buffer, length, offset);
        } else {
            bytes = mmap(NULL, length, PROT_READ, flags, fd, offset);
        }
        for (long i = 0; i < length; i += 4096) {
            sum += bytes[i];
        }
        if (!buffer) {
            munmap(bytes, length);
        }
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    double seconds = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
    printf("%s %ld MiB: %.3f CPU-s per GB (checksum %ld)\n", argv[2], window >> 20,
           seconds / (st.st_size / 1e9), sum);
    return 0;
}
