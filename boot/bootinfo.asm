; bootinfo.asm — reads hvm_start_info and fills the boot information record.
;
; The record (boot_info) is what ingot_java_main receives in rdi. Its layout is
; fixed (docs/ARCHITECTURE.md, "Boot shim and rigs"); all addresses are physical
; = virtual. The command line and the memory map are copied into the image's
; .bss, so that only module 0 remains outside the image. A PVH dom0's start_info
; has no memory map: on Xen the map then comes from XENMEM_memory_map. Fields:
;   0 magic "INGOTBI1"      8 u32 record size        12 u32 platform (PLATFORM_*)
;  16 u32 flags (BOOT_*)   20 u32 Xen version (major << 16 | minor, 0 off Xen)
;  24 hvm_start_info       32 command line (NUL-terminated copy)   40 its length
;  48 module count         56 module 0 address      64 module 0 size
;  72 memory map (hvm_memmap_table_entry copies: u64 addr, u64 size, u32 type,
;     u32 0)               80 memory map entries    88 ACPI RSDP (0 if none)
;  96 image start         104 image end (page aligned, includes .bss)
; 112 boot stack bottom   120 boot stack top       128 Xen hypercall page (0 off Xen)
; 136 TSC at entry        144 Xen console ring (0 unless a domU ring)
; 152 u32 Xen console event channel               156 u32 Xen console mode
; 160 char[16] hypervisor signature (CPUID 0x40000000, NUL-padded)
; 176 Xen shared_info (mapped by the shim; 0 off Xen)
; 184 clock page: a page of .bss the VM's clock hands to the hypervisor (kvmclock's
;     records, hypercall arguments); the shim does not touch it
; The hvm_start_info offsets mirror xen/include/public/arch-x86/hvm/start_info.h;
; SIF_INITDOMAIN mirrors xen/include/public/xen.h.

XEN_HVM_START_MAGIC_VALUE equ 0x336ec578 ; start_info.h
HVM_START_VERSION       equ 4
HVM_START_FLAGS         equ 8
HVM_START_NR_MODULES    equ 12
HVM_START_MODLIST       equ 16
HVM_START_CMDLINE       equ 24
HVM_START_RSDP          equ 32
HVM_START_MEMMAP        equ 40
HVM_START_MEMMAP_COUNT  equ 48
HVM_MODLIST_PADDR       equ 0           ; struct hvm_modlist_entry (32 bytes)
HVM_MODLIST_SIZE        equ 8
HVM_MEMMAP_ENTRY        equ 24          ; struct hvm_memmap_table_entry
MEMMAP_TYPE_RAM         equ 1           ; start_info.h XEN_HVM_MEMMAP_TYPE_RAM

BOOT_INFO_MAGIC         equ 0
BOOT_INFO_SIZE          equ 8
BOOT_INFO_PLATFORM      equ 12
BOOT_INFO_FLAGS         equ 16
BOOT_INFO_XEN_VERSION   equ 20
BOOT_INFO_START_INFO    equ 24
BOOT_INFO_CMDLINE       equ 32
BOOT_INFO_CMDLINE_LENGTH equ 40
BOOT_INFO_MODULES       equ 48
BOOT_INFO_MODULE0       equ 56
BOOT_INFO_MODULE0_SIZE  equ 64
BOOT_INFO_MEMMAP        equ 72
BOOT_INFO_MEMMAP_COUNT  equ 80
BOOT_INFO_RSDP          equ 88
BOOT_INFO_IMAGE_START   equ 96
BOOT_INFO_IMAGE_END     equ 104
BOOT_INFO_STACK_BOTTOM  equ 112
BOOT_INFO_STACK_TOP     equ 120
BOOT_INFO_HYPERCALL_PAGE equ 128
BOOT_INFO_ENTRY_TSC     equ 136
BOOT_INFO_XEN_RING      equ 144
BOOT_INFO_XEN_EVTCHN    equ 152
BOOT_INFO_XEN_CONSOLE   equ 156
BOOT_INFO_SIGNATURE     equ 160
BOOT_INFO_SHARED_INFO   equ 176
BOOT_INFO_CLOCK_PAGE    equ 184
BOOT_INFO_RECORD_SIZE   equ 192

