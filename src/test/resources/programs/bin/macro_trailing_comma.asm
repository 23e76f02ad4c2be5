; nasm 2.16 keeps the pre-2.15 handling of a trailing empty argument (preproc.c, "special
; weirdness"): a default fills it, a greedy parameter loses the comma, otherwise it is dropped;
; a call that matches only without it drops it too. Each line records %0 and the arguments.
        bits    64

%macro one 1
        db      %0, %1+0
%endmacro
%macro upto2 1-2
        db      %0, %1+0, %2+0
%endmacro
%macro default2 1-2 7
        db      %0, %1+0, %2+0
%endmacro
%macro greedy 1+
        db      %0, %1+0
%endmacro
%macro greedy2 2+
        db      %0, %2
%endmacro
%macro upto3 1-3
        db      %0
%endmacro
%macro none 0-1
        db      %0
%endmacro

        one     1,
        upto2   2,
        default2 3,
        greedy  4,
        greedy2 5, 6, 7,
        upto3   8, ,
        none    ,
