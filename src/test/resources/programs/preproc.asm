; Preprocessor: %define with parameters, %xdefine, %assign, %if/%elif, %ifdef, %ifidn, string
; functions, and the context stack for structured control flow.
        global  _start

%define SYS_WRITE       1
%define SYS_EXIT        60
%define STDOUT          1
%define square(x)       ((x) * (x))
%idefine Twice(x)       (2 * (x))
%xdefine BASE           10
%define LATE            BASE
%xdefine EARLY          BASE
%undef  BASE
%define BASE            20
%assign counter 0
%assign counter counter + 3
%defstr VERSION_TEXT    1.2.3
%strcat GREETING "pre", "processed"
%strlen GREETLEN GREETING
%substr FIRST   "xyz", 1, 1

; %push/%pop contexts make an if/else/endif macro set
%macro  IF 1
%push   if
        j%-1    %$else
%endmacro
%macro  ELSE 0
%repl   else
        jmp     %$end
%$else:
%endmacro
%macro  ENDIF 0
%ifctx  else
%$end:
%else
%$else:
%endif
%pop
%endmacro

        section .rodata
greet:  db      GREETING, 10
ver:    db      VERSION_TEXT, 10
first:  db      FIRST

        section .text
_start:
        mov     eax, SYS_WRITE
        mov     edi, STDOUT
        lea     rsi, [greet]
        mov     edx, GREETLEN + 1
        syscall
        mov     eax, SYS_WRITE
        mov     edi, STDOUT
        lea     rsi, [ver]
        mov     edx, 6
        syscall

        xor     ebx, ebx
        add     ebx, square(3)          ; 9
        add     ebx, TWICE(4)           ; 17
        add     ebx, LATE               ; 37: LATE expands to BASE, now 20
        add     ebx, EARLY              ; 47: EARLY captured 10
        add     ebx, counter            ; 50
%ifdef  SYS_EXIT
        add     ebx, 1                  ; 51
%endif
%ifndef NOT_DEFINED
        add     ebx, 1                  ; 52
%endif
%if BASE > 100
        add     ebx, 100
%elif BASE == 20
        add     ebx, 2                  ; 54
%else
        add     ebx, 200
%endif
%ifidni FIRST, "X"
        add     ebx, 1                  ; 55
%endif

        cmp     ebx, 55
        IF      e
        mov     edi, ebx
        ELSE
        mov     edi, 1
        ENDIF
        cmp     edi, 0
        IF      ne
        add     edi, 5                  ; 60
        ENDIF
        mov     eax, SYS_EXIT
        syscall
