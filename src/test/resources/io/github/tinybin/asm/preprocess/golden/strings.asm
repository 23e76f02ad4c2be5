%define Y 3
%defstr s Y  abc
        db s
%substr q 'hello' 2,3
%substr q1 'hello' 2
%substr q2 'hello' 2,-1
%substr q3 'hello' 9
        db q, q1, q2, q3
%strlen l 'hello'
        dd l
%strcat t 'a', "b'", `c`
        db t
%strcat t2 'x' 'y'
        db t2
%defstr odd `tab\there`
        db odd
%ifstr 'x'
        isstr
%endif
%ifnum 3 4
        isnum
%endif
%ifid foo bar
        isid
%endif
%ifnid 3
        notid
%endif
%iftoken foo
        onetoken
%endif
%ifempty
        empty
%endif
%ifidn a+b, a + b
        idn_space
%else
        idn_nospace
%endif
%ifidn 'x', "x"
        idn_str
%endif
%ifidni ABC, abc
        idni
%endif
%ifnidn ABC, abc
        nidn
%endif
; escapes at their edges: no digits after \x \u \U, code points past U+10FFFF (nasm's 5/6-byte forms)
%strlen len_u7 `\U7fffffff`
%strlen len_u2 `\U00200000`
db len_u7, len_u2
%if `\x` = 'x' && `\U` = 'U' && `\xg` = 'xg'
        bare_escapes
%endif
%defstr wide `\U80000000`
db wide