SIF_INITDOMAIN          equ 1 << 1      ; xen.h: start_info flags, the initial domain
BOOT_XEN_DOM0           equ 1 << 0      ; flags: Xen's initial domain (SIF_INITDOMAIN)
BOOT_STDERR_SEPARATE    equ 1 << 1      ; stderr has its own port (COM2)
BOOT_CMDLINE_TRUNCATED  equ 1 << 2      ; the command line was longer than CMDLINE_MAX - 1
BOOT_MEMMAP_TRUNCATED   equ 1 << 3      ; the memory map had more than MEMMAP_MAX entries
BOOT_XEN_PV             equ 1 << 4      ; a Xen PV guest (xen_pv.asm): start_info is the PV one

CMDLINE_MAX             equ 4096        ; bytes kept, with the NUL
MEMMAP_MAX              equ 128         ; entries kept

section .data
align 16
boot_info:
    dq "INGOTBI1"
    dd BOOT_INFO_RECORD_SIZE
    times BOOT_INFO_RECORD_SIZE - ($ - boot_info) db 0
boot_error: dq 0                        ; message of a boot failure found before the console

section .bss
alignb PAGE_SIZE
boot_clock_page: resb PAGE_SIZE
boot_memmap:    resb MEMMAP_MAX * HVM_MEMMAP_ENTRY
boot_cmdline:   resb CMDLINE_MAX

section .rodata
msg_bad_start_info: db "no hvm_start_info (ebx at the PVH entry did not point at its magic)", 0

BITS 64
section .text

; bootinfo_read: copies what hvm_start_info (or a PV guest's start_info:
; bootinfo_read_pv) says into boot_info. Sets boot_error when there is no valid
; start_info.
bootinfo_read:
    push rbx
    push r12
    lea r12, [rel boot_info]
    cmp dword [rel xen_pv], 0
    je .pvh
    call bootinfo_read_pv
    pop r12
    pop rbx
    ret
.pvh:
    mov rbx, [rel boot_start_info]
    test rbx, rbx
    jz .bad
    cmp dword [rbx], XEN_HVM_START_MAGIC_VALUE
    jne .bad
    mov [r12 + BOOT_INFO_START_INFO], rbx
    mov eax, [rbx + HVM_START_FLAGS]
    test eax, SIF_INITDOMAIN
    jz .not_dom0
    or dword [r12 + BOOT_INFO_FLAGS], BOOT_XEN_DOM0
.not_dom0:
    mov rax, [rbx + HVM_START_RSDP]
    mov [r12 + BOOT_INFO_RSDP], rax
    call bootinfo_read_cmdline
    call bootinfo_read_modules
    call bootinfo_read_memmap
    pop r12
    pop rbx
    ret
.bad:
    lea rax, [rel msg_bad_start_info]
    mov [rel boot_error], rax
    lea rax, [rel boot_cmdline]
    mov [r12 + BOOT_INFO_CMDLINE], rax
    pop r12
    pop rbx
    ret

; The bootinfo_read_* helpers: rbx = hvm_start_info, r12 = boot_info.
bootinfo_read_cmdline:
    mov rsi, [rbx + HVM_START_CMDLINE]
; bootinfo_copy_cmdline: rsi = NUL-terminated command line (0: none), r12 = boot_info.
bootinfo_copy_cmdline:
    lea rdi, [rel boot_cmdline]
    mov [r12 + BOOT_INFO_CMDLINE], rdi
    xor ecx, ecx
    test rsi, rsi
    jz .end
.copy:
    mov al, [rsi + rcx]
    test al, al
    jz .end
    cmp ecx, CMDLINE_MAX - 1
    jae .truncated
    mov [rdi + rcx], al
    inc ecx
    jmp .copy
.truncated:
    or dword [r12 + BOOT_INFO_FLAGS], BOOT_CMDLINE_TRUNCATED
.end:
    mov byte [rdi + rcx], 0
    mov [r12 + BOOT_INFO_CMDLINE_LENGTH], rcx
    ret

bootinfo_read_modules:
    mov eax, [rbx + HVM_START_NR_MODULES]
    mov rsi, [rbx + HVM_START_MODLIST]
    test rsi, rsi
    jnz .list
    xor eax, eax
.list:
    mov [r12 + BOOT_INFO_MODULES], rax
    test eax, eax
    jz .done
    mov rax, [rsi + HVM_MODLIST_PADDR]
    mov [r12 + BOOT_INFO_MODULE0], rax
    mov rax, [rsi + HVM_MODLIST_SIZE]
    mov [r12 + BOOT_INFO_MODULE0_SIZE], rax
.done:
    ret

