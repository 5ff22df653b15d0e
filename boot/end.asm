; end.asm — marks the end of every section and measures them; include it last.
;
; NASM's bin format cannot subtract labels of two different sections (unless the
; second one is in the current section), so each section is measured as `$ - $$`
; and the absolute address of every section is computed from those sizes: the
; sections follow each other page-aligned from IMAGE_BASE (layout.asm). The ELF
; program headers (elf.asm), the page tables (paging.asm) and the GDT (gdt.asm)
; use these numbers; nothing may be added to any section after this file.

section .text
text_size           equ $ - $$
section .rodata
rodata_size         equ $ - $$
section .data
data_size           equ $ - $$
section .pagetables
pagetables_size     equ $ - $$
section .bss
alignb PAGE_SIZE
image_end:                              ; first byte after the image, page aligned
bss_size            equ $ - $$

RODATA_BASE         equ IMAGE_BASE + PAGE_ALIGN(text_size)
DATA_BASE           equ RODATA_BASE + PAGE_ALIGN(rodata_size)
PAGETABLES_BASE     equ DATA_BASE + PAGE_ALIGN(data_size)
BSS_BASE            equ PAGETABLES_BASE + pagetables_size
IMAGE_END           equ BSS_BASE + bss_size

; An image that outgrows the 4 KiB-mapped window of the page tables fails here:
; raise PT_COUNT in paging.asm.
section .text
    times -(IMAGE_END > PAGE_WINDOW_END) db 0
