; xen_console.asm — the console on Xen: console_io as dom0, the console ring as domU.
;
; A PVH dom0 (start_info flags SIF_INITDOMAIN) writes with console_io
; (CONSOLEIO_write); Xen prints the bytes on its own console. A domU reads the
; ring's page and event channel from the HVM params CONSOLE_PFN / CONSOLE_EVTCHN and
; writes into the ring's `out` half, then notifies the backend (xenconsoled) with
; EVTCHNOP_send. A PV domU finds its ring in start_info (xen_console_init_pv). When the params are missing, console_io is used anyway (a debug
; Xen lets a domU print with it).
; console.asm buffers lines and hands them to xen_console_emit, so a line reaches
; Xen's console in one piece; xen_console_drain waits (bounded) for the backend to
; take the ring's bytes before a shutdown.
;
; Flow control: when the ring is full the writer notifies and yields until the
; backend takes bytes; after XEN_RING_STALL_YIELDS yields without progress the
; backend is taken for gone: the rest of that write is dropped, and later writes
; drop at once while the ring stays full (one long wait, not one per line). The Xen
; domU rig tests the ring (test: ingot.rig.XenDomuBootTest, 1 MiB in one write).
;
; Constants mirror: xen.h (CONSOLEIO_*, DOMID_SELF), hvm/hvm_op.h
; (HVMOP_get_param, struct xen_hvm_param), hvm/params.h (HVM_PARAM_CONSOLE_*),
; event_channel.h (EVTCHNOP_send), sched.h (SCHEDOP_yield), io/console.h (ring).

CONSOLEIO_write         equ 0           ; xen.h
DOMID_SELF              equ 0x7FF0      ; xen.h
HVMOP_get_param         equ 1           ; hvm/hvm_op.h
HVM_PARAM_CONSOLE_PFN   equ 17          ; hvm/params.h
HVM_PARAM_CONSOLE_EVTCHN equ 18         ; hvm/params.h
EVTCHNOP_send           equ 4           ; event_channel.h
SCHEDOP_yield           equ 0           ; sched.h

; struct xen_hvm_param (hvm/hvm_op.h): u16 domid, u16 pad, u32 index, u64 value
XEN_HVM_PARAM_DOMID     equ 0
XEN_HVM_PARAM_INDEX     equ 4
XEN_HVM_PARAM_VALUE     equ 8

; struct xencons_interface (io/console.h): char in[1024], char out[2048],
; u32 in_cons, in_prod, out_cons, out_prod (free-running, masked by size - 1)
XENCONS_OUT             equ 1024
XENCONS_OUT_SIZE        equ 2048
XENCONS_OUT_CONS        equ 3080
XENCONS_OUT_PROD        equ 3084

XEN_CONSOLE_IO          equ 1           ; xen_console_mode values
XEN_CONSOLE_RING        equ 2
XEN_RING_STALL_YIELDS   equ 1000000     ; yields without progress before the backend is taken for gone

section .data
align 8
xen_console_mode:   dd 0
xen_console_evtchn: dd 0                ; struct evtchn_send { u32 port }
xen_console_stalled: dd 0               ; 1 once the backend stopped taking bytes
xen_console_ring:   dq 0                ; physical = virtual address of the ring page
xen_hvm_param:
    dw DOMID_SELF, 0
    dd 0
    dq 0

BITS 64
section .text

; xen_console_init: edi = nonzero for the initial domain (start_info flags had
; SIF_INITDOMAIN). Chooses console_io or the ring.
xen_console_init:
    mov dword [rel xen_console_mode], XEN_CONSOLE_IO
    test edi, edi
    jnz .done
    cmp dword [rel xen_pv], 0
    jne xen_console_init_pv
    mov edi, HVM_PARAM_CONSOLE_PFN
    call xen_get_hvm_param
    test rax, rax
    jnz .done
    test rdx, rdx
    jz .done
    shl rdx, 12
    mov [rel xen_console_ring], rdx
    mov edi, HVM_PARAM_CONSOLE_EVTCHN
    call xen_get_hvm_param
    test rax, rax
    jnz .done
    mov [rel xen_console_evtchn], edx
    mov dword [rel xen_console_mode], XEN_CONSOLE_RING
.done:
    ret

; xen_console_init_pv: a PV domU's ring is in start_info: the page's machine frame
; (its virtual address by the machine-to-phys table: it lies in the bootstrap
; mapping) and the event channel.
xen_console_init_pv:
    mov rdx, [rel boot_start_info]
    mov rax, [rdx + PV_START_CONSOLE_MFN]
    test rax, rax
    jz .done
    mov ecx, [rdx + PV_START_CONSOLE_EVTCHN]
    mov [rel xen_console_evtchn], ecx
    shl rax, 12
    call xen_pv_machine_to_virtual
    mov [rel xen_console_ring], rax
    mov dword [rel xen_console_mode], XEN_CONSOLE_RING
