; An image for BootBench: the boot shim with an ingot_java_main that measures, with
; the time stamp counter, the shim's boot (PVH entry to ingot_java_main) and the
; placeholder's output (banner and boot information), then prints both in cycles:
;   cycles: boot N, banner M
; Assembled with `nasm -f bin -I boot/`.

%include "shim.asm"

section .rodata
STRING timing_banner, "Ingot boot shim (timing main)", 10
STRING timing_cycles, "cycles: boot "
STRING timing_banner_cycles, ", banner "

BITS 64
section .text

ingot_java_main:
    push rbx
    push rbp
    push r12
    push r13
    mov r13, rdi
    rdtsc
    shl rdx, 32
    or rax, rdx
    mov r12, rax
    mov ebp, STREAM_STDOUT
    PRINT_TEXT timing_banner
    mov edi, ebp
    mov rsi, r13
    call bootinfo_print
    rdtsc
    shl rdx, 32
    or rax, rdx
    mov rbx, rax
    sub rbx, r12
    PRINT_TEXT timing_cycles
    sub r12, [r13 + BOOT_INFO_ENTRY_TSC]
    PRINT_DECIMAL r12
    PRINT_TEXT timing_banner_cycles
    PRINT_DECIMAL rbx
    PRINT_CHAR 10
    xor eax, eax
    pop r13
    pop r12
    pop rbp
    pop rbx
    ret

%include "end.asm"
