; platform.asm — what the image runs on, from CPUID.
;
; CPUID.1:ECX bit 31 says a hypervisor is present; leaf 0x40000000 gives its
; 12-byte signature. KVM and QEMU TCG are told by that signature; any other is
; searched for Xen's leaves (xen_detect, xen.asm), which costs up to 256 CPUIDs.
; Everything that is not Xen is driven the same way (COM1/COM2, isa-debug-exit,
; i8042 reset): KVM (QEMU -accel kvm, Firecracker), QEMU TCG, or another
; hypervisor; the platform code only names it.

PLATFORM_OTHER  equ 0                   ; no or an unknown hypervisor signature
PLATFORM_KVM    equ 1                   ; "KVMKVMKVM\0\0\0"
PLATFORM_TCG    equ 2                   ; "TCGTCGTCGTCG"
PLATFORM_XEN    equ 3                   ; "XenVMMXenVMM" at some 0x40000x00 base

section .data
align 8
platform_id:        dd PLATFORM_OTHER
hypervisor_signature: times 13 db 0     ; leaf 0x40000000 EBX, ECX, EDX; NUL-terminated

BITS 64
section .text

; platform_detect: sets platform_id and hypervisor_signature; installs the Xen
; hypercall page and maps shared_info when on Xen.
platform_detect:
    cmp dword [rel xen_pv], 0
    jne xen_pv_platform                 ; the PV entry already said it is Xen
    push rbx
    mov eax, 1
    cpuid
    bt ecx, 31
    jnc .done
    mov eax, 0x40000000
    cpuid
    mov [rel hypervisor_signature], ebx
    mov [rel hypervisor_signature + 4], ecx
    mov [rel hypervisor_signature + 8], edx
    mov rax, [rel hypervisor_signature]
    mov edx, [rel hypervisor_signature + 8]
    mov rcx, "KVMKVMKV"
    cmp rax, rcx
    jne .tcg
    cmp edx, `M\0\0\0`
    jne .xen
    mov dword [rel platform_id], PLATFORM_KVM
    jmp .done
.tcg:
    mov rcx, "TCGTCGTC"
    cmp rax, rcx
    jne .xen
    cmp edx, "GTCG"
    jne .xen
    mov dword [rel platform_id], PLATFORM_TCG
    jmp .done
.xen:
    call xen_detect
    test eax, eax
    jz .done
    mov dword [rel platform_id], PLATFORM_XEN
    call xen_map_shared_info
.done:
    pop rbx
    ret
