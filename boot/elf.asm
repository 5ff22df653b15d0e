; elf.asm — the ELF64 header, program headers and the Xen PVH note.
;
; Must be the first bytes of .text (file offset 0 = IMAGE_BASE). Three PT_LOAD
; segments (code; read-only data; data + page tables + bss) and one PT_NOTE. The
; only note is XEN_ELFNOTE_PHYS32_ENTRY: Xen (PVH domU and dom0), QEMU `-kernel`
; and Firecracker enter the image there in 32-bit protected mode (entry32.asm).
; No multiboot header: QEMU would try it before PVH.

BITS 64
section .text

ELF_PT_LOAD     equ 1
ELF_PT_NOTE     equ 4
ELF_PF_X        equ 1
ELF_PF_W        equ 2
ELF_PF_R        equ 4

XEN_ELFNOTE_PHYS32_ENTRY equ 18         ; xen/include/public/elfnote.h

elf_header:
    db 0x7F, "ELF", 2, 1, 1, 0          ; ELFCLASS64, little endian, EV_CURRENT, System V
    times 8 db 0
    dw 2                                ; ET_EXEC
    dw 62                               ; EM_X86_64
    dd 1                                ; EV_CURRENT
    dq pvh_entry                        ; e_entry (loaders use the note)
    dq elf_phdrs - elf_header           ; e_phoff
    dq 0                                ; e_shoff: no section headers
    dd 0                                ; e_flags
    dw elf_phdrs - elf_header           ; e_ehsize (64)
    dw ELF_PHDR_SIZE                    ; e_phentsize
    dw ELF_PHDR_COUNT                   ; e_phnum
    dw 64, 0, 0                         ; e_shentsize, e_shnum, e_shstrndx

; Elf64_Phdr: type, flags, offset, vaddr, paddr, filesz, memsz, align.
; File offset = address - IMAGE_BASE (the bin format writes sections at their place).
elf_phdrs:
    dd ELF_PT_LOAD, ELF_PF_R | ELF_PF_X
    dq 0, IMAGE_BASE, IMAGE_BASE
    dq text_size, text_size, PAGE_SIZE
ELF_PHDR_SIZE equ $ - elf_phdrs
    dd ELF_PT_LOAD, ELF_PF_R
    dq RODATA_BASE - IMAGE_BASE, RODATA_BASE, RODATA_BASE
    dq rodata_size, rodata_size, PAGE_SIZE
    dd ELF_PT_LOAD, ELF_PF_R | ELF_PF_W
    dq DATA_BASE - IMAGE_BASE, DATA_BASE, DATA_BASE
    dq BSS_BASE - DATA_BASE, IMAGE_END - DATA_BASE, PAGE_SIZE
    dd ELF_PT_NOTE, ELF_PF_R
    dq elf_notes - elf_header, elf_notes, elf_notes
    dq elf_notes_size, elf_notes_size, 4
ELF_PHDR_COUNT equ ($ - elf_phdrs) / ELF_PHDR_SIZE

; One note: namesz, descsz, type, name "Xen\0", then the value. The value is 8
; bytes (the 32-bit address, zero-extended): QEMU reads 8 bytes in an ELF64.
elf_notes:
    dd 4, 8, XEN_ELFNOTE_PHYS32_ENTRY
    db "Xen", 0
    dd pvh_entry, 0
elf_notes_size equ $ - elf_notes
