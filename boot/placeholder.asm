; placeholder.asm — ingot_java_main until the translator links Java in.
;
; Prints a banner and the boot information on stdout and returns 0. The translated
; Java will define ingot_java_main instead (same contract: main.asm).

section .rodata
STRING str_banner, "Ingot boot shim (placeholder ingot_java_main: no Java linked yet)", 10

BITS 64
section .text

ingot_java_main:
    push rbx
    mov rbx, rdi
    mov edi, STREAM_STDOUT
    lea rsi, [rel str_banner]
    mov edx, str_banner_length
    call console_write
    mov edi, STREAM_STDOUT
    mov rsi, rbx
    call bootinfo_print
    xor eax, eax
    pop rbx
    ret
