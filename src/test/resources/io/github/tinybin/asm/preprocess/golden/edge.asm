%define X 1 ; comment
%xdefine X X+1
        dd X
%if 'a' = 'a'
        str_eq
%endif
%macro gd 1-3+ def1, def2
        gd: %0 [%1] [%2] [%3]
%endmacro
        gd a
        gd a, b
        gd a, b, c, d, e
        gd   spaced  ,   out  ; comment
        gd , 2
%macro z 0
        zero
%endmacro
        z ; comment
lbl:    z
%idefine Foo 7
        dd FOO, foo, fOO
%define ov(a) one a
%define ov(a,b) two a b
        ov(1) ov(1,2)
%undef ov
        ov(3)
%define pm(a) a
%ifdef pm
        pm_defined
%endif
%macro cond 1
  %if %1 > 2
        big %1
  %else
        small %1
  %endif
  %assign sq %1 * %1
        dd sq
%endmacro
        cond 1
        cond 5
%macro rotback 3
  %rotate -1
        dd %1, %2, %3
%endmacro
        rotback 1, 2, 3
%define EMPTY
%macro em 1
        em[%1]
%endmacro
        em EMPTY
%define cc(x) x %+ _sfx
        cc(abc)
%define glue(a,b) a%+b
        glue(1,2) glue(x, y)
%assign big 0xffffffffffffffff
        dq big
%assign neg -1 >> 60
        dq neg
%assign m2 -9223372036854775807 - 1
        dq m2
