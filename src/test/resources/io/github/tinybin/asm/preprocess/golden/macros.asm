%macro mm 2
        [%1|%2]
%endmacro
        mm (a,b),c
        mm {a,b},c
        mm a,b,c
        mm a
%macro prologue 0-1 16
        push rbp
        mov rbp, rsp
        sub rsp, %1
%endmacro
        prologue
        prologue 32
%macro writes 1+
        db %1
%endmacro
        writes 'a', 'b', 'c'
%macro count 0-*
        dd %0
%endmacro
        count
        count 1, 2, 3
%macro loopy 1
%%top:  dec %1
        jnz %%top
%endmacro
        loopy ecx
        loopy edx
%macro rot 1-*
  %rep %0
        push %1
    %rotate 1
  %endrep
%endmacro
        rot rax, rbx, rcx
%macro revrot 1-*
  %rep %0
    %rotate -1
        pop %1
  %endrep
%endmacro
        revrot rax, rbx, rcx
%macro jcc 2
        j%-1 %%skip
        j%+1 %2
%%skip:
%endmacro
        jcc z, there
%macro brace 2
        mov %{1}, %2
        db %{2}abc
%endmacro
        brace eax, 1
%imacro upper 0
        upper_called
%endmacro
        UPPER
        Upper
label:  mm x, y
label2 mm x, y
%macro self 0
        self
%endmacro
        self
%macro nm 0
        %?  %??
%endmacro
        nm
%macro two 1
        one_param %1
%endmacro
%macro two 2
        two_params %1 %2
%endmacro
        two a
        two a, b
%ifmacro two
        has_two
%endif
%ifmacro two 3
        has_two3
%endif
%unmacro two 1
        two a
%macro outer 1
        inner %1, %1
%endmacro
%macro inner 2
        dd %1 + %2
%endmacro
        outer 5
%macro exiter 0
        before_exit
        %exitmacro
        after_exit
%endmacro
        exiter
