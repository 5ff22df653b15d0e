; bootinfo_print.asm — prints the boot information record, one fact per line.
;
;   platform: kvm                                 platform: xen 4.17 dom0 (console_io)
;   platform: other (hypervisor "...")
;   memory map: 0x0-0x9fbff ram                   (first and last byte; one line each)
;   command line: "..."
;   module 0: 0x3fff000, 1234 bytes, starting 50 4b 03 04
;   image: 0x100000-0x164fff
; Short on purpose: each byte is a port write, and each port write may be a VM
; exit (tens of microseconds under the test machines' KVM). The rigs' tests read
; these lines; change them together.

section .rodata
STRING str_platform, "platform: "
STRING str_signature_open, ' (hypervisor "'
STRING str_signature_close, '")', 10
STRING str_dom0, " dom0"
STRING str_domu, " domU"
STRING str_pv, " PV"
STRING str_console_io, " (console_io)", 10
STRING str_console_ring, " (console ring)", 10
STRING str_memmap, "memory map: "
STRING str_no_memmap, "memory map: none", 10
STRING str_cmdline, 'command line: "'
STRING str_cmdline_end, '"', 10
STRING str_no_module, "module 0: none", 10
STRING str_module, "module 0: "
STRING str_bytes, " bytes"
STRING str_starting, ", starting"
STRING str_image, "image: "
STRING str_type, "type "
align 8
platform_names:     dq str_other, str_kvm, str_tcg, str_xen
str_other:          db "other", 0
str_kvm:            db "kvm", 0
str_tcg:            db "tcg", 0
str_xen:            db "xen", 0
memory_type_names:  dq 0, str_ram, str_reserved, str_acpi, str_nvs, str_unusable
                    dq str_disabled, str_pmem
MEMORY_TYPE_NAMES   equ ($ - memory_type_names) / 8
str_ram:            db "ram", 0         ; start_info.h XEN_HVM_MEMMAP_TYPE_* 1..7
str_reserved:       db "reserved", 0
str_acpi:           db "acpi", 0
str_nvs:            db "nvs", 0
str_unusable:       db "unusable", 0
str_disabled:       db "disabled", 0
str_pmem:           db "pmem", 0

BITS 64
section .text

; bootinfo_print: edi = stream, rsi = boot information record.
bootinfo_print:
    push rbx
    push rbp
    push r12
    mov ebp, edi
    mov rbx, rsi
    call bootinfo_print_platform
    call bootinfo_print_memmap
    call bootinfo_print_cmdline
    call bootinfo_print_module
    PRINT_TEXT str_image
    mov r12, [rbx + BOOT_INFO_IMAGE_END]
    dec r12
    PRINT_HEX [rbx + BOOT_INFO_IMAGE_START], 1
    PRINT_CHAR '-'
    PRINT_HEX r12, 1
    PRINT_CHAR 10
    pop r12
    pop rbp
    pop rbx
    ret

; The bootinfo_print_* helpers: ebp = stream, rbx = record.
bootinfo_print_platform:
    PRINT_TEXT str_platform
    mov eax, [rbx + BOOT_INFO_PLATFORM]
    lea rsi, [rel platform_names]
    mov edi, ebp
    call console_table_string
    mov eax, [rbx + BOOT_INFO_PLATFORM]
    cmp eax, PLATFORM_XEN
    je .xen
    cmp eax, PLATFORM_OTHER
    jne .newline
    cmp byte [rbx + BOOT_INFO_SIGNATURE], 0
    je .newline
    PRINT_TEXT str_signature_open
    mov edi, ebp
    lea rsi, [rbx + BOOT_INFO_SIGNATURE]
    call console_string
    PRINT_TEXT str_signature_close
    ret
.newline:
    PRINT_CHAR 10
    ret
.xen:
    PRINT_CHAR ' '
    mov eax, [rbx + BOOT_INFO_XEN_VERSION]
    shr eax, 16
    PRINT_DECIMAL rax
    PRINT_CHAR '.'
    movzx eax, word [rbx + BOOT_INFO_XEN_VERSION]
    PRINT_DECIMAL rax
    test dword [rbx + BOOT_INFO_FLAGS], BOOT_XEN_PV
    jz .mode
    PRINT_TEXT str_pv
.mode:
    test dword [rbx + BOOT_INFO_FLAGS], BOOT_XEN_DOM0
    jz .domu
    PRINT_TEXT str_dom0
    jmp .console
.domu:
    PRINT_TEXT str_domu
.console:
    cmp dword [rbx + BOOT_INFO_XEN_CONSOLE], XEN_CONSOLE_RING
    je .ring
    PRINT_TEXT str_console_io
    ret
.ring:
    PRINT_TEXT str_console_ring
    ret

bootinfo_print_memmap:
    push r12
    push r13
    mov r13, [rbx + BOOT_INFO_MEMMAP_COUNT]
    test r13, r13
    jnz .entries
    PRINT_TEXT str_no_memmap
    jmp .done
.entries:
    mov r12, [rbx + BOOT_INFO_MEMMAP]
.entry:
    PRINT_TEXT str_memmap
    PRINT_HEX [r12], 1
    PRINT_CHAR '-'
    mov rax, [r12]
    add rax, [r12 + 8]
    dec rax
    PRINT_HEX rax, 1
    PRINT_CHAR ' '
    call bootinfo_print_memory_type
    PRINT_CHAR 10
    add r12, HVM_MEMMAP_ENTRY
    dec r13
    jnz .entry
.done:
    pop r13
    pop r12
    ret

; r12 = memory map entry: prints its type's name, or "type N".
bootinfo_print_memory_type:
    mov eax, [r12 + 16]
    test eax, eax
    jz .unknown
    cmp eax, MEMORY_TYPE_NAMES
    jae .unknown
    lea rsi, [rel memory_type_names]
    mov edi, ebp
    jmp console_table_string
.unknown:
    PRINT_TEXT str_type
    mov eax, [r12 + 16]
    PRINT_HEX rax, 1
    ret

bootinfo_print_cmdline:
    PRINT_TEXT str_cmdline
    mov edi, ebp
    mov rsi, [rbx + BOOT_INFO_CMDLINE]
    mov rdx, [rbx + BOOT_INFO_CMDLINE_LENGTH]
    call console_write
    PRINT_TEXT str_cmdline_end
    ret

bootinfo_print_module:
    cmp qword [rbx + BOOT_INFO_MODULES], 0
    jne .module
    PRINT_TEXT str_no_module
    ret
.module:
    push r12
    push r13
    PRINT_TEXT str_module
    PRINT_HEX [rbx + BOOT_INFO_MODULE0], 1
    PRINT_CHAR ','
    PRINT_CHAR ' '
    PRINT_DECIMAL [rbx + BOOT_INFO_MODULE0_SIZE]
    PRINT_TEXT str_bytes
    mov r12, [rbx + BOOT_INFO_MODULE0]
    mov r13, [rbx + BOOT_INFO_MODULE0_SIZE]
    cmp r13, 4
    jbe .short
    mov r13, 4
.short:
    mov rax, r12
    add rax, r13
    mov rcx, 1 << 32                    ; only the identity-mapped 4 GiB is readable
    cmp rax, rcx
    ja .end
    test r13, r13
    jz .end
    PRINT_TEXT str_starting
.byte:
    PRINT_CHAR ' '
    movzx eax, byte [r12]
    call bootinfo_print_byte
    inc r12
    dec r13
    jnz .byte
.end:
    PRINT_CHAR 10
    pop r13
    pop r12
    ret

; eax = byte: two hex digits, no prefix.
bootinfo_print_byte:
    lea rsi, [rel hex_digits]
    mov ecx, eax
    shr ecx, 4
    movzx ecx, byte [rsi + rcx]
    and eax, 15
    movzx eax, byte [rsi + rax]
    lea rsi, [rel console_digits]
    mov [rsi], cl
    mov [rsi + 1], al
    mov edi, ebp
    mov edx, 2
    jmp console_write
