; serial.asm — 16550 UARTs: COM1 (0x3F8) and COM2 (0x2F8), output only.
;
; Used off Xen (QEMU, KVM, Firecracker). serial_init probes the scratch register
; to see whether the port exists (QEMU microvm has no COM2 unless the rig adds
; one) and whether it takes string output: QEMU does, one `rep outsb` moving many
; bytes; Firecracker drops any port write of more than one byte. Then it programs
; 115200 8N1 with the FIFO on. serial_write waits for an empty transmitter (LSR
; bit 5; bounded by the TSC, 2^36 ticks, so a dead port never hangs, but long
; enough — about 27 s at 2.5 GHz — that a backend slowed by a loaded host stalls
; the guest rather than overflowing the FIFO and losing bytes) and sends up to a
; FIFO's worth, 16 bytes, with one `rep outsb` or byte by byte; at exit
; serial_drain waits the same way until the last byte has left (LSR bit 6). Under a KVM that exits to QEMU on
; every port access (and, on the test machines, emulates every instruction) each
; access costs tens of microseconds, so few accesses and few instructions matter.
; Bytes go out as given: no newline translation.

COM1_PORT       equ 0x3F8
COM2_PORT       equ 0x2F8
UART_THR        equ 0                   ; transmit holding (DLAB 0)
UART_DLL        equ 0                   ; divisor low (DLAB 1)
UART_IER        equ 1
UART_DLM        equ 1
UART_FCR        equ 2
UART_LCR        equ 3
UART_MCR        equ 4
UART_LSR        equ 5
UART_SCR        equ 7
UART_LSR_THRE   equ 1 << 5
UART_LSR_TEMT   equ 1 << 6              ; holding register and shift register both empty
UART_FIFO_DEPTH equ 16
UART_WAIT_TICKS equ 1 << 36             ; TSC ticks before giving up on a stalled port:
                                        ; 27 s at 2.5 GHz (a count of LSR reads ran
                                        ; out in a few seconds under a loaded TCG)

; struct uart, one per port
UART_PORT       equ 0                   ; u16 base port
UART_PRESENT    equ 2                   ; u8 1 when the scratch register answered
UART_STRINGS    equ 3                   ; u8 1 when `rep outsb` reaches the port
UART_RECORD     equ 4

section .data
align 4
com1: dw COM1_PORT
      db 0, 0
com2: dw COM2_PORT
      db 0, 0

section .rodata
serial_probe_bytes: db 0xA5, 0x5A

BITS 64
section .text

; serial_init: rdi = struct uart. Probes, then programs the port when present.
serial_init:
    movzx r8d, word [rdi + UART_PORT]
    lea edx, [r8d + UART_SCR]
    xor eax, eax
    out dx, al
    in al, dx
    test al, al
    jnz .absent                         ; no UART answers 0xFF
    lea rsi, [rel serial_probe_bytes]
    mov ecx, 2
    rep outsb
    in al, dx
    cmp al, 0x5A
    je .strings
    test al, al
    jnz .absent
    mov byte [rdi + UART_STRINGS], 0
    jmp .program
.strings:
    mov byte [rdi + UART_STRINGS], 1
.program:
    mov byte [rdi + UART_PRESENT], 1
    lea edx, [r8d + UART_IER]
    xor eax, eax
    out dx, al                          ; no interrupts
    lea edx, [r8d + UART_LCR]
    mov al, 0x80
    out dx, al                          ; DLAB on
    lea edx, [r8d + UART_DLL]
    mov al, 1
    out dx, al                          ; divisor 1: 115200 baud
    lea edx, [r8d + UART_DLM]
    xor eax, eax
    out dx, al
    lea edx, [r8d + UART_LCR]
    mov al, 0x03
    out dx, al                          ; 8 data bits, no parity, 1 stop bit, DLAB off
    lea edx, [r8d + UART_FCR]
    mov al, 0x07
    out dx, al                          ; FIFO on, both FIFOs cleared
    lea edx, [r8d + UART_MCR]
    mov al, 0x03
    out dx, al                          ; DTR, RTS
    ret
.absent:
    mov byte [rdi + UART_PRESENT], 0
    ret

; serial_write: rdi = struct uart, rsi = bytes, rdx = count.
serial_write:
    mov r9, rdx
    movzx r10d, word [rdi + UART_PORT]
    movzx r11d, byte [rdi + UART_STRINGS]
.chunk:
    test r9, r9
    jz .done
    call serial_wait_empty
    mov ecx, UART_FIFO_DEPTH
    cmp r9, rcx
    cmovb ecx, r9d
    sub r9, rcx
    mov edx, r10d
    test r11d, r11d
    jz .bytes
    rep outsb
    jmp .chunk
.bytes:
    outsb
    dec ecx
    jnz .bytes
    jmp .chunk
.done:
    ret

; serial_wait_empty: r10d = port. Waits (bounded) for an empty transmitter.
; Clobbers eax, ecx, edx, r8.
serial_wait_empty:
    mov r8d, UART_LSR_THRE
    jmp serial_wait_lsr

; serial_drain: rdi = struct uart. Waits (bounded) until the port has sent every
; byte (LSR bit 6: FIFO and shift register empty). QEMU sets it only once its
; backend took the last byte, so stopping the machine after it loses nothing even
; when a loaded host reads the backend late. Clobbers eax, ecx, edx, r8, r10.
serial_drain:
    cmp byte [rdi + UART_PRESENT], 0
    je .done
    movzx r10d, word [rdi + UART_PORT]
    mov r8d, UART_LSR_TEMT
    jmp serial_wait_lsr
.done:
    ret

; serial_wait_lsr: r10d = port, r8d = LSR bits. Waits until one of them is set or
; UART_WAIT_TICKS TSC ticks have passed (a port that never drains must not hang
; the guest). Clobbers eax, ecx, edx.
serial_wait_lsr:
    rdtsc
    shl rdx, 32
    or rax, rdx
    mov rcx, UART_WAIT_TICKS
    add rcx, rax                        ; the deadline
.poll:
    lea edx, [r10d + UART_LSR]
    in al, dx
    test al, r8b
    jnz .done
    pause
    rdtsc
    shl rdx, 32
    or rax, rdx
    cmp rax, rcx
    jb .poll
.done:
    ret
