; %[...] is expanded before anything else on the line and pasted with its neighbours into one
; token, inner indirections first: in names of %assign/%define, in operands, in macro bodies.
        bits    64
%assign idx     2
%assign val1    10
%assign val2    20
%assign val20   200
%define val20tail 7777
        dd      val%[idx]                   ; val2
        dd      val%[val%[idx]]             ; val20
        dd      %[val%[val2]tail]           ; val20tail
%assign slot%[idx] val%[idx]*3              ; defines slot2
        dd      slot2
%define alias%[idx] val%[val%[idx]]
        dd      alias2
%assign n 0
%macro count 0
%assign n n+1
%assign item%[n] n*n
        db      item%[n]
%endmacro
%rep 4
        count
%endrep
