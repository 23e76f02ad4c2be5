#include "sys.h"
void _start(void) {
    static const char message[] = "Hello!\n";
    sys_write(1, message, sizeof message - 1);
    sys_exit(0);
}
