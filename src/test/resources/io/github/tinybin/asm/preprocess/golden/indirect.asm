%define a 1
%define b a
dd %[b]
%define n 3
label%[n]: nop
%xdefine c %[b]
dd c
%define cat(x,y) %[x]%[y]
cat(foo,bar)
