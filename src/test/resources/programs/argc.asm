; Prints argc as one digit and exits with it; uses only the stack, so it also runs as a PIE.
; pie
; args: "a" "b" "c" "d"
        global  _start

        section .text
_start:
        mov     rax, [rsp]
        add     al, '0'
        dec     rsp
        mov     byte [rsp], 10
        dec     rsp
        mov     [rsp], al
        mov     eax, 1
        mov     edi, 1
        mov     rsi, rsp
        mov     edx, 2
        syscall
        mov     rdi, [rsp + 2]
        mov     eax, 60
        syscall
