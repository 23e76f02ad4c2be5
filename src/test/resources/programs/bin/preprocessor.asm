; Preprocessor-generated data: %rep with %assign, %rotate, string functions, contexts, conditionals.
        bits    64
        org     0

%assign n 0
%rep 10
        db      n * n
%assign n n + 1
%endrep

%macro  bytes_reversed 1-*
%rep    %0
%rotate -1
        db      %1
%endrep
%endmacro
        bytes_reversed 1, 2, 3, 4, 5

%define greeting 'hello'
%strlen glen greeting
%substr first greeting 1
%substr rest greeting 2, -1
%strcat joined greeting, ", ", 'world'
        db      glen, first, rest, joined
%defstr stringified 1 + 2 * 3
        db      stringified

%macro  count_down 1
%push   cd
%assign %$i %1
%rep    %1
        db      %$i
%assign %$i %$i - 1
%endrep
%pop
%endmacro
        count_down 4

%define ADD(a, b) ((a) + (b))
%xdefine SNAP ADD(1, 2)
%undef  ADD
        db      SNAP

%ifdef  SNAP
        db      0xaa
%else
        db      0xbb
%endif
%ifidn  greeting, 'hello'
        db      1
%endif
%ifidni first, 'H'
        db      2
%endif
%if     glen > 3 && glen < 10
        db      3
%elif   glen == 5
        db      4
%endif
%ifmacro count_down 1
        db      5
%endif
        align   16, db 0
