; layout.asm — where the image lives and the order of its sections.
;
; The image is one ELF64 file written by `nasm -f bin` (no linker). It loads at
; IMAGE_BASE, physical = virtual (identity map). Sections, in address order, each
; starting on a page boundary so that the page tables give each its own rights:
;   .text        ELF header, notes, code, IDT, Xen hypercall page   read-only, executable
;   .rodata      constant data                                      read-only, no-execute
;   .data        initialised data (GDT, TSS, boot information)      read-write, no-execute
;   .pagetables  the page tables, computed by NASM (paging.asm)     read-write, no-execute
;   .bss         stacks and buffers                                 read-write, no-execute
; Every other file only switches between these sections; end.asm, included last,
; measures them. Nothing relies on .bss being zero: ELF loaders zero it (QEMU,
; Xen and Firecracker do), but the shim never reads a .bss byte it has not written.

IMAGE_BASE      equ 0x100000            ; 1 MiB: above the legacy low memory
PAGE_SIZE       equ 4096
%define PAGE_ALIGN(x) (((x) + PAGE_SIZE - 1) & -PAGE_SIZE)

ORG IMAGE_BASE

section .text       progbits align=4096
section .rodata     progbits align=4096 follows=.text
rodata_start:
section .data       progbits align=4096 follows=.rodata
data_start:
section .pagetables progbits align=4096 follows=.data
section .bss        nobits   align=4096 follows=.pagetables
bss_start:

section .text
