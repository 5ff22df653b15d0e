; selftest.asm — self-tests for the rigs: faults on purpose, a guest that never ends,
; exit statuses, bulk output.
;
; When the command line's first word is one of these, boot_main calls the matching
; routine instead of ingot_java_main:
;   ingot.fault=divide     divides by zero (#DE)
;   ingot.fault=unmapped   reads address 0x8, in the unmapped page 0 (#PF, cr2 0x8)
;   ingot.fault=stack      pushes until the boot stack's guard page (#PF that cannot
;                          be delivered on that stack: a double fault, reported from
;                          its own interrupt stack)
;   ingot.hang             prints "self-test: hang" and spins forever (the rigs'
;                          timeouts)
;   ingot.exit=N           prints "self-test: exit N" and exits with status N (a
;                          decimal int; selftest_output.asm)
;   ingot.output=megabyte  writes 1 MiB of a known pattern in one console_write, then
;                          its FNV-1a hash, and exits 0 (selftest_output.asm)
; Before the routine runs, rbx, r12 and r15 are set to 0x1111111111111111,
; 0x1212121212121212 and 0x1515151515151515 so a test can check that a fault report
; shows the registers. A word that ends with '=' in the table is a prefix: its
; routine gets rsi = the rest of the command line's first word.

section .rodata
selftest_words:
    dq str_fault_divide, selftest_divide
    dq str_fault_unmapped, selftest_unmapped
    dq str_fault_stack, selftest_stack
    dq str_selftest_word_hang, selftest_hang
    dq str_selftest_word_exit, selftest_exit
    dq str_output_megabyte, selftest_output
    dq 0
str_fault_divide:   db "ingot.fault=divide", 0
str_fault_unmapped: db "ingot.fault=unmapped", 0
str_fault_stack:    db "ingot.fault=stack", 0
str_selftest_word_hang: db "ingot.hang", 0
str_selftest_word_exit: db "ingot.exit=", 0
STRING str_selftest_hang, "self-test: hang", 10
str_output_megabyte: db "ingot.output=megabyte", 0

BITS 64
section .text

; selftest_run: rdi = command line. Runs the self-test its first word asks for
; (which never returns), else returns.
selftest_run:
    lea r8, [rel selftest_words]
.word:
    mov rsi, [r8]
    test rsi, rsi
    jz .none
    mov rcx, rdi
.compare:
    mov al, [rsi]
    test al, al
    jz .end_of_word
    cmp al, [rcx]
    jne .next
    inc rsi
    inc rcx
    jmp .compare
.end_of_word:
    cmp byte [rsi - 1], '='             ; a prefix: the rest of the word follows
    je .match
    mov al, [rcx]                       ; the word must end here
    test al, al
    jz .match
    cmp al, ' '
    je .match
.next:
    add r8, 16
    jmp .word
.match:
    mov rax, 0x1111111111111111
    mov rbx, rax
    mov rax, 0x1212121212121212
    mov r12, rax
    mov rax, 0x1515151515151515
    mov r15, rax
    mov rsi, rcx
    jmp [r8 + 8]
.none:
    ret

selftest_divide:
    xor ecx, ecx
    mov eax, 1
    xor edx, edx
    div ecx
    ret

selftest_unmapped:
    mov rax, [0x8]
    ret

selftest_stack:
    push rax
    jmp selftest_stack

selftest_hang:
    mov ebp, STREAM_STDOUT
    PRINT_TEXT str_selftest_hang
    call console_flush
.spin:
    pause
    jmp .spin