.done:
    ret

; xen_get_hvm_param: edi = index -> rax = status (0 ok), rdx = value.
xen_get_hvm_param:
    lea rsi, [rel xen_hvm_param]
    mov [rsi + XEN_HVM_PARAM_INDEX], edi
    mov qword [rsi + XEN_HVM_PARAM_VALUE], 0
    mov edi, HVMOP_get_param
    XEN_HYPERCALL __HYPERVISOR_hvm_op
    mov rdx, [rel xen_hvm_param + XEN_HVM_PARAM_VALUE]
    ret

; xen_console_emit: rsi = bytes, rdx = count.
xen_console_emit:
    cmp dword [rel xen_console_mode], XEN_CONSOLE_RING
    je xen_ring_write
    mov rdi, CONSOLEIO_write
    xchg rsi, rdx                       ; console_io(cmd, count, buffer)
    XEN_HYPERCALL __HYPERVISOR_console_io
    ret

; xen_ring_write: rsi = bytes, rdx = count. Copies into out[prod & 2047] while
; there is room, publishes out_prod after the bytes (x86 keeps stores in order;
; the compiler-level barrier is the instruction order), then notifies. When the
; ring is full it notifies and yields until the backend makes room (see above).
xen_ring_write:
    push rbx
    push r12
    push r13
    push r14
    push r15
    mov r12, rsi
    mov r13, rdx
    mov rbx, [rel xen_console_ring]
    mov r14d, XEN_RING_STALL_YIELDS
.fill:
    mov ecx, [rbx + XENCONS_OUT_CONS]
    mov edx, [rbx + XENCONS_OUT_PROD]
.byte:
    test r13, r13
    jz .publish
    mov eax, edx
    sub eax, ecx
    cmp eax, XENCONS_OUT_SIZE
    jae .full
    mov eax, edx
    and eax, XENCONS_OUT_SIZE - 1
    mov r8b, [r12]
    mov [rbx + XENCONS_OUT + rax], r8b
    inc edx
    inc r12
    dec r13
    jmp .byte
.full:
    mov [rbx + XENCONS_OUT_PROD], edx
    cmp dword [rel xen_console_stalled], 0
    jne .done                           ; still full after a stall: drop at once
    mov r15d, ecx                       ; out_cons when the ring filled
    call xen_ring_notify
.wait:
    call xen_yield
    mov eax, [rbx + XENCONS_OUT_CONS]
    cmp eax, r15d
    jne .progress
    dec r14d
    jnz .wait
    mov dword [rel xen_console_stalled], 1
    jmp .done                           ; the backend is gone: drop the rest
.progress:
    mov dword [rel xen_console_stalled], 0
    mov r14d, XEN_RING_STALL_YIELDS
    jmp .fill
.publish:
    mov [rbx + XENCONS_OUT_PROD], edx
    mov dword [rel xen_console_stalled], 0
    call xen_ring_notify
.done:
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret

xen_ring_notify:
    mov edi, EVTCHNOP_send
    lea rsi, [rel xen_console_evtchn]
    XEN_HYPERCALL __HYPERVISOR_event_channel_op
    ret

xen_yield:
    mov edi, SCHEDOP_yield
    xor esi, esi
    XEN_HYPERCALL __HYPERVISOR_sched_op
    ret

; xen_console_drain: on a ring, waits until out_cons reaches out_prod, so the last
; line is not lost to a shutdown; gives up after XEN_RING_STALL_YIELDS yields
; without progress (at once after a stall).
xen_console_drain:
    push rbx
    push r12
    push r13
    cmp dword [rel xen_console_mode], XEN_CONSOLE_RING
    jne .done
    cmp dword [rel xen_console_stalled], 0
    jne .done
    mov rbx, [rel xen_console_ring]
    mov r12d, XEN_RING_STALL_YIELDS
    mov r13d, [rbx + XENCONS_OUT_CONS]
.wait:
    mov eax, [rbx + XENCONS_OUT_CONS]
    cmp eax, [rbx + XENCONS_OUT_PROD]
    je .done
    cmp eax, r13d
    je .same
    mov r13d, eax                       ; progress: wait afresh
    mov r12d, XEN_RING_STALL_YIELDS
.same:
    call xen_yield
    dec r12d
    jnz .wait
.done:
    pop r13
    pop r12
    pop rbx
    ret
