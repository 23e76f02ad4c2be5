#include "sys.h"
static long values[] = {0, 1, -1, 42, -42, 1234567890, 0x7fffffffffffffffL, -0x7fffffffffffffffL - 1, 1000000, -999};
static char out[32];
static void print_signed(long v) {
    char *p = out + 31;
    unsigned long u = v < 0 ? -(unsigned long) v : (unsigned long) v;
    *p = '\n';
    do {
        *--p = (char) ('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) {
        *--p = '-';
    }
    sys_write(1, p, out + 32 - p);
}
void _start(void) {
    int count = sizeof values / sizeof values[0];
    for (int i = 0; i < count; i++) {
        print_signed(values[i]);
    }
    sys_exit(count);
}
