; stacks.asm — the boot stack and the interrupt stacks, each above a guard page.
;
; Guard pages are left unmapped by the page tables (IS_GUARD_PAGE, used by
; paging.asm), so running off the bottom of a stack faults instead of overwriting
; what lies below. The boot stack is the one ingot_java_main runs on.

BOOT_STACK_SIZE equ 1024 * 1024       ; HotSpot's default thread stack (-Xss) on x86-64 Linux
IST_STACK_SIZE  equ 16 * 1024

IST_DOUBLE_FAULT    equ 1
IST_NMI             equ 2
IST_MACHINE_CHECK   equ 3

section .bss
alignb PAGE_SIZE
boot_stack_guard:       resb PAGE_SIZE
boot_stack_bottom:      resb BOOT_STACK_SIZE
boot_stack_top:
ist_double_fault_guard: resb PAGE_SIZE
                        resb IST_STACK_SIZE
ist_double_fault_top:
ist_nmi_guard:          resb PAGE_SIZE
                        resb IST_STACK_SIZE
ist_nmi_top:
ist_machine_check_guard: resb PAGE_SIZE
                        resb IST_STACK_SIZE
ist_machine_check_top:

BOOT_STACK_GUARD_OFFSET     equ boot_stack_guard - bss_start
IST_DOUBLE_FAULT_GUARD_OFFSET equ ist_double_fault_guard - bss_start
IST_NMI_GUARD_OFFSET        equ ist_nmi_guard - bss_start
IST_MACHINE_CHECK_GUARD_OFFSET equ ist_machine_check_guard - bss_start

%define IS_GUARD_PAGE(a) ((a) == BSS_BASE + BOOT_STACK_GUARD_OFFSET || (a) == BSS_BASE + IST_DOUBLE_FAULT_GUARD_OFFSET || (a) == BSS_BASE + IST_NMI_GUARD_OFFSET || (a) == BSS_BASE + IST_MACHINE_CHECK_GUARD_OFFSET)
