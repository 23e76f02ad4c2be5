; nasm's mode-relative size prefixes: in 64-bit code osp emits 66h (like o16, but nasm still asks
; for o16/o32 where the form has a size) and asp emits 67h (a32).
        bits    64
        osp     nop
        osp     ret
        osp     push ax
        osp     mov eax, 1
        asp     stosb
        asp     lodsd
        osp
        asp
