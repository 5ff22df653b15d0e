; elf.asm — the ELF64 header, program headers and the Xen notes.
;
; Must be the first bytes of .text (file offset 0 = IMAGE_BASE). Three PT_LOAD
; segments (code; read-only data; data + page tables + bss) and one PT_NOTE.
; XEN_ELFNOTE_PHYS32_ENTRY: Xen (PVH domU and dom0), QEMU `-kernel` and
; Firecracker enter the image there in 32-bit protected mode (entry32.asm). The
; other notes make the same file a 64-bit Xen PV kernel (xen_pv.asm): its virtual
; entry, the hypercall page Xen fills, virtual base and paddr offset 0 (virtual =
; load address), "xen-3.0", the loader "generic", the guest's name. PVH loaders
; ignore them; Xen's PV builder ignores PHYS32_ENTRY.
; No multiboot header: QEMU would try it before PVH.

BITS 64
section .text

ELF_PT_LOAD     equ 1
ELF_PT_NOTE     equ 4
ELF_PF_X        equ 1
ELF_PF_W        equ 2
ELF_PF_R        equ 4

XEN_ELFNOTE_ENTRY       equ 1           ; xen/include/public/elfnote.h
XEN_ELFNOTE_HYPERCALL_PAGE equ 2
XEN_ELFNOTE_VIRT_BASE   equ 3
XEN_ELFNOTE_PADDR_OFFSET equ 4
XEN_ELFNOTE_XEN_VERSION equ 5
XEN_ELFNOTE_GUEST_OS    equ 6
XEN_ELFNOTE_LOADER      equ 8
XEN_ELFNOTE_PHYS32_ENTRY equ 18

; XEN_NOTE type, value: a note named "Xen" with a 64-bit value.
%macro XEN_NOTE 2
    dd 4, 8, %1
    db "Xen", 0
    dq %2
%endmacro
; XEN_STRING_NOTE type, "text": a note named "Xen" with a string, NUL-padded to 4 bytes.
%macro XEN_STRING_NOTE 2
%strlen %%length %2
    dd 4, %%length + 1, %1
    db "Xen", 0
    db %2, 0
    align 4, db 0
%endmacro

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

; Each note: namesz, descsz, type, name "Xen\0", then the value. PHYS32_ENTRY's
; value is 8 bytes (the 32-bit address, zero-extended): QEMU reads 8 bytes in an ELF64.
elf_notes:
    XEN_NOTE XEN_ELFNOTE_PHYS32_ENTRY, pvh_entry
    XEN_NOTE XEN_ELFNOTE_ENTRY, pv_entry
    XEN_NOTE XEN_ELFNOTE_HYPERCALL_PAGE, hypercall_page
    XEN_NOTE XEN_ELFNOTE_VIRT_BASE, 0
    XEN_NOTE XEN_ELFNOTE_PADDR_OFFSET, 0
    XEN_STRING_NOTE XEN_ELFNOTE_XEN_VERSION, "xen-3.0"
    XEN_STRING_NOTE XEN_ELFNOTE_LOADER, "generic"
    XEN_STRING_NOTE XEN_ELFNOTE_GUEST_OS, "Ingot"
elf_notes_size equ $ - elf_notes
