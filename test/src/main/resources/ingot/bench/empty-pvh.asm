; The reference for BootBench: an empty PVH kernel that prints one line on COM1 and
; exits through isa-debug-exit with status 0 (QEMU then exits with 1). Assembled with
; -DSPIN it spins after the line instead: the guest the rig's timeout test kills.
BITS 32
ORG 0x100000
ehdr:
    db 0x7F, "ELF", 1, 1, 1, 0
    times 8 db 0
    dw 2, 3                             ; ET_EXEC, EM_386
    dd 1, entry, phdr - ehdr, 0, 0
    dw ehsize, phsize, 2, 0, 0, 0
ehsize equ $ - ehdr
phdr:
    dd 1, 0, ehdr, ehdr, filesz, filesz, 7, 0x1000      ; PT_LOAD
phsize equ $ - phdr
    dd 4, note - ehdr, note, note, notesz, notesz, 4, 4 ; PT_NOTE
note:
    dd 4, 8, 18                         ; XEN_ELFNOTE_PHYS32_ENTRY
    db "Xen", 0
    dd entry, 0
notesz equ $ - note
entry:
    mov esi, message
    mov ecx, message_length
    mov dx, 0x3F8
.print:
    lodsb
    out dx, al
    loop .print
%ifdef SPIN
.spin:
    jmp .spin
%endif
    mov dx, 0xF4
    xor eax, eax
    out dx, eax
.halt:
    hlt
    jmp .halt
message: db "hello from pvh", 10
message_length equ $ - message
filesz equ $ - ehdr
