; selftest_output.asm — the self-tests of exit statuses and bulk output (selftest.asm
; dispatches to them; both end in ingot_exit).
;
; ingot.exit=N: prints "self-test: exit N" on stdout, then ingot_exit(N). N is a
; decimal int, optionally negative; anything else after '=' is a boot error (70).
;
; ingot.output=megabyte: fills 1 MiB of free RAM (the first 1 MiB of a RAM entry of
; the memory map at or after the end of the image and module 0) with 16384 lines of
; 64 bytes, line k being
;     "line " k as 8 decimal digits " " 49 characters of ALPHABET from k mod 62 "\n"
; (ALPHABET = a-z A-Z 0-9, cyclic), writes it with one console_write, then the line
;     "self-test: output 1048576 bytes, fnv-1a 0x%08x"
; with the 32-bit FNV-1a hash of the megabyte, and exits 0. The rigs' tests check
; the lines and the hash of what arrived.

SELFTEST_OUTPUT_SIZE    equ 1048576
SELFTEST_LINE_SIZE      equ 64
SELFTEST_LINE_CHARS     equ 49
SELFTEST_ALPHABET_SIZE  equ 62
FNV32_OFFSET_BASIS      equ 0x811C9DC5
FNV32_PRIME             equ 0x01000193

section .rodata
STRING str_selftest_exit, "self-test: exit "
STRING str_selftest_bad_exit, "ingot: self-test: ingot.exit= needs a decimal status", 10
STRING str_selftest_no_ram, "ingot: self-test: no free RAM for the output test", 10
STRING str_selftest_output, "self-test: output 1048576 bytes, fnv-1a "
STRING str_selftest_line, "line "
selftest_alphabet:
    db "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    db "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

BITS 64
section .text

; selftest_exit: rsi = the text after "ingot.exit=".
selftest_exit:
    call selftest_parse_int
    jc .bad
    mov r12d, eax
    mov ebp, STREAM_STDOUT
    PRINT_TEXT str_selftest_exit
    movsxd rax, r12d
    PRINT_DECIMAL rax
    PRINT_CHAR 10
    mov edi, r12d
    jmp ingot_exit
.bad:
    mov ebp, STREAM_STDERR
    PRINT_TEXT str_selftest_bad_exit
    mov edi, EXIT_BOOT_FAILURE
    jmp ingot_exit

; selftest_parse_int: rsi = decimal text ending at NUL or space -> eax = its value
; (an int, wrapping), carry set when it is not a number.
selftest_parse_int:
    xor eax, eax
    xor r8d, r8d                        ; 1 when negative
    cmp byte [rsi], '-'
    jne .first
    mov r8d, 1
    inc rsi
.first:
    movzx ecx, byte [rsi]
    sub ecx, '0'
    cmp ecx, 9
    ja .bad                             ; at least one digit
.digit:
    movzx ecx, byte [rsi]
    test ecx, ecx
    jz .end
    cmp ecx, ' '
    je .end
    sub ecx, '0'
    cmp ecx, 9
    ja .bad
    imul eax, eax, 10
    add eax, ecx
    inc rsi
    jmp .digit
.end:
    test r8d, r8d
    jz .ok
    neg eax
.ok:
    clc
    ret
.bad:
    stc
    ret

selftest_output:
    call selftest_output_buffer         ; rdi = 1 MiB of free RAM
    jc .no_ram
    mov r12, rdi
    call selftest_fill
    mov rdi, r12
    call selftest_fnv1a
    mov r13d, eax
    mov edi, STREAM_STDOUT
    mov rsi, r12
    mov edx, SELFTEST_OUTPUT_SIZE
    call console_write
    mov ebp, STREAM_STDOUT
    PRINT_TEXT str_selftest_output
    PRINT_HEX r13, 8
    PRINT_CHAR 10
    xor edi, edi
    jmp ingot_exit
.no_ram:
    mov ebp, STREAM_STDERR
    PRINT_TEXT str_selftest_no_ram
    mov edi, EXIT_BOOT_FAILURE
    jmp ingot_exit

; selftest_output_buffer: -> rdi = 1 MiB of RAM at or after the end of the image
; and module 0 (page aligned), the first such in the memory map; carry set when
; there is none.
selftest_output_buffer:
    mov r8, [rel boot_info + BOOT_INFO_IMAGE_END]
    mov rax, [rel boot_info + BOOT_INFO_MODULE0]
    add rax, [rel boot_info + BOOT_INFO_MODULE0_SIZE]
    cmp rax, r8
    cmova r8, rax
    add r8, PAGE_SIZE - 1
    and r8, -PAGE_SIZE                  ; nothing below this is free
    mov rsi, [rel boot_info + BOOT_INFO_MEMMAP]
    mov rcx, [rel boot_info + BOOT_INFO_MEMMAP_COUNT]
.entry:
    test rcx, rcx
    jz .none
    cmp dword [rsi + 16], MEMMAP_TYPE_RAM
    jne .next
    mov rdi, [rsi]
    add rdi, PAGE_SIZE - 1
    and rdi, -PAGE_SIZE
    cmp rdi, r8
    cmovb rdi, r8
    lea r9, [rdi + SELFTEST_OUTPUT_SIZE]
    mov rax, [rsi]
    add rax, [rsi + 8]
    cmp r9, rax
    jbe .found
.next:
    add rsi, HVM_MEMMAP_ENTRY
    dec rcx
    jmp .entry
.found:
    clc
    ret
.none:
    stc
    ret

; selftest_fill: rdi = 1 MiB buffer. Writes the pattern's 16384 lines.
selftest_fill:
    push rbx
    xor ebx, ebx                        ; line number
.line:
    lea rsi, [rel str_selftest_line]
    mov ecx, str_selftest_line_length
    rep movsb
    mov eax, ebx                        ; 8 decimal digits, right to left
    mov r8d, 10
    mov r9d, 8
.digit:
    xor edx, edx
    div r8d
    add dl, '0'
    mov [rdi + r9 - 1], dl
    dec r9d
    jnz .digit
    add rdi, 8
    mov byte [rdi], ' '
    inc rdi
    mov eax, ebx
    xor edx, edx
    mov ecx, SELFTEST_ALPHABET_SIZE
    div ecx
    lea rsi, [rel selftest_alphabet]
    add rsi, rdx
    mov ecx, SELFTEST_LINE_CHARS
    rep movsb
    mov byte [rdi], 10
    inc rdi
    inc ebx
    cmp ebx, SELFTEST_OUTPUT_SIZE / SELFTEST_LINE_SIZE
    jb .line
    pop rbx
    ret

; selftest_fnv1a: rdi = 1 MiB buffer -> eax = its 32-bit FNV-1a hash.
selftest_fnv1a:
    mov eax, FNV32_OFFSET_BASIS
    mov ecx, SELFTEST_OUTPUT_SIZE
.byte:
    movzx edx, byte [rdi]
    xor eax, edx
    imul eax, eax, FNV32_PRIME
    inc rdi
    dec ecx
    jnz .byte
    ret
