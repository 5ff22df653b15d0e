; xen_pv.asm — the Xen PV entry: the same image as a 64-bit PV guest (xl type "pv").
;
; Xen PV needs no hardware virtualization: the kernel runs in ring 3, Xen owns the
; page tables and the IDT. The ELF notes (elf.asm) give the virtual entry
; (pv_entry), the hypercall page, VIRT_BASE 0 and PADDR_OFFSET 0, so virtual
; addresses are the load addresses and pseudo-physical addresses. Xen enters in
; 64-bit mode with rsi = start_info (virtual), rsp = a boot stack, and a bootstrap
; mapping (xen.h "start-of-day"): pseudo-physical 0 up to a 4 MiB boundary at least
; 512 KiB past the last bootstrap element — the image, module 0, the page-frame list
; (mfn_list), start_info, the xenstore and console pages, the page tables (mapped
; read-only) and the boot stack. pv_entry then:
;   - routes the console to Xen at once (no port I/O in ring 3: an early fault
;     must not touch the UART), takes the image's boot stack;
;   - installs the trap table (set_trap_table): vectors 0..31 enter the same
;     stubs as the IDT (idt.asm) after taking off the rcx and r11 Xen pushes, so
;     the exception report is the same; there are no interrupt stacks, so a stack
;     overflow into the guard page cannot be reported (Xen crashes the domain);
;   - clears CR0.TS (fpu_taskswitch), maps shared_info (update_va_mapping) for cr2
;     (vcpu_info[0].arch.cr2) and time, unmaps page 0 and the stack guard pages;
;   - maps the rest of the domain's memory, nr_pages from start_info: page frames
;     from the bootstrap end up to the top, identity (virtual = pseudo-physical),
;     with mmu_update on new L1 (and L2) tables taken from the top of memory;
; and goes on in boot_main like the PVH entry, which asks xen_pv at its few
; differences (platform, start_info, page 0, console, exit, cr2).
; The boot information's memory map under PV: RAM below the image's and module 0's
; end, reserved up to the bootstrap end (Xen's boot data), RAM up to the page-table
; pool, reserved for the pool. Constants mirror xen/include/public/xen.h,
; arch-x86/xen.h and arch-x86/xen-x86_64.h.

__HYPERVISOR_set_trap_table     equ 0   ; xen.h
__HYPERVISOR_mmu_update         equ 1
__HYPERVISOR_fpu_taskswitch     equ 5
__HYPERVISOR_update_va_mapping  equ 14
__HYPERVISOR_xen_version        equ 17
XENVER_version                  equ 0   ; version.h: major << 16 | minor
MMU_NORMAL_PT_UPDATE            equ 0   ; xen.h
UVMF_INVLPG                     equ 2
FLAT_KERNEL_CS                  equ 0xE033  ; xen-x86_64.h FLAT_RING3_CS64
MACH2PHYS_VIRT_START            equ 0xFFFF800000000000  ; the machine-to-phys table
TRAP_INFO_NO_EVENTS             equ 4   ; arch-x86/xen.h trap_info flags: events off in the handler
SIF_MOD_START_PFN               equ 1 << 3  ; xen.h: mod_start is a frame number

; struct start_info (xen.h, x86_64)
PV_START_MAGIC          equ 0           ; char[32] "xen-3.0-x86_64"
PV_START_NR_PAGES       equ 32
PV_START_SHARED_INFO    equ 40          ; machine address
PV_START_FLAGS          equ 48
PV_START_CONSOLE_MFN    equ 72
PV_START_CONSOLE_EVTCHN equ 80
PV_START_PT_BASE        equ 88          ; virtual address of the L4 table
PV_START_MFN_LIST       equ 104         ; virtual address of the p2m list
PV_START_MOD_START      equ 112
PV_START_MOD_LEN        equ 120
PV_START_CMDLINE        equ 128         ; char[1024]
VCPU_INFO_CR2           equ 16          ; vcpu_info[0].arch.cr2 in shared_info

PV_PTE_PRESENT          equ 1 << 0
PV_PTE_WRITABLE         equ 1 << 1
PV_PTE_ACCESSED         equ 1 << 5
PV_PTE_DIRTY            equ 1 << 6
PV_PTE_NX               equ 1 << 63
PV_PTE_FRAME            equ 0x000FFFFFFFFFF000
PV_DATA_PTE             equ PV_PTE_PRESENT | PV_PTE_WRITABLE | PV_PTE_ACCESSED | PV_PTE_DIRTY | PV_PTE_NX
PV_TABLE_PTE            equ PV_PTE_PRESENT | PV_PTE_WRITABLE | PV_PTE_ACCESSED
PV_BOOTSTRAP_ALIGN      equ 4 << 20     ; the bootstrap mapping ends on a 4 MiB boundary
PV_BOOTSTRAP_PADDING    equ 512 << 10   ; at least this much after the boot stack
PV_MMU_BATCH            equ 512         ; mmu_update requests per hypercall: one L1 table
MEMMAP_TYPE_RESERVED    equ 2           ; start_info.h XEN_HVM_MEMMAP_TYPE_RESERVED

section .data
align 8
xen_pv:             dd 0                ; 1 when entered at pv_entry
xen_pv_boot_rsp:    dq 0                ; rsp at pv_entry: in Xen's boot stack, the last bootstrap element
xen_pv_bootstrap_end: dq 0              ; first pseudo-physical byte past the bootstrap mapping
xen_pv_pool_start:  dq 0                ; page-table pool: [pool_start, memory top)
xen_pv_pool_next:   dq 0                ; next free pool page, allocated downwards
xen_pv_memory_top:  dq 0                ; nr_pages << 12
xen_pv_mmu_done:    dq 0                ; mmu_update's count of requests done
xen_pv_fresh:       dd 0                ; xen_pv_next_level made the table it returned

section .rodata
align 8
; struct trap_info (arch-x86/xen.h): u8 vector, u8 flags, u16 cs, u32 pad, u64 address.
xen_pv_trap_table:
%assign vector 0
%rep IDT_EXCEPTIONS
    db vector, TRAP_INFO_NO_EVENTS
    dw FLAT_KERNEL_CS
    dd 0
    dq pv_trap_stub_%[vector]
%assign vector vector + 1
%endrep
    dq 0, 0                             ; address 0 ends the table
str_pv_magic:       db "xen-3.0-x86_64"
PV_MAGIC_LENGTH     equ $ - str_pv_magic
msg_bad_pv_start_info: db "no start_info (rsi at the PV entry did not point at its magic)", 0
msg_pv_mapping:     db "mapping the domain's memory failed (mmu_update)", 0

section .bss
alignb PAGE_SIZE
xen_shared_info:    resb PAGE_SIZE      ; remapped onto Xen's shared_info page
xen_pv_scratch:     resb PAGE_SIZE      ; remapped for a moment onto a new page table to clear it
xen_pv_mmu_batch:   resb PV_MMU_BATCH * 16  ; struct mmu_update { u64 ptr, val }

BITS 64
section .text

; One stub per vector: Xen's bounce frame has rcx and r11 below the frame the CPU
; would push; without them it is the IDT's frame, so the IDT's stub follows.
%assign vector 0
%rep IDT_EXCEPTIONS
pv_trap_stub_%[vector]:
    pop rcx
    pop r11
    jmp trap_stub_%[vector]
%assign vector vector + 1
%endrep

pv_entry:
    rdtsc                               ; first: the boot-time report counts from here
    mov [rel boot_entry_tsc], eax
    mov [rel boot_entry_tsc + 4], edx
    cld
    mov [rel boot_start_info], rsi
    mov [rel xen_pv_boot_rsp], rsp
    mov dword [rel xen_pv], 1
    mov dword [rel console_kind], CONSOLE_XEN    ; console_io (Xen drops a domU's) until the ring is known
    mov qword [rel sink_stdout + SINK_UART], 0
    mov dword [rel xen_console_mode], XEN_CONSOLE_IO
    lea rsp, [rel boot_stack_top]
    lea rdi, [rel xen_pv_trap_table]
    XEN_HYPERCALL __HYPERVISOR_set_trap_table
    xor edi, edi                        ; clear CR0.TS
    XEN_HYPERCALL __HYPERVISOR_fpu_taskswitch
    fninit
    mov rbx, [rel boot_start_info]
    mov eax, [rbx + PV_START_MAGIC]
    cmp eax, "xen-"                     ; without start_info, bootinfo_read_pv reports it
    jne .main
    mov rsi, [rbx + PV_START_SHARED_INFO]
    lea rdi, [rel xen_shared_info]
    call xen_pv_map_page
    test rax, rax
    jnz .unmapped
    lea rax, [rel xen_shared_info]
    mov [rel xen_shared_info_address], rax
.unmapped:
    call xen_pv_unmap_guard_pages
.main:
    jmp boot_main

; xen_pv_map_page: rdi = virtual page, rsi = machine address -> rax = status.
; Maps it read-write, no-execute.
xen_pv_map_page:
    mov rax, PV_DATA_PTE
    or rsi, rax
    mov edx, UVMF_INVLPG
    XEN_HYPERCALL __HYPERVISOR_update_va_mapping
    ret

; xen_pv_unmap_page: rdi = virtual page -> rax = status.
xen_pv_unmap_page:
    xor esi, esi
    mov edx, UVMF_INVLPG
    XEN_HYPERCALL __HYPERVISOR_update_va_mapping
    ret

xen_pv_unmap_guard_pages:
    lea rdi, [rel boot_stack_guard]
    call xen_pv_unmap_page
    lea rdi, [rel ist_double_fault_guard]
    call xen_pv_unmap_page
    lea rdi, [rel ist_nmi_guard]
    call xen_pv_unmap_page
    lea rdi, [rel ist_machine_check_guard]
    jmp xen_pv_unmap_page

; xen_pv_platform: platform_detect's work under PV (CPUID in ring 3 may not show
; Xen's leaves; the entry already said it is Xen).
xen_pv_platform:
    mov dword [rel platform_id], PLATFORM_XEN
    mov rax, "XenVMMXe"
    mov [rel hypervisor_signature], rax
    mov dword [rel hypervisor_signature + 8], "nVMM"
    mov edi, XENVER_version
    xor esi, esi
    XEN_HYPERCALL __HYPERVISOR_xen_version
    mov [rel xen_version], eax
    ret

; xen_pv_cr2: -> rax = the faulting address of the last page fault, which Xen keeps in
; vcpu_info[0].arch.cr2 (reading CR2 is privileged).
xen_pv_cr2:
    mov rax, [rel xen_shared_info + VCPU_INFO_CR2]
    ret

; xen_pv_machine_to_virtual: rax = machine address -> rax = the virtual address of
; that byte (its frame's pseudo-physical address, by the machine-to-phys table).
xen_pv_machine_to_virtual:
    mov rcx, rax
    shr rax, 12
    mov rdx, MACH2PHYS_VIRT_START
    mov rax, [rdx + rax * 8]
    shl rax, 12
    and ecx, PAGE_SIZE - 1
    or rax, rcx
    ret

; bootinfo_read_pv: bootinfo_read for start_info (r12 = boot_info, rbx = start_info).
bootinfo_read_pv:
    mov rbx, [rel boot_start_info]
    lea rsi, [rel str_pv_magic]
    mov rdi, rbx
    mov ecx, PV_MAGIC_LENGTH
    repe cmpsb
    jne .bad
    mov [r12 + BOOT_INFO_START_INFO], rbx
    or dword [r12 + BOOT_INFO_FLAGS], BOOT_XEN_PV
    test dword [rbx + PV_START_FLAGS], SIF_INITDOMAIN
    jz .not_dom0
    or dword [r12 + BOOT_INFO_FLAGS], BOOT_XEN_DOM0
.not_dom0:
    lea rsi, [rbx + PV_START_CMDLINE]
    call bootinfo_copy_cmdline
    mov rax, [rbx + PV_START_MOD_START]
    test dword [rbx + PV_START_FLAGS], SIF_MOD_START_PFN
    jz .module
    shl rax, 12
.module:
    mov rcx, [rbx + PV_START_MOD_LEN]
    test rcx, rcx
    jz .map
    mov qword [r12 + BOOT_INFO_MODULES], 1
    mov [r12 + BOOT_INFO_MODULE0], rax
    mov [r12 + BOOT_INFO_MODULE0_SIZE], rcx
.map:
    call xen_pv_map_memory
    test eax, eax
    jnz .unmapped
    test dword [r12 + BOOT_INFO_FLAGS], BOOT_XEN_DOM0
    jz xen_pv_memmap
    jmp bootinfo_read_memmap_from_xen
.unmapped:
    lea rax, [rel msg_pv_mapping]
    mov [rel boot_error], rax
    jmp xen_pv_memmap
.bad:
    lea rax, [rel msg_bad_pv_start_info]
    mov [rel boot_error], rax
    lea rax, [rel boot_cmdline]
    mov [r12 + BOOT_INFO_CMDLINE], rax
    ret

; xen_pv_memmap: the memory map of a PV domU (see the top), r12 = boot_info.
xen_pv_memmap:
    lea rdi, [rel boot_memmap]
    mov [r12 + BOOT_INFO_MEMMAP], rdi
    lea rax, [rel image_end]            ; end of the image and module 0, page aligned
    mov rcx, [r12 + BOOT_INFO_MODULE0]
    add rcx, [r12 + BOOT_INFO_MODULE0_SIZE]
    cmp rcx, rax
    cmova rax, rcx
    add rax, PAGE_SIZE - 1
    and rax, -PAGE_SIZE
    xor esi, esi
    mov rcx, rax
    mov edx, MEMMAP_TYPE_RAM
    call xen_pv_memmap_entry            ; RAM [0, end of image and module)
    mov rcx, [rel xen_pv_bootstrap_end]
    mov edx, MEMMAP_TYPE_RESERVED
    call xen_pv_memmap_entry            ; Xen's boot data
    mov rcx, [rel xen_pv_pool_start]
    mov edx, MEMMAP_TYPE_RAM
    call xen_pv_memmap_entry            ; the memory mapped here
    mov rcx, [rel xen_pv_memory_top]
    mov edx, MEMMAP_TYPE_RESERVED
    call xen_pv_memmap_entry            ; the page-table pool
    lea rax, [rel boot_memmap]
    sub rdi, rax
    mov rax, rdi
    xor edx, edx
    mov ecx, HVM_MEMMAP_ENTRY
    div rcx
    mov [r12 + BOOT_INFO_MEMMAP_COUNT], rax
    ret

; xen_pv_memmap_entry: rdi = next entry, rsi = start, rcx = end, edx = type. Writes
; the entry unless it is empty -> rdi past what was written, rsi = max(rsi, rcx).
xen_pv_memmap_entry:
    cmp rcx, rsi
    jbe .done
    mov [rdi], rsi
    mov r8, rcx
    sub r8, rsi
    mov [rdi + 8], r8
    mov [rdi + 16], rdx                 ; type, and 0 for the reserved word
    add rdi, HVM_MEMMAP_ENTRY
    mov rsi, rcx
.done:
    ret

; xen_pv_map_memory: maps pseudo-physical [bootstrap end, top) at the same virtual
; addresses, taking its new page tables from the top -> eax = 0, or 1 on failure.
; rbx = start_info.
xen_pv_map_memory:
    push rbx
    push r12
    push r13
    push r14
    push r15
    mov rax, [rbx + PV_START_NR_PAGES]
    shl rax, 12
    mov [rel xen_pv_memory_top], rax
    mov rcx, [rel xen_pv_boot_rsp]      ; the boot stack's page, then the padding
    dec rcx
    and rcx, -PAGE_SIZE
    add rcx, PAGE_SIZE + PV_BOOTSTRAP_PADDING + PV_BOOTSTRAP_ALIGN - 1
    and rcx, -PV_BOOTSTRAP_ALIGN
    cmp rcx, rax
    cmova rcx, rax
    mov [rel xen_pv_bootstrap_end], rcx
    ; pool: one L1 per 2 MiB and one L2 per 1 GiB of [bootstrap end, top)
    mov rdx, rax
    sub rdx, rcx
    mov r8, rdx
    add rdx, (1 << 21) - 1
    shr rdx, 21
    add r8, (1 << 30) - 1
    shr r8, 30
    add rdx, r8
    shl rdx, 12
    mov r8, rax
    sub r8, rdx
    cmp r8, rcx
    cmovb r8, rcx
    mov [rel xen_pv_pool_start], r8
    mov [rel xen_pv_pool_next], rax
    mov r12, rcx                        ; next address to map
    mov r13, r8                         ; end of what is mapped
    mov r14, [rbx + PV_START_MFN_LIST]
    mov r15, [rbx + PV_START_PT_BASE]
.chunk:
    cmp r12, r13
    jae .done
    mov rdi, r12
    call xen_pv_l1_table                ; rax = machine address of the L1 for r12
    test rax, rax
    jz .fail
    mov rdi, rax
    call xen_pv_fill_l1
    test eax, eax
    jnz .fail
    jmp .chunk
.done:
    xor eax, eax
    jmp .out
.fail:
    mov eax, 1
.out:
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret

; xen_pv_fill_l1: rdi = machine address of the L1 table for r12; r13 = end, r14 =
; mfn_list. Maps the pages from r12 to the end of that table's 2 MiB (or r13) in one
; mmu_update, advancing r12 -> eax = 0, or 1 on failure.
xen_pv_fill_l1:
    lea r8, [rel xen_pv_mmu_batch]
    xor ecx, ecx                        ; requests
.page:
    mov rax, r12
    shr rax, 12
    mov rdx, [r14 + rax * 8]            ; the page's machine frame
    shl rdx, 12
    mov r9, PV_DATA_PTE
    or rdx, r9
    and eax, 511
    lea rax, [rdi + rax * 8]            ; MMU_NORMAL_PT_UPDATE: the entry's machine address
    mov [r8], rax
    mov [r8 + 8], rdx
    add r8, 16
    inc ecx
    add r12, PAGE_SIZE
    cmp r12, r13
    jae .flush
    test r12d, (1 << 21) - 1
    jnz .page
.flush:
    lea rdi, [rel xen_pv_mmu_batch]
    mov esi, ecx
    lea rdx, [rel xen_pv_mmu_done]
    mov r10d, DOMID_SELF
    XEN_HYPERCALL __HYPERVISOR_mmu_update
    test rax, rax
    setnz al
    movzx eax, al
    ret

; xen_pv_l1_table: rdi = virtual address -> rax = machine address of the L1 table
; that maps it, made (with its L2 when missing) from the pool; 0 on failure.
; r15 = the L4 table (virtual).
xen_pv_l1_table:
    push rbx
    push rbp
    mov rbp, rdi
    mov rax, rdi
    shr rax, 39
    and eax, 511
    mov rax, [r15 + rax * 8]            ; L4 entry
    test al, PV_PTE_PRESENT
    jz .fail                            ; beyond 512 GiB: not handled
    mov dword [rel xen_pv_fresh], 0
    mov rbx, 30
    call xen_pv_next_level              ; L3 entry -> L2
    test rax, rax
    jz .fail
    mov rbx, 21
    call xen_pv_next_level              ; L2 entry -> L1
    pop rbp
    pop rbx
    ret
.fail:
    xor eax, eax
    pop rbp
    pop rbx
    ret

; xen_pv_next_level: rax = entry of the level above (present), rbp = virtual
; address, rbx = shift of this level's index -> rax = the machine address of the
; table this level's entry for rbp points to, made from the pool when the entry
; was not present; 0 on failure. xen_pv_fresh says the table in rax was just made
; (all its entries absent: a pool page is not mapped, so it is not read).
xen_pv_next_level:
    and rax, [rel pv_frame_mask]
    mov r9, rax                         ; machine address of this level's table
    mov rdx, rbp
    mov ecx, ebx
    shr rdx, cl
    and edx, 511
    lea rdi, [r9 + rdx * 8]             ; machine address of the entry
    cmp dword [rel xen_pv_fresh], 0
    jne .new
    push rdi
    push rdx
    call xen_pv_machine_to_virtual
    pop rdx
    pop rdi
    mov rax, [rax + rdx * 8]
    test al, PV_PTE_PRESENT
    jz .new
    and rax, [rel pv_frame_mask]
    ret
.new:
    push rdi
    call xen_pv_new_table               ; rax = machine address of a clear page
    pop rdi
    test rax, rax
    jz .fail
    push rax
    lea r8, [rel xen_pv_mmu_batch]
    mov [r8], rdi
    or rax, PV_TABLE_PTE
    mov [r8 + 8], rax
    mov rdi, r8
    mov esi, 1
    lea rdx, [rel xen_pv_mmu_done]
    mov r10d, DOMID_SELF
    XEN_HYPERCALL __HYPERVISOR_mmu_update
    test rax, rax
    pop rax
    jnz .fail
    mov dword [rel xen_pv_fresh], 1
    ret
.fail:
    xor eax, eax
    ret

; xen_pv_new_table: -> rax = machine address of the next pool page, cleared (mapped
; for a moment at xen_pv_scratch, then unmapped there: a page table must have no
; writable mapping); 0 when the pool is empty or a mapping fails. r14 = mfn_list.
xen_pv_new_table:
    push rbx
    mov rax, [rel xen_pv_pool_next]
    cmp rax, [rel xen_pv_pool_start]
    jbe .fail
    sub rax, PAGE_SIZE
    mov [rel xen_pv_pool_next], rax
    shr rax, 12
    mov rbx, [r14 + rax * 8]
    shl rbx, 12                         ; its machine address
    lea rdi, [rel xen_pv_scratch]
    mov rsi, rbx
    call xen_pv_map_page
    test rax, rax
    jnz .fail
    lea rdi, [rel xen_pv_scratch]
    xor eax, eax
    mov ecx, PAGE_SIZE / 8
    rep stosq
    lea rax, [rel xen_pv_scratch]       ; back onto the scratch page's own frame
    shr rax, 12
    mov rsi, [r14 + rax * 8]
    shl rsi, 12
    lea rdi, [rel xen_pv_scratch]
    call xen_pv_map_page
    test rax, rax
    jnz .fail
    mov rax, rbx
    pop rbx
    ret
.fail:
    xor eax, eax
    pop rbx
    ret

section .rodata
align 8
pv_frame_mask:      dq PV_PTE_FRAME
section .text
