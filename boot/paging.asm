; paging.asm — the page tables, computed by NASM: an identity map of the first 4 GiB.
;
; 4-level paging: PML4[0] -> PDPT; PDPT[0..3] -> four page directories (2048
; entries of 2 MiB). The first PT_COUNT directory entries (the first 16 MiB, which
; hold the image) point to page tables of 4 KiB pages; the rest of the 4 GiB are
; 2 MiB pages, read-write, no-execute. 4 KiB pages, by address:
;   page 0                      mapped at entry: loaders put boot data there (on
;                               q35 the PVH memory map sits at 0x5a8); boot_main
;                               unmaps it once the boot information is copied, so
;                               null accesses fault from then on
;   4 KiB .. IMAGE_BASE         read-write, no-execute (loader data: start_info...)
;   .text                       read-only, executable
;   .rodata                     read-only, no-execute
;   .data, .pagetables, .bss    read-write, no-execute (and whatever follows the
;                               image up to 16 MiB: Xen puts start_info there)
;   guard pages (stacks.asm)    not present
; The tables are data in the image, so the boot runs no loop to build them (on a
; KVM that emulates guest instructions, as on the test machines, a loop over 2560
; entries costs tens of milliseconds). They need NX (entry32.asm checks for it)
; and CR0.WP (read-only holds in ring 0). Later code may edit entries: the tables
; are ordinary read-write memory. The image must end below PAGE_WINDOW_END (the
; assembly stops otherwise, end of this file); raise PT_COUNT to grow it.

PT_COUNT        equ 8                   ; page tables: 8 * 2 MiB = 16 MiB of 4 KiB pages
PAGE_WINDOW_END equ PT_COUNT << 21
PTE_PRESENT     equ 1 << 0
PTE_WRITABLE    equ 1 << 1
PTE_LARGE       equ 1 << 7              ; in a page directory entry: a 2 MiB page
PTE_NX          equ 1 << 63
MAPPED_4G_PDS   equ 4

PML4_ADDRESS    equ PAGETABLES_BASE
PDPT_ADDRESS    equ PAGETABLES_BASE + PAGE_SIZE
PAGE_DIRS_ADDRESS equ PAGETABLES_BASE + 2 * PAGE_SIZE
PAGE_TABLES_ADDRESS equ PAGE_DIRS_ADDRESS + MAPPED_4G_PDS * PAGE_SIZE

; The entry for the 4 KiB page at address a.
%define PTE_RIGHTS(a) ((a) < IMAGE_BASE ? (PTE_WRITABLE | PTE_NX) : ((a) < RODATA_BASE ? 0 : ((a) < DATA_BASE ? PTE_NX : (PTE_WRITABLE | PTE_NX))))
%define PTE(a) (IS_GUARD_PAGE(a) ? 0 : ((a) | PTE_PRESENT | PTE_RIGHTS(a)))

section .pagetables
pml4:
    dq PDPT_ADDRESS | PTE_PRESENT | PTE_WRITABLE
    times 511 dq 0
pdpt:
%assign i 0
%rep MAPPED_4G_PDS
    dq (PAGE_DIRS_ADDRESS + i * PAGE_SIZE) | PTE_PRESENT | PTE_WRITABLE
%assign i i + 1
%endrep
    times 512 - MAPPED_4G_PDS dq 0
page_dirs:
%assign i 0
%rep PT_COUNT
    dq (PAGE_TABLES_ADDRESS + i * PAGE_SIZE) | PTE_PRESENT | PTE_WRITABLE
%assign i i + 1
%endrep
%rep MAPPED_4G_PDS * 512 - PT_COUNT
    dq (i << 21) | PTE_PRESENT | PTE_WRITABLE | PTE_LARGE | PTE_NX
%assign i i + 1
%endrep
page_tables:
%assign i 0
%rep PT_COUNT * 512
    dq PTE(i << 12)
%assign i i + 1
%endrep

BITS 64
section .text

; paging_unmap_null_page: makes page 0 not present (see above); under Xen PV, whose
; page tables Xen keeps, with update_va_mapping (xen_pv.asm).
paging_unmap_null_page:
    xor edi, edi
    cmp dword [rel xen_pv], 0
    jne xen_pv_unmap_page
    mov qword [rel page_tables], 0
    invlpg [0]
    ret
