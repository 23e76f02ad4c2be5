; line 3 has an operand that is not one.
        section .text
_start: mov     eax, ]
        syscall
