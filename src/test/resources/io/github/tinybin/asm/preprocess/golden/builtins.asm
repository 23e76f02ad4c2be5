        db __?FILE?__, __FILE__
        dd __LINE__, __?LINE?__
        dd __?NASM_MAJOR?__
        dd __NASM_MINOR__
        dd __?NASM_VERSION_ID?__, __NASM_MAJOR__, __?NASM_MINOR?__
        db __?NASM_VER?__
line_cont: mov eax, \
  1
        db 1 ; x \
        db 2
        dd __LINE__
%line 100+2 other.asm
        dd __LINE__
        dd __LINE__
        db __FILE__
