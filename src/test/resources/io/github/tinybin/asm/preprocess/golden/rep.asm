%assign i 0
%rep 5
  %if i == 3
    %exitrep
  %endif
        db i
  %assign i i+1
%endrep
%rep 2
  %rep 2
        inner
  %endrep
        outer
%endrep
%rep 0
        never
%endrep
%assign n 1
%rep 10
  %assign n n*2
%endrep
        dd n
