; main.asm — the boot sequence in long mode, up to the hand-off to Java.
;
; boot_main runs on the boot stack with exceptions reported and SSE on. It finds
; the platform (and Xen's hypercall page), reads hvm_start_info (then unmaps page
; 0, where loaders may have put parts of it), opens the console,
; stops on a boot error, runs a requested self-test fault, then calls
;     eax = ingot_java_main(rdi = &boot_info)
; with rsp 16-byte aligned before the call, rbp = 0 (the end of the frame chain),
; interrupts off and the direction flag clear, and exits with eax (ingot_exit).
; ingot_java_main is the seam: the placeholder (placeholder.asm) now, the
; translated Java later. It may instead call ingot_exit itself.

section .rodata
STRING str_boot_error, "ingot: boot: "

BITS 64
section .text

boot_main:
    call platform_detect
    call bootinfo_read
    call paging_unmap_null_page
    mov esi, [rel boot_info + BOOT_INFO_FLAGS]
    and esi, BOOT_XEN_DOM0
    call console_init
    call bootinfo_complete
    call boot_check_errors
    mov rdi, [rel boot_info + BOOT_INFO_CMDLINE]
    call selftest_run
    lea rdi, [rel boot_info]
    xor ebp, ebp
    call ingot_java_main
    mov edi, eax
    jmp ingot_exit

boot_check_errors:
    mov rbx, [rel boot_error]
    test rbx, rbx
    jnz .fail
    ret
.fail:
    mov ebp, STREAM_STDERR
    PRINT_TEXT str_boot_error
    mov edi, ebp
    mov rsi, rbx
    call console_string
    PRINT_CHAR 10
    mov edi, EXIT_BOOT_FAILURE
    jmp ingot_exit
