; longmode.asm — the first 64-bit code: segments, TSS, IDT, SSE, then boot_main.
;
; On arrival paging is on (paging.asm), CS is the 64-bit code segment. After this,
; exceptions are reported (idt.asm) and SSE is enabled: CR0.EM and CR0.TS clear,
; CR0.MP and CR0.NE set, CR4.OSFXSR and CR4.OSXMMEXCPT set, x87 initialised by
; fninit (control word 0x037F). MXCSR keeps its reset value 0x1F80 (all SIMD
; exceptions masked, round to nearest), which QEMU, Firecracker and Xen give a
; new vCPU: loading it would take an SSE instruction, and the KVM of the test
; machines (PVM, which emulates a non-PVM guest's instructions) cannot emulate
; SSE instructions at all. AVX (XSAVE, XCR0) is not enabled.

CR0_MP          equ 1 << 1
CR0_EM          equ 1 << 2
CR0_TS          equ 1 << 3
CR0_NE          equ 1 << 5
CR4_OSFXSR      equ 1 << 9
CR4_OSXMMEXCPT  equ 1 << 10

BITS 64
section .text

long_entry:
    mov ax, SEL_DATA
    mov ds, ax
    mov es, ax
    mov ss, ax
    xor eax, eax
    mov fs, ax
    mov gs, ax
    lea rsp, [rel boot_stack_top]
    mov ax, SEL_TSS
    ltr ax
    lidt [rel idt_pointer]
    mov rax, cr0
    and rax, ~(CR0_EM | CR0_TS)
    or rax, CR0_MP | CR0_NE
    mov cr0, rax
    mov rax, cr4
    or rax, CR4_OSFXSR | CR4_OSXMMEXCPT
    mov cr4, rax
    fninit
    jmp boot_main
