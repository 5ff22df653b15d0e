; console.asm — the early console: stdout and stderr, line-buffered.
;
; Streams go to sinks. Off Xen: stdout to COM1, stderr to COM2, or to COM1 when
; there is no COM2 (then both share one buffer, which keeps their order). On Xen
; both go to Xen's console (xen_console.asm), which has a single stream. Each sink
; buffers bytes and writes them out when a write ends with a newline, when the
; buffer is full, and at console_flush (ingot_exit calls it): every port access
; may cost a VM exit, so output goes out in as few accesses as possible. Before
; console_init everything goes to COM1 unprogrammed (QEMU accepts that), so a fault
; in early boot is still reported there.
; Helpers (console_string, console_char, console_hex, console_decimal) write to the
; stream in edi; every shim function preserves rbx, rbp, r12-r15 and clobbers the
; other general registers.

STREAM_STDOUT   equ 1
STREAM_STDERR   equ 2

CONSOLE_SERIAL  equ 0
CONSOLE_XEN     equ 1

SINK_USED       equ 0                   ; u64 bytes in the buffer
SINK_UART       equ 8                   ; struct uart, or 0 for Xen's console
SINK_BUFFER     equ 16
SINK_CAPACITY   equ 496
SINK_RECORD     equ SINK_BUFFER + SINK_CAPACITY

; STRING name, "text": a constant string and its length, name_length.
%macro STRING 2+
%1: db %2
%{1}_length equ $ - %1
%endmacro

section .data
align 8
console_kind:   dd CONSOLE_SERIAL
console_sinks:  dq sink_stdout, sink_stdout, sink_stdout, sink_stdout  ; by stream & 3;
                                        ; console_init moves stderr (2, 3) to COM2
sink_stdout:    dq 0, com1
                times SINK_CAPACITY db 0
sink_stderr:    dq 0, com2
                times SINK_CAPACITY db 0

section .bss
console_digits: resb 32

section .rodata
hex_digits:     db "0123456789abcdef"

BITS 64
section .text

; PRINT_TEXT name / PRINT_HEX value, minimum digits / PRINT_DECIMAL / PRINT_CHAR:
; write to the stream in ebp (the caller keeps its stream there).
%macro PRINT_TEXT 1
    mov edi, ebp
    lea rsi, [rel %1]
    mov edx, %{1}_length
    call console_write
%endmacro
%macro PRINT_HEX 2
    mov edi, ebp
    mov rsi, %1
    mov edx, %2
    call console_hex
%endmacro
%macro PRINT_DECIMAL 1
    mov edi, ebp
    mov rsi, %1
    call console_decimal
%endmacro
%macro PRINT_CHAR 1
    mov edi, ebp
    mov esi, %1
    call console_char
%endmacro

; console_init: esi = nonzero for Xen's initial domain. Chooses and sets up the sinks.
console_init:
    cmp dword [rel platform_id], PLATFORM_XEN
    jne .serial
    mov dword [rel console_kind], CONSOLE_XEN
    mov qword [rel sink_stdout + SINK_UART], 0
    mov edi, esi
    jmp xen_console_init
.serial:
    lea rdi, [rel com1]
    call serial_init
    lea rdi, [rel com2]
    call serial_init
    cmp byte [rel com2 + UART_PRESENT], 0
    je .done
    lea rax, [rel sink_stderr]
    mov [rel console_sinks + 8 * STREAM_STDERR], rax
    mov [rel console_sinks + 8 * (STREAM_STDERR + 1)], rax
.done:
    ret

; console_write: edi = stream, rsi = bytes, rdx = count.
console_write:
    test rdx, rdx
    jz .nothing
    push rbx
    push r12
    push r13
    and edi, 3
    lea rax, [rel console_sinks]
    mov rbx, [rax + rdi * 8]
    mov r12, rsi
    mov r13, rdx
