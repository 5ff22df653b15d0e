; xen.asm — finding Xen by CPUID and installing the hypercall page.
;
; Xen's CPUID leaves sit at the first 0x100-aligned base from 0x40000000 whose
; signature is "XenVMMXenVMM" (0x40000100 when Viridian is on); leaf base+2 EBX is
; the MSR to which an HVM/PVH guest writes the physical address of a page that
; Xen then fills with one 32-byte call stub per hypercall. The page sits in .text
; (read-only, executable to us; Xen writes it by physical address) and is filled
; with `ret` so that a call through a page Xen never wrote returns -ENOSYS.
; Calls (x86-64): rax = number, arguments rdi, rsi, rdx, r10, r8; result in rax.
; Xen clobbers rcx and r11; the callers here treat the argument registers as
; clobbered too.
; Constants mirror xen/include/public/arch-x86/cpuid.h, xen.h, memory.h and errno.h.

XEN_CPUID_FIRST_LEAF    equ 0x40000000  ; arch-x86/cpuid.h
XEN_CPUID_LAST_BASE     equ 0x4000FF00
XEN_CPUID_SIGNATURE_EBX equ 0x566e6558  ; "XenV"
XEN_CPUID_SIGNATURE_ECX equ 0x65584d4d  ; "MMXe"
XEN_CPUID_SIGNATURE_EDX equ 0x4d4d566e  ; "nVMM"

__HYPERVISOR_memory_op          equ 12  ; xen.h
__HYPERVISOR_console_io         equ 18
__HYPERVISOR_sched_op           equ 29
__HYPERVISOR_event_channel_op   equ 32
__HYPERVISOR_hvm_op             equ 34
XEN_ENOSYS                      equ 38  ; errno.h
XENMEM_memory_map               equ 9   ; memory.h
XENMEM_add_to_physmap           equ 7   ; memory.h
XENMAPSPACE_shared_info         equ 0   ; memory.h
DOMID_SELF                      equ 0x7FF0  ; xen.h
XEN_E820_ENTRY                  equ 20  ; memory.h: BIOS E820 format, u64 addr, u64 size, u32 type
XEN_MEMORY_MAP_MAX              equ 128

section .data
align 8
xen_cpuid_base:     dd 0                ; 0 when not on Xen
xen_version:        dd 0                ; major << 16 | minor (leaf base+1 EAX)
xen_memory_map_arg:                     ; struct xen_memory_map (memory.h)
    dd 0, 0                             ; u32 nr_entries (in: room, out: count), padding
    dq 0                                ; buffer
xen_add_to_physmap_arg:                 ; struct xen_add_to_physmap (memory.h)
    dw DOMID_SELF, 0                    ; domid, size (unused for shared_info)
    dd XENMAPSPACE_shared_info          ; space
    dq 0                                ; idx: shared_info has one page
    dq 0                                ; gpfn: where it goes
xen_shared_info_address: dq 0           ; shared_info once mapped (PVH here, PV: xen_pv.asm), else 0

section .bss
xen_e820:           resb XEN_MEMORY_MAP_MAX * XEN_E820_ENTRY

BITS 64
section .text

; XEN_HYPERCALL number: calls the stub; arguments already in rdi, rsi, rdx, r10, r8.
%macro XEN_HYPERCALL 1
    mov rax, -XEN_ENOSYS
    call hypercall_page + (%1) * 32
%endmacro

; xen_detect: eax = 1 and the hypercall page installed when running on Xen, else 0.
xen_detect:
    push rbx
    mov r8d, XEN_CPUID_FIRST_LEAF
.leaf:
    mov eax, r8d
    cpuid
    cmp ebx, XEN_CPUID_SIGNATURE_EBX
    jne .next
    cmp ecx, XEN_CPUID_SIGNATURE_ECX
    jne .next
    cmp edx, XEN_CPUID_SIGNATURE_EDX
    jne .next
    lea edx, [r8d + 2]
    cmp eax, edx                        ; the largest leaf must reach base+2
    jae .found
.next:
    add r8d, 0x100
    cmp r8d, XEN_CPUID_LAST_BASE
    jbe .leaf
    xor eax, eax
    pop rbx
    ret
.found:
    mov [rel xen_cpuid_base], r8d
    lea eax, [r8d + 1]
    cpuid
    mov [rel xen_version], eax
    lea eax, [r8d + 2]
    cpuid
    mov ecx, ebx                        ; the hypercall-page MSR
    lea rax, [rel hypercall_page]
    mov rdx, rax
    shr rdx, 32
    wrmsr
    mov eax, 1
    pop rbx
    ret

; xen_map_shared_info: (PVH) asks Xen to put shared_info at the page xen_shared_info
; (xen_pv.asm's .bss), replacing the RAM there (XENMEM_add_to_physmap); the time
; records live there (docs/ARCHITECTURE.md, "Time and idle"). Sets
; xen_shared_info_address when Xen agreed.
xen_map_shared_info:
    lea rsi, [rel xen_add_to_physmap_arg]
    lea rax, [rel xen_shared_info]
    shr rax, 12                         ; a frame number
    mov [rsi + 16], rax
    mov edi, XENMEM_add_to_physmap
    XEN_HYPERCALL __HYPERVISOR_memory_op
    test rax, rax
    jnz .done
    lea rax, [rel xen_shared_info]
    mov [rel xen_shared_info_address], rax
.done:
    ret

; xen_memory_map: asks Xen for the domain's memory map (XENMEM_memory_map; a PVH
; dom0's start_info carries none) -> rsi = its entries in E820 form (20 bytes: u64
; address, u64 size, u32 type), ecx = their count (0 on error).
xen_memory_map:
    lea rsi, [rel xen_memory_map_arg]
    mov dword [rsi], XEN_MEMORY_MAP_MAX
    lea rax, [rel xen_e820]
    mov [rsi + 8], rax
    mov edi, XENMEM_memory_map
    XEN_HYPERCALL __HYPERVISOR_memory_op
    xor ecx, ecx
    test rax, rax
    jnz .done
    mov ecx, [rel xen_memory_map_arg]
.done:
    lea rsi, [rel xen_e820]
    ret

align PAGE_SIZE, db 0xC3
hypercall_page:
    times PAGE_SIZE db 0xC3
