; single-line macros, conditionals, comments and strings
%define COUNT 5
%define EMPTY
%idefine Greeting 'hi;there'
%ifndef MESSAGE
  %define MESSAGE `Hello!\n`
%endif
message: db MESSAGE, 0   ; trailing comment
        mov eax, COUNT ; COUNT in a comment stays
        db greeting, GREETING, "COUNT", `COUNT\`;`, 'x' ; done
        mov ecx, COUNT+EMPTY 1
%ifdef COUNT
        yes_count
%else
        no_count
%endif
%ifdef NOPE
        no
  %ifdef COUNT
        nested_no
  %else
        nested_no2
  %endif
%elifdef COUNT
        elif_yes
%else
        else_no
%endif
%undef COUNT
        mov eax, COUNT
%xdefine A 1
%define B A
%xdefine C B
%define A 2
        dd B, C
%define REC REC + 1
        dd REC
%define X Y
%define Y X
        dd X, Y
%define COUNT2 COUNT2
        COUNT2 countdown
