#include "sys.h"
void _start(void) {
    sys_exit(42);
}
