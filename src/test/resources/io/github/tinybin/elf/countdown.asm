; Counts down from the number in .data, one line per step, into a buffer in .bss,
; through a subroutine; exits with the status kept in .data (42).
        section .data
start:  dd      5
status: db      42

        section .rodata
done:   db      "liftoff", 10
done_len equ    $ - done

        section .bss
line:   resb    16
        alignb  64
scratch: resq   256

        section .text
        global  _start
_start:
        mov     ebx, [rel start]
.next:
        mov     eax, ebx
        add     al, '0'
        lea     rdi, [rel line]
        mov     [rdi], al
        mov     byte [rdi + 1], 10
        mov     edx, 2
        call    print
        mov     [rel scratch + 8 * 255], rbx    ; the last .bss byte is mapped and writable
        dec     ebx
        jnz     .next
        lea     rdi, [rel done]
        mov     edx, done_len
        call    print
        movzx   edi, byte [rel status]
        mov     eax, 60
        syscall

; write(1, rdi, rdx)
print:
        mov     rsi, rdi
        mov     edi, 1
        mov     eax, 1
        syscall
        ret
