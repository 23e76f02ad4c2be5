; runnable
; A smaller hand-made ELF: the program header starts at 0x38, inside the ELF header, sharing
; e_phnum/e_shentsize/e_shnum/e_shstrndx with p_type/p_flags. Exits with 42.
        bits    64
        org     0x400000

        db      0x7f, "ELF", 2, 1, 1, 0
        times 8 db 0
        dw      2                               ; ET_EXEC
        dw      0x3e                            ; x86-64
        dd      1
        dq      entry                           ; e_entry
        dq      phdr - $$                       ; e_phoff = 0x38
        dq      0                               ; e_shoff
        dd      0                               ; e_flags
        dw      0x40                            ; e_ehsize
        dw      0x38                            ; e_phentsize
phdr:                                           ; e_phnum = 1 (p_type low half), the rest 0/5
        dd      1                               ; p_type: PT_LOAD
        dd      5                               ; p_flags: R+X
        dq      0                               ; p_offset
        dq      $$                              ; p_vaddr
        dq      $$                              ; p_paddr
        dq      filesize                        ; p_filesz
        dq      filesize                        ; p_memsz
        dq      0x1000                          ; p_align

entry:
        push    42
        pop     rdi
        mov     al, 60                          ; rax is 0 at process start
        syscall

filesize equ    $ - $$
