; class_init.asm — class initialisation for compiled code (JVMS §5.5, one thread).
;
;   ingot_rt_initialize: rdi = a Class object whose state is not INITIALIZED.
; Compiled code calls it before the first getstatic, putstatic, invokestatic or new of
; a class that has a <clinit> somewhere in its superclass chain (the translator
; decides where a check is needed). A class in progress (its <clinit> is running,
; and with one thread that is always this thread) counts as initialised, as §5.5
; step 3 says. The superclass is initialised first, then the class's own <clinit>
; runs. Not yet: superinterfaces with default methods (step 7), and the
; ExceptionInInitializerError / NoClassDefFoundError of a failed initialisation,
; which wait for exception unwinding.
; Offsets mirror ingot.runtime.exec.ClassWords (ClassInitLayoutTest checks them).

CLASS_SUPERCLASS    equ 16
CLASS_INIT_STATE    equ 80
CLASS_CLINIT        equ 88
INIT_IN_PROGRESS    equ 1
INIT_DONE           equ 2

BITS 64
section .text

; Compiled code clobbers every register but rsp, rbp and r15, so the Class is kept
; on the stack across the calls (the push also keeps rsp 16-byte aligned for them).
ingot_rt_initialize:
    cmp dword [rdi + CLASS_INIT_STATE], 0
    jne .done
    mov dword [rdi + CLASS_INIT_STATE], INIT_IN_PROGRESS
    push rdi
    mov rdi, [rdi + CLASS_SUPERCLASS]
    test rdi, rdi
    jz .own
    call ingot_rt_initialize
.own:
    mov rax, [rsp]
    mov rax, [rax + CLASS_CLINIT]
    test rax, rax
    jz .initialized
    call rax
.initialized:
    pop rdi
    mov dword [rdi + CLASS_INIT_STATE], INIT_DONE
.done:
    ret
