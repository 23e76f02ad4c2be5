; struc / istruc / at / iend: a table of records walked with field offsets.
        global  _start

struc   person
        .name:  resb    12
        .age:   resw    1
        .score: resd    1
        .next:  resq    1
endstruc

        section .data
alice:  istruc  person
        at person.name,  db "alice", 10
        at person.age,   dw 31
        at person.score, dd 900
        at person.next,  dq bob
        iend
bob:    istruc  person
        at person.name,  db "bob", 10
        at person.age,   dw 45
        at person.score, dd 75
        at person.next,  dq carol
        iend
carol:  istruc  person
        at person.name,  db "carol", 10
        at person.age,   dw 27
        at person.score, dd 12
        at person.next,  dq 0
        iend

        section .text
_start:
        mov     rbx, alice
        xor     r12d, r12d              ; total age
        xor     r13d, r13d              ; total score
.each:
        movzx   eax, word [rbx + person.age]
        add     r12d, eax
        add     r13d, [rbx + person.score]
        ; print the name up to and including its newline
        lea     rsi, [rbx + person.name]
        mov     rdx, rsi
.len:
        cmp     byte [rdx], 10
        je      .found
        inc     rdx
        jmp     .len
.found:
        sub     rdx, rsi
        inc     rdx
        mov     eax, 1
        mov     edi, 1
        syscall
        mov     rbx, [rbx + person.next]
        test    rbx, rbx
        jnz     .each
        ; exit status: record size (26) + total age (103) = 129 when the scores add up to 987
        lea     edi, [r12d + person_size]
        cmp     r13d, 987
        je      .ok
        mov     edi, 255
.ok:
        mov     eax, 60
        syscall
