struc point
.x:     resd 1
.y:     resd 1
.name   resb 8
endstruc
[section .data]
p:
istruc point
    at point.x, dd 1
    at .y, dd 2
    at point.name, db 'abc'
iend
[section .text]
        align 16
        align 8, db 0x90
        alignb 4
        alignb 4, resb 1
        mov eax, point_size
        sectalign off
        align 4
__?SECT?__
