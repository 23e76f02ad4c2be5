#include "sys.h"
static int counter = 5;
static long total = 1000;
static char msg[] = "value: ?\n";
static unsigned char bytes[] = {1, 2, 3, 4, 5, 6, 7, 8};
static short words[] = {0x100, 0x200, -1};
static int dwords[] = {-2, 0x12345678};
static long zeroes[16];
static char state;
void _start(void) {
    long any = 0;
    for (int i = 0; i < 16; i++) {
        any |= zeroes[i];
    }
    if (any) {
        sys_exit(1);
    }
    do {
        for (int i = 0; i < 8; i++) {
            total += bytes[i];
        }
    } while (--counter);
    total += (unsigned int) words[2]; /* as the asm: movsx eax zero-extends into rax */
    total += dwords[0];
    state = 1;
    msg[sizeof msg - 3] = (char) ('0' + total % 10);
    sys_write(1, msg, sizeof msg - 1);
    sys_exit((int) (unsigned int) (total - 1100 + state));
}
