; runnable
; A complete ELF64 executable written by hand for nasm -f bin: one PT_LOAD, no sections.
        bits    64
        org     0x400000

ehdr:
        db      0x7f, "ELF", 2, 1, 1, 0         ; 64-bit, little-endian, version 1, SysV
        times 8 db 0
        dw      2                               ; e_type: ET_EXEC
        dw      0x3e                            ; e_machine: x86-64
        dd      1                               ; e_version
        dq      _start                          ; e_entry
        dq      phdr - $$                       ; e_phoff
        dq      0                               ; e_shoff
        dd      0                               ; e_flags
        dw      ehdrsize                        ; e_ehsize
        dw      phdrsize                        ; e_phentsize
        dw      1                               ; e_phnum
        dw      0, 0, 0                         ; e_shentsize, e_shnum, e_shstrndx
ehdrsize equ    $ - ehdr

phdr:
        dd      1                               ; p_type: PT_LOAD
        dd      5                               ; p_flags: R+X
        dq      0                               ; p_offset
        dq      $$                              ; p_vaddr
        dq      $$                              ; p_paddr
        dq      filesize                        ; p_filesz
        dq      filesize                        ; p_memsz
        dq      0x1000                          ; p_align
phdrsize equ    $ - phdr

_start:
        mov     eax, 1
        mov     edi, 1
        mov     rsi, message
        mov     edx, message_len
        syscall
        mov     eax, 60
        xor     edi, edi
        syscall

message: db     "Hello from a hand-made ELF", 10
message_len equ $ - message

filesize equ    $ - $$
