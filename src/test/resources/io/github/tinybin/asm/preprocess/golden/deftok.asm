%deftok t 'mov eax, 1'
t
%deftok u `x\ty`
u
%defstr s2 abc
%deftok v s2
v
