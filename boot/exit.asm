; exit.asm — stopping the machine with an exit status.
;
; ingot_exit(edi = status) never returns. The status is a Java int; hosts see it
; as a process status, status & 0xFF (the rigs do the same mapping). First the
; console is flushed and the serial ports drained (every byte sent). Off Xen (QEMU, KVM, Firecracker), in this order:
;   1. the exit line "ingot: exit N" on port 0xE9 (QEMU isa-debugcon: the rigs
;      read the exact status there; without the device the writes are dropped);
;   2. QEMU isa-debug-exit (port 0xF4, 4 bytes): writing v ends QEMU with status
;      (v << 1) | 1; v = status & 0xFF when that is below 128, else 127, so that
;      a failing status never reads as success;
;   3. i8042 reset (0xFE to port 0x64): Firecracker ends the VM (with status 0:
;      Firecracker carries no guest status);
;   4. a triple fault (QEMU -no-reboot then exits), then halt.
; On Xen the exit line is the last line on the console, then SCHEDOP_shutdown:
;   dom0: SHUTDOWN_reboot (the rig's QEMU runs with -no-reboot and exits);
;   domU: SHUTDOWN_poweroff for status 0, SHUTDOWN_crash otherwise.
; Constants mirror xen/include/public/sched.h.

QEMU_EXIT_PORT      equ 0xF4
DEBUGCON_PORT       equ 0xE9
I8042_COMMAND_PORT  equ 0x64
I8042_RESET         equ 0xFE
EXIT_BOOT_FAILURE   equ 70              ; the same status as a fault (fault.asm)

SCHEDOP_shutdown    equ 2               ; sched.h
SHUTDOWN_poweroff   equ 0
SHUTDOWN_reboot     equ 1
SHUTDOWN_crash      equ 3

section .data
align 8
exit_status:        dd 0
xen_shutdown_reason: dd 0               ; struct sched_shutdown { u32 reason }
null_idt_pointer:   dw 0
                    dq 0

section .bss
exit_line:          resb 48

section .rodata
STRING str_exit, "ingot: exit "

BITS 64
section .text

; ingot_exit: edi = status. Flushes the console, then stops the machine.
ingot_exit:
    cmp dword [rel xen_pv], 0
    jne .interrupts_off                 ; a PV guest never enables them (cli would fault in ring 3)
    cli
.interrupts_off:
    and rsp, -16
    mov [rel exit_status], edi
    call console_flush
    call console_drain
    call exit_format_line               ; rsi, rdx = "ingot: exit N\n"
    cmp dword [rel platform_id], PLATFORM_XEN
    je exit_xen
    mov ecx, edx
    mov edx, DEBUGCON_PORT
    rep outsb
    mov edi, [rel exit_status]
    jmp exit_machine

; exit_format_line: -> rsi = the exit line in exit_line, rdx = its length.
exit_format_line:
    lea rdi, [rel exit_line + 40]
    mov byte [rdi], 10
    dec rdi
    movsxd rax, dword [rel exit_status]
    call format_decimal
    sub rsi, str_exit_length
    add rdx, str_exit_length + 1
    push rsi
    push rdx
    mov rdi, rsi
    lea rsi, [rel str_exit]
    mov ecx, str_exit_length
    rep movsb
    pop rdx
    pop rsi
    ret

exit_xen:
    mov edi, STREAM_STDOUT
    call console_write
    call console_flush
    call xen_console_drain
    mov eax, SHUTDOWN_reboot
    test dword [rel boot_info + BOOT_INFO_FLAGS], BOOT_XEN_DOM0
    jnz .shutdown
    mov eax, SHUTDOWN_poweroff
    cmp dword [rel exit_status], 0
    je .shutdown
    mov eax, SHUTDOWN_crash
.shutdown:
    jmp exit_xen_shutdown

; exit_xen_shutdown: eax = reason. SCHEDOP_shutdown; should it return, a PVH guest
; triple-faults and a PV one (no privileged instructions) asks for a crash, again.
exit_xen_shutdown:
    mov [rel xen_shutdown_reason], eax
    mov edi, SCHEDOP_shutdown
    lea rsi, [rel xen_shutdown_reason]
    XEN_HYPERCALL __HYPERVISOR_sched_op
    cmp dword [rel xen_pv], 0
    je exit_triple_fault
    mov eax, SHUTDOWN_crash
    jmp exit_xen_shutdown

; exit_machine: edi = status. The hardware ways out, no console (under Xen PV, which
; has no ports: a crash).
exit_machine:
    cmp dword [rel xen_pv], 0
    je .ports
    mov eax, SHUTDOWN_crash
    jmp exit_xen_shutdown
.ports:
    movzx eax, dil
    cmp eax, 127
    jbe .status
    mov eax, 127
.status:
    mov edx, QEMU_EXIT_PORT
    out dx, eax
    mov al, I8042_RESET
    out I8042_COMMAND_PORT, al
exit_triple_fault:
    lidt [rel null_idt_pointer]
    int3
.halt:
    cli
    hlt
    jmp .halt
