; Macros: parameters, defaults, greedy parameters, %0, %rotate, %%local labels, nesting.
        global  _start

%macro  sys_exit 0-1 0
        mov     eax, 60
        mov     edi, %1
        syscall
%endmacro

%macro  write_str 1+
        jmp     %%after
%%text: db      %1
%%len   equ     $ - %%text
%%after:
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [rel %%text]
        mov     edx, %%len
        syscall
%endmacro

; pushes all its arguments, left to right
%macro  multipush 1-*
%rep    %0
        push    %1
%rotate 1
%endrep
%endmacro

; pops in reverse order
%macro  multipop 1-*
%rep    %0
%rotate -1
        pop     %1
%endrep
%endmacro

; max of two registers into the first, with a local label
%macro  max 2
        cmp     %1, %2
        jge     %%keep
        mov     %1, %2
%%keep:
%endmacro

%imacro SAY 1
        write_str %1, 10
%endmacro

        section .text
_start:
        write_str "macros:", 10
        mov     rbx, 11
        mov     r12, 22
        mov     r13, 33
        multipush rbx, r12, r13
        xor     ebx, ebx
        xor     r12d, r12d
        xor     r13d, r13d
        multipop rbx, r12, r13
        mov     eax, 5
        mov     ecx, 9
        max     eax, ecx                ; 9
        max     eax, ebx                ; 11
        mov     edx, 3
        max     eax, edx                ; still 11
        add     eax, r12d               ; 33
        add     eax, r13d               ; 66
        say     "three arguments, a string and a newline"
        Say     'case-insensitive macro'
        sys_exit eax