.more:
    mov rcx, SINK_CAPACITY
    sub rcx, [rbx + SINK_USED]
    cmp rcx, r13
    cmova rcx, r13
    lea rdi, [rbx + SINK_BUFFER]
    add rdi, [rbx + SINK_USED]
    add [rbx + SINK_USED], rcx
    sub r13, rcx
    mov rsi, r12
    rep movsb
    mov r12, rsi
    test r13, r13
    jz .last
    call console_sink_flush             ; full
    jmp .more
.last:
    cmp qword [rbx + SINK_USED], SINK_CAPACITY
    je .flush
    cmp byte [r12 - 1], 10
    jne .done
.flush:
    call console_sink_flush
.done:
    pop r13
    pop r12
    pop rbx
.nothing:
    ret

; console_sink_flush: rbx = sink. Writes and empties its buffer.
console_sink_flush:
    mov rdx, [rbx + SINK_USED]
    test rdx, rdx
    jz .done
    mov qword [rbx + SINK_USED], 0
    lea rsi, [rbx + SINK_BUFFER]
    mov rdi, [rbx + SINK_UART]
    test rdi, rdi
    jz xen_console_emit
    jmp serial_write
.done:
    ret

; console_flush: writes out every buffered byte.
console_flush:
    push rbx
    lea rbx, [rel sink_stdout]
    call console_sink_flush
    lea rbx, [rel sink_stderr]
    call console_sink_flush
    pop rbx
    ret

; console_drain: waits until the serial ports have sent what console_flush wrote
; (on Xen, exit_xen drains the console ring with xen_console_drain).
console_drain:
    mov rdi, [rel sink_stdout + SINK_UART]
    test rdi, rdi
    jz .stderr
    call serial_drain
.stderr:
    mov rdi, [rel sink_stderr + SINK_UART]
    test rdi, rdi
    jz .done
    call serial_drain
.done:
    ret

; console_string: edi = stream, rsi = NUL-terminated string (for strings chosen at
; run time; constant ones have a length: STRING, PRINT_TEXT).
console_string:
    mov rdx, rsi
.length:
    cmp byte [rdx], 0
    je .write
    inc rdx
    jmp .length
.write:
    sub rdx, rsi
    jmp console_write

; console_table_string: edi = stream, rsi = table of string addresses, rax = index.
console_table_string:
    mov rsi, [rsi + rax * 8]
    jmp console_string

; console_char: edi = stream, sil = character.
console_char:
    lea rax, [rel console_digits]
    mov [rax], sil
    mov rsi, rax
    mov edx, 1
    jmp console_write

; console_hex: edi = stream, rsi = value, edx = minimum digits (1..16). Writes 0x
; and the hex digits, without leading zeros beyond the minimum.
console_hex:
    mov r8, rsi
    mov eax, 1
    bsr rcx, r8
    jz .counted
    shr ecx, 2
    lea eax, [ecx + 1]
.counted:
    cmp eax, edx
    cmovb eax, edx
    lea r9, [rel console_digits]
    mov word [r9], "0x"
    lea r10, [r9 + rax + 2]
    lea r11, [rel hex_digits]
    mov ecx, eax
.digit:
    mov edx, r8d
    and edx, 15
    movzx edx, byte [r11 + rdx]
    dec r10
    mov [r10], dl
    shr r8, 4
    dec ecx
    jnz .digit
    mov rsi, r9
    lea edx, [eax + 2]
    jmp console_write

; console_decimal: edi = stream, rsi = value, signed.
console_decimal:
    push rdi
    mov rax, rsi
    lea rdi, [rel console_digits + 31]
    call format_decimal
    pop rdi
    jmp console_write

; format_decimal: rax = signed value, rdi = last byte of a buffer of 21 or more
; bytes -> rsi = the decimal text, rdx = its length.
format_decimal:
    mov r8, rax
    mov r9, rdi
    test rax, rax
    jns .digits
    neg rax
.digits:
    mov ecx, 10
.digit:
    xor edx, edx
    div rcx
    add dl, '0'
    mov [rdi], dl
    dec rdi
    test rax, rax
    jnz .digit
    test r8, r8
    jns .done
    mov byte [rdi], '-'
    dec rdi
.done:
    lea rsi, [rdi + 1]
    lea rdx, [r9 + 1]
    sub rdx, rsi
    ret
