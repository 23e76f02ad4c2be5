%macro ln 0
  dd __LINE__
  dd __LINE__
%endmacro
nop
ln
%rep 2
dd __LINE__
%endrep
%substr a "hello" -2
%substr b "hello" 2, -2
%substr c "hello" 0, 2
db a, b, c
%define S "str"
%strlen L S
dd L
%defstr F __FILE__
db F
