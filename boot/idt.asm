; idt.asm — the interrupt descriptor table and the exception entry stubs.
;
; Vectors 0..31 (CPU exceptions) each get a stub that pushes a uniform frame and
; jumps to trap_common, which saves the general registers and calls fault_report
; (fault.asm); that never returns. Vectors 32 (the local APIC timer) and 33 (the
; local APIC's spurious vector) return at once (interrupt_return): they only end a
; `hlt`. Interrupts are enabled only for one hlt at a time (Mem.waitForInterrupt:
; sti; hlt; cli), and the Java that waits signals end-of-interrupt itself
; (ingot.runtime.clock.ApicTimer). The table ends after vector 33: any other
; interrupt raises #GP with an error code naming the vector (fault.asm decodes it).
; Interrupt gates, ring 0. Double fault, NMI and machine check run on their own
; interrupt stacks (stacks.asm); every other vector on the current stack.
;
; Frame seen by fault_report (rdi), offsets in bytes:
;   0 r15, 8 r14, 16 r13, 24 r12, 32 r11, 40 r10, 48 r9, 56 r8, 64 rbp, 72 rdi,
;   80 rsi, 88 rdx, 96 rcx, 104 rbx, 112 rax, 120 vector, 128 error code,
;   136 rip, 144 cs, 152 rflags, 160 rsp, 168 ss (the last five pushed by the CPU).

FRAME_R15       equ 0
FRAME_RAX       equ 112
FRAME_VECTOR    equ 120
FRAME_ERROR     equ 128
FRAME_RIP       equ 136
FRAME_CS        equ 144
FRAME_RFLAGS    equ 152
FRAME_RSP       equ 160
FRAME_SS        equ 168

IDT_EXCEPTIONS  equ 32
IDT_VECTORS     equ IDT_EXCEPTIONS + 2  ; and the local APIC's timer and spurious vectors
GATE_INTERRUPT  equ 0x8E                ; present, ring 0, 64-bit interrupt gate

section .data
align 16
idt_pointer:                            ; the limit ends the table after the wake-up vectors
    dw IDT_VECTORS * 16 - 1
    dq idt

BITS 64
section .text

; One stub per exception. The CPU pushes an error code for vectors 8, 10-14, 17,
; 21, 29 and 30; the others push 0 in its place.
%assign vector 0
%rep IDT_EXCEPTIONS
trap_stub_%[vector]:
%if vector == 8 || (vector >= 10 && vector <= 14) || vector == 17 || vector == 21 || vector == 29 || vector == 30
%else
    push 0
%endif
    push vector
    jmp trap_common
%assign vector vector + 1
%endrep

; The wake-up vectors: nothing to do but return to the instruction after the hlt.
interrupt_return:
    iretq

trap_common:
    push rax
    push rbx
    push rcx
    push rdx
    push rsi
    push rdi
    push rbp
    push r8
    push r9
    push r10
    push r11
    push r12
    push r13
    push r14
    push r15
    cld
    mov rdi, rsp                        ; 16-byte aligned: 22 quadwords on an aligned frame
    call fault_report
.never:
    hlt
    jmp .never

; The IDT is data in .text: handler addresses are computed by NASM (the CPU only
; reads the table). A stub's address is IMAGE_BASE + its offset in .text.
; IDT_GATE handler, ist: one 16-byte interrupt gate.
%macro IDT_GATE 2
    dw (IMAGE_BASE + %1 - $$) & 0xFFFF
    dw SEL_CODE64
    db %2, GATE_INTERRUPT
    dw ((IMAGE_BASE + %1 - $$) >> 16) & 0xFFFF
    dd (IMAGE_BASE + %1 - $$) >> 32
    dd 0
%endmacro

align 16
idt:
%assign vector 0
%rep IDT_EXCEPTIONS
%if vector == 2
%assign ist IST_NMI
%elif vector == 8
%assign ist IST_DOUBLE_FAULT
%elif vector == 18
%assign ist IST_MACHINE_CHECK
%else
%assign ist 0
%endif
    IDT_GATE trap_stub_%[vector], ist
%assign vector vector + 1
%endrep
    IDT_GATE interrupt_return, 0        ; 32: local APIC timer (LAPIC_TIMER_VECTOR)
    IDT_GATE interrupt_return, 0        ; 33: local APIC spurious interrupt
