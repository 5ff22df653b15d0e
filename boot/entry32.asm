; entry32.asm — the PVH entry point and the way into long mode (32-bit code).
;
; PVH (Xen, QEMU -kernel, Firecracker) enters here in 32-bit protected mode with
; paging off, flat segments, interrupts off and ebx = physical address of
; hvm_start_info. Nothing else is given: no stack, GDT or IDT. This code keeps
; ebx, loads the GDT, takes the boot stack, checks that the CPU has long mode and
; NX, enables long mode with the ready-made page tables (paging.asm): CR4.PAE,
; EFER.LME and EFER.NXE, CR0.PG and CR0.WP; then jumps to long_entry
; (longmode.asm). There is no IDT yet: this stretch is kept short.

CR0_PE          equ 1 << 0
CR0_WP          equ 1 << 16
CR0_PG          equ 1 << 31
CR4_PAE         equ 1 << 5
MSR_EFER        equ 0xC0000080
EFER_LME        equ 1 << 8
EFER_NXE        equ 1 << 11
CPUID_EXT_LM    equ 1 << 29             ; CPUID 0x80000001 EDX
CPUID_EXT_NX    equ 1 << 20

section .data
align 8
boot_start_info:    dq 0                ; ebx at entry: physical address of hvm_start_info
boot_entry_tsc:     dq 0                ; time stamp counter at entry

BITS 32
section .text

pvh_entry:
    rdtsc                               ; first: the boot-time report counts from here
    mov [boot_entry_tsc], eax
    mov [boot_entry_tsc + 4], edx
    cli
    cld
    mov [boot_start_info], ebx
    lgdt [gdt_pointer]
    jmp SEL_CODE32:.flat
.flat:
    mov ax, SEL_DATA
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov fs, ax
    mov gs, ax
    mov esp, boot_stack_top
    call entry32_check_cpu
    mov eax, cr4
    or eax, CR4_PAE
    mov cr4, eax
    mov eax, PML4_ADDRESS
    mov cr3, eax
    mov ecx, MSR_EFER
    rdmsr
    or eax, EFER_LME | EFER_NXE
    wrmsr
    mov eax, cr0
    or eax, CR0_PG | CR0_WP | CR0_PE
    mov cr0, eax
    jmp SEL_CODE64:long_entry

; A CPU without long mode or NX cannot run the image: say so on COM1 and stop
; with the boot-failure status (exit.asm); off QEMU this is a plain halt.
entry32_check_cpu:
    mov eax, 0x80000000
    cpuid
    cmp eax, 0x80000001
    jb .missing
    mov eax, 0x80000001
    cpuid
    and edx, CPUID_EXT_LM | CPUID_EXT_NX
    cmp edx, CPUID_EXT_LM | CPUID_EXT_NX
    jne .missing
    ret
.missing:
    mov esi, msg_no_long_mode
    mov ecx, msg_no_long_mode_length
    mov dx, COM1_PORT
.print:
    lodsb
    out dx, al
    loop .print
    mov dx, QEMU_EXIT_PORT
    mov eax, EXIT_BOOT_FAILURE
    out dx, eax
.halt:
    hlt
    jmp .halt

section .rodata
msg_no_long_mode: db "ingot: this CPU lacks long mode or NX (CPUID 0x80000001 EDX bits 29, 20)", 10
msg_no_long_mode_length equ $ - msg_no_long_mode
