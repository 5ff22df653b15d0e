; selftest.asm — faults on purpose, so that the rigs can test the fault report.
;
; When the command line's first word is one of these, boot_main calls the matching
; routine instead of ingot_java_main:
;   ingot.fault=divide     divides by zero (#DE)
;   ingot.fault=unmapped   reads address 0x8, in the unmapped page 0 (#PF, cr2 0x8)
;   ingot.fault=stack      pushes until the boot stack's guard page (#PF that cannot
;                          be delivered on that stack: a double fault, reported from
;                          its own interrupt stack)
; Before faulting, rbx, r12 and r15 are set to 0x1111111111111111, 0x1212121212121212
; and 0x1515151515151515 so a test can check that the report shows the registers.

section .rodata
selftest_words:
    dq str_fault_divide, selftest_divide
    dq str_fault_unmapped, selftest_unmapped
    dq str_fault_stack, selftest_stack
    dq 0
str_fault_divide:   db "ingot.fault=divide", 0
str_fault_unmapped: db "ingot.fault=unmapped", 0
str_fault_stack:    db "ingot.fault=stack", 0

BITS 64
section .text

; selftest_run: rdi = command line. Faults when its first word asks for it, else
; returns.
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
