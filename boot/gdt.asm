; gdt.asm — the global descriptor table and the 64-bit task state segment.
;
; Flat segments only; the shim runs in ring 0 and never changes privilege. The TSS
; exists for its interrupt stack table: double fault, NMI and machine check run on
; stacks of their own (stacks.asm), so a fault that broke the current stack is
; still reported. Both are data in the image (nothing to fill at boot); the GDT is
; in .data because the CPU writes the TSS descriptor's busy bit.

SEL_CODE64      equ 0x08
SEL_DATA        equ 0x10
SEL_CODE32      equ 0x18
SEL_TSS         equ 0x20
TSS_SIZE        equ 104

section .data
align 16
gdt:
    dq 0                                ; null
    dq 0x00AF9B000000FFFF               ; 0x08 code, 64-bit (L), present, ring 0
    dq 0x00CF93000000FFFF               ; 0x10 data, flat 4 GiB, read-write
    dq 0x00CF9B000000FFFF               ; 0x18 code, 32-bit (D), flat: the PVH entry
    dw TSS_SIZE - 1                     ; 0x20 64-bit TSS descriptor: limit 15:0
    dw TSS_ADDRESS & 0xFFFF             ;      base 15:0
    db (TSS_ADDRESS >> 16) & 0xFF       ;      base 23:16
    db 0x89                             ;      present, type 9: available 64-bit TSS
    db 0                                ;      limit 19:16, flags
    db (TSS_ADDRESS >> 24) & 0xFF       ;      base 31:24
    dd TSS_ADDRESS >> 32                ;      base 63:32
    dd 0
gdt_end:

gdt_pointer:                            ; 6 bytes in 32-bit mode, 10 in 64-bit mode
    dw gdt_end - gdt - 1
    dq gdt

align 16
tss:
    dd 0                                ; reserved
    dq 0, 0, 0                          ; rsp0..rsp2: no privilege changes
    dq 0                                ; reserved
    dq ist_double_fault_top             ; IST1 (IST_DOUBLE_FAULT)
    dq ist_nmi_top                      ; IST2 (IST_NMI)
    dq ist_machine_check_top            ; IST3 (IST_MACHINE_CHECK)
    dq 0, 0, 0, 0                       ; IST4..IST7
    dq 0                                ; reserved
    dw 0                                ; reserved
    dw TSS_SIZE                         ; I/O bitmap base past the limit: no bitmap
TSS_ADDRESS equ DATA_BASE + (tss - data_start)
