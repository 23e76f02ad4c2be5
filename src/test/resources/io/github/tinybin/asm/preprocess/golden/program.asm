; a program in the style users write: syscall wrappers, string macros, tables, strucs
%define SYS_write 1
%define SYS_exit  60
%define STDOUT    1

%macro syscall3 4
        mov     eax, %1
        mov     edi, %2
        lea     rsi, [rel %3]
        mov     edx, %4
        syscall
%endmacro

%macro print 1
  [section .rodata]
  %%str: db %1
  %%len equ $ - %%str
  __?SECT?__
        syscall3 SYS_write, STDOUT, %%str, %%len
%endmacro

%macro exit 0-1 0
        mov     eax, SYS_exit
        mov     edi, %1
        syscall
%endmacro

struc node
  .next:  resq 1
  .value: resd 1
  .pad:   resd 1
endstruc

[section .data]
table:
%assign i 0
%rep 8
        dd      i * i           ; squares
  %assign i i + 1
%endrep
table_end:
first:
istruc node
  at node.next,  dq 0
  at node.value, dd 42
iend

[section .text]
_start:
        print   `hello, world\n`
        print   {'a', 'b', 10}
        mov     rax, [rbx + node.value]
        lea     rcx, [table + 4 * (table_end - table) / 8]
%ifdef DEBUG
        int3
%endif
%if SYS_write == 1 && STDOUT > 0
        nop
%endif
        exit
        exit    3
