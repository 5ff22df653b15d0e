; fault.asm — the exception report: what faulted, where, and every register.
;
; Called by trap_common (idt.asm) with rdi = the saved frame. Writes to stderr:
;   ingot: fault: divide error (#DE), vector 0
;   ingot:   error 0x...  rip 0x...  rsp 0x...  rflags 0x...
;   ingot:   cr2 0x...  cs 0x...  ss 0x...
;   ingot:   rax 0x...  rbx 0x...  rcx 0x...  rdx 0x...
;   ingot:   rsi 0x...  rdi 0x...  rbp 0x...  r8 0x...
;   ingot:   r9 0x...  r10 0x...  r11 0x...  r12 0x...
;   ingot:   r13 0x...  r14 0x...  r15 0x...
; then exits with EXIT_FAULT (exit.asm). A fault while reporting prints one short
; line and exits; a third stops the machine without printing.

EXIT_FAULT      equ 70                  ; sysexits.h EX_SOFTWARE: an internal error

section .data
align 4
fault_depth:    dd 0

section .rodata
STRING str_fault, "ingot: fault: "
STRING str_vector, ", vector "
STRING str_line, 10, "ingot:  "
STRING str_idt_vector, " (not an exception: interrupt vector "
STRING str_nested, "ingot: fault while reporting a fault, vector "
STRING str_register_space, " "
; register lines: name, frame offset (0xFF: cr2); 0 ends a line, 0xFE the table
%define REGISTER(name, offset) db name, 0, offset
fault_registers:
    REGISTER("error", FRAME_ERROR)
    REGISTER("rip", FRAME_RIP)
    REGISTER("rsp", FRAME_RSP)
    REGISTER("rflags", FRAME_RFLAGS)
    db 0
    REGISTER("cr2", 0xFF)
    REGISTER("cs", FRAME_CS)
    REGISTER("ss", FRAME_SS)
    db 0
    REGISTER("rax", FRAME_RAX)
    REGISTER("rbx", FRAME_R15 + 104)
    REGISTER("rcx", FRAME_R15 + 96)
    REGISTER("rdx", FRAME_R15 + 88)
    db 0
    REGISTER("rsi", FRAME_R15 + 80)
    REGISTER("rdi", FRAME_R15 + 72)
    REGISTER("rbp", FRAME_R15 + 64)
    REGISTER("r8", FRAME_R15 + 56)
    db 0
    REGISTER("r9", FRAME_R15 + 48)
    REGISTER("r10", FRAME_R15 + 40)
    REGISTER("r11", FRAME_R15 + 32)
    REGISTER("r12", FRAME_R15 + 24)
    db 0
    REGISTER("r13", FRAME_R15 + 16)
    REGISTER("r14", FRAME_R15 + 8)
    REGISTER("r15", FRAME_R15)
    db 0, 0xFE
align 8
vector_names:
    dq vn0, vn1, vn2, vn3, vn4, vn5, vn6, vn7, vn8, vn9, vn10, vn11, vn12, vn13, vn14
    dq vn_reserved, vn16, vn17, vn18, vn19, vn20, vn21, vn_reserved, vn_reserved
    dq vn_reserved, vn_reserved, vn_reserved, vn_reserved, vn28, vn29, vn30, vn_reserved
vn0:  db "divide error (#DE)", 0
vn1:  db "debug (#DB)", 0
vn2:  db "non-maskable interrupt (NMI)", 0
vn3:  db "breakpoint (#BP)", 0
vn4:  db "overflow (#OF)", 0
vn5:  db "bound range exceeded (#BR)", 0
vn6:  db "invalid opcode (#UD)", 0
vn7:  db "device not available (#NM)", 0
vn8:  db "double fault (#DF)", 0
vn9:  db "coprocessor segment overrun", 0
vn10: db "invalid TSS (#TS)", 0
vn11: db "segment not present (#NP)", 0
vn12: db "stack-segment fault (#SS)", 0
vn13: db "general protection (#GP)", 0
vn14: db "page fault (#PF)", 0
vn16: db "x87 floating-point error (#MF)", 0
vn17: db "alignment check (#AC)", 0
vn18: db "machine check (#MC)", 0
vn19: db "SIMD floating-point exception (#XM)", 0
vn20: db "virtualization exception (#VE)", 0
vn21: db "control protection (#CP)", 0
vn28: db "hypervisor injection (#HV)", 0
vn29: db "VMM communication (#VC)", 0
vn30: db "security exception (#SX)", 0
vn_reserved: db "reserved exception", 0

BITS 64
section .text

; fault_report: rdi = frame (idt.asm). Does not return.
fault_report:
    call fault_cr2                      ; before anything else can fault
    mov r14, rax
    mov rbx, rdi
    inc dword [rel fault_depth]
    cmp dword [rel fault_depth], 1
    ja fault_nested
    mov ebp, STREAM_STDERR
    PRINT_TEXT str_fault
    mov rax, [rbx + FRAME_VECTOR]
    lea rsi, [rel vector_names]
    mov edi, ebp
    call console_table_string
    PRINT_TEXT str_vector
    PRINT_DECIMAL [rbx + FRAME_VECTOR]
    call fault_print_idt_vector
    call fault_print_registers
    PRINT_CHAR 10
    mov edi, EXIT_FAULT
    jmp ingot_exit

; fault_cr2: -> rax = CR2 (under Xen PV, which keeps it in vcpu_info: xen_pv.asm).
fault_cr2:
    cmp dword [rel xen_pv], 0
    jne xen_pv_cr2
    mov rax, cr2
    ret

; An error code with bit 1 set names an IDT entry: a #GP for a vector that has no
; gate is an unexpected interrupt, not an exception.
fault_print_idt_vector:
    mov rax, [rbx + FRAME_VECTOR]
    cmp rax, 13
    jne .done
    test qword [rbx + FRAME_ERROR], 2
    jz .done
    PRINT_TEXT str_idt_vector
    mov rax, [rbx + FRAME_ERROR]
    shr rax, 3
    PRINT_DECIMAL rax
    PRINT_CHAR ')'
.done:
    ret

; rbx = frame, r14 = cr2. Walks fault_registers.
fault_print_registers:
    lea r12, [rel fault_registers]
.line:
    cmp byte [r12], 0xFE
    je .done
    PRINT_TEXT str_line
.register:
    PRINT_CHAR ' '
    mov edi, ebp
    mov rsi, r12
    call console_string
.skip_name:
    inc r12
    cmp byte [r12 - 1], 0
    jne .skip_name
    PRINT_CHAR ' '
    movzx eax, byte [r12]
    inc r12
    mov rsi, r14
    cmp eax, 0xFF
    je .value
    mov rsi, [rbx + rax]
.value:
    mov edi, ebp
    mov edx, 16
    call console_hex
    cmp byte [r12], 0
    jne .register
    inc r12
    jmp .line
.done:
    ret

fault_nested:
    cmp dword [rel fault_depth], 2
    ja .silent
    mov edi, STREAM_STDERR
    lea rsi, [rel str_nested]
    mov edx, str_nested_length
    call console_write
    mov edi, STREAM_STDERR
    mov rsi, [rbx + FRAME_VECTOR]
    call console_decimal
    mov edi, STREAM_STDERR
    mov esi, 10
    call console_char
    mov edi, EXIT_FAULT
    jmp ingot_exit
.silent:
    mov edi, EXIT_FAULT
    jmp exit_machine