bootinfo_read_memmap:
    lea rax, [rel boot_memmap]
    mov [r12 + BOOT_INFO_MEMMAP], rax
    cmp dword [rbx + HVM_START_VERSION], 1
    jb .ask_xen
    mov rsi, [rbx + HVM_START_MEMMAP]
    test rsi, rsi
    jz .ask_xen
    mov ecx, [rbx + HVM_START_MEMMAP_COUNT]
    mov r8d, HVM_MEMMAP_ENTRY
    call bootinfo_copy_memmap
    cmp qword [r12 + BOOT_INFO_MEMMAP_COUNT], 0
    jne .done
.ask_xen:
    cmp dword [rel platform_id], PLATFORM_XEN
    je bootinfo_read_memmap_from_xen
.done:
    ret

; bootinfo_read_memmap_from_xen: the map XENMEM_memory_map gives; r12 = boot_info.
bootinfo_read_memmap_from_xen:
    lea rax, [rel boot_memmap]
    mov [r12 + BOOT_INFO_MEMMAP], rax
    call xen_memory_map                 ; E820 entries: 20 bytes each
    mov r8d, XEN_E820_ENTRY
    jmp bootinfo_copy_memmap

; bootinfo_copy_memmap: rsi = entries (u64 address, u64 size, u32 type first), ecx =
; count, r8 = bytes per entry. Copies them into boot_memmap as hvm_memmap_table_entry,
; dropping empty ones (QEMU ends its map with one); r12 = boot_info.
bootinfo_copy_memmap:
    lea rdi, [rel boot_memmap]
    xor edx, edx                        ; entries kept
.entry:
    test ecx, ecx
    jz .counted
    cmp qword [rsi + 8], 0
    je .next
    cmp edx, MEMMAP_MAX
    jae .truncated
    mov rax, [rsi]
    mov [rdi], rax
    mov rax, [rsi + 8]
    mov [rdi + 8], rax
    mov eax, [rsi + 16]
    mov [rdi + 16], rax                 ; type, and 0 for the reserved word
    add rdi, HVM_MEMMAP_ENTRY
    inc edx
.next:
    add rsi, r8
    dec ecx
    jmp .entry
.truncated:
    or dword [r12 + BOOT_INFO_FLAGS], BOOT_MEMMAP_TRUNCATED
.counted:
    mov [r12 + BOOT_INFO_MEMMAP_COUNT], rdx
    ret

; bootinfo_complete: the fields known once the platform and console are set up.
bootinfo_complete:
    lea rdi, [rel boot_info]
    mov eax, [rel platform_id]
    mov [rdi + BOOT_INFO_PLATFORM], eax
    mov eax, [rel xen_version]
    mov [rdi + BOOT_INFO_XEN_VERSION], eax
    cmp byte [rel com2 + UART_PRESENT], 0
    je .no_com2
    cmp dword [rel console_kind], CONSOLE_SERIAL
    jne .no_com2
    or dword [rdi + BOOT_INFO_FLAGS], BOOT_STDERR_SEPARATE
.no_com2:
    mov qword [rdi + BOOT_INFO_IMAGE_START], IMAGE_BASE
    lea rax, [rel image_end]
    mov [rdi + BOOT_INFO_IMAGE_END], rax
    lea rax, [rel boot_stack_bottom]
    mov [rdi + BOOT_INFO_STACK_BOTTOM], rax
    lea rax, [rel boot_stack_top]
    mov [rdi + BOOT_INFO_STACK_TOP], rax
    mov rax, [rel boot_entry_tsc]
    mov [rdi + BOOT_INFO_ENTRY_TSC], rax
    lea rax, [rel boot_clock_page]
    mov [rdi + BOOT_INFO_CLOCK_PAGE], rax
    mov rax, [rel xen_shared_info_address]
    mov [rdi + BOOT_INFO_SHARED_INFO], rax
    cmp dword [rel platform_id], PLATFORM_XEN
    jne .signature
    lea rax, [rel hypercall_page]
    mov [rdi + BOOT_INFO_HYPERCALL_PAGE], rax
    mov rax, [rel xen_console_ring]
    mov [rdi + BOOT_INFO_XEN_RING], rax
    mov eax, [rel xen_console_evtchn]
    mov [rdi + BOOT_INFO_XEN_EVTCHN], eax
    mov eax, [rel xen_console_mode]
    mov [rdi + BOOT_INFO_XEN_CONSOLE], eax
.signature:
    mov rax, [rel hypervisor_signature]
    mov [rdi + BOOT_INFO_SIGNATURE], rax
    mov eax, [rel hypervisor_signature + 8]
    mov [rdi + BOOT_INFO_SIGNATURE + 8], eax
    ret
