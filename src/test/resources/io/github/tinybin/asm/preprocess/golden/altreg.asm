%use altreg
%use "altreg"
        mov r0, r1
        mov R2d, r3w
        mov r4b, r0h
        mov r8l, r15L
        add r7l, r3H
