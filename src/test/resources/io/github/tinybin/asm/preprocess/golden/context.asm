%push foo
%$local:
%define %$v 7
        mov eax, %$v
  %push bar
%$local:
        jmp %$$local
  %ifctx bar
        in_bar
  %endif
  %repl baz
  %ifctx baz
        in_baz
  %endif
  %pop
%pop
%macro if_ 0
  %push if
        jz %$endif
%endmacro
%macro endif_ 0
  %$endif:
  %pop
%endmacro
        if_
        nop
        endif_
