; fp_remainder.asm — Java's frem and drem for compiled code.
;
; SSE2 has no remainder; x87's fprem computes exactly the truncating remainder
; Java's % on floating point asks for (JVMS §6.5 drem: the result has the sign of
; the dividend, NaN for an infinite dividend or a zero divisor, the dividend for an
; infinite divisor). fprem reduces the exponent difference by at most 63 per
; step and sets C2 while it is not done, hence the loop.
;   ingot_rt_drem: xmm0 = xmm0 % xmm1 (doubles)
;   ingot_rt_frem: xmm0 = xmm0 % xmm1 (floats; widening to double is exact, and
;                  the remainder of two floats is representable as a float)
; Clobbers rax and the x87 stack; preserves every other register.

BITS 64
section .text

ingot_rt_frem:
    cvtss2sd xmm0, xmm0
    cvtss2sd xmm1, xmm1
    call ingot_rt_drem
    cvtsd2ss xmm0, xmm0
    ret

ingot_rt_drem:
    sub rsp, 16
    movsd [rsp], xmm1
    fld qword [rsp]                     ; st0 = divisor
    movsd [rsp], xmm0
    fld qword [rsp]                     ; st0 = dividend, st1 = divisor
.reduce:
    fprem
    fnstsw ax
    test ah, 4                          ; C2: partial remainder, go on
    jnz .reduce
    fstp qword [rsp]
    fstp st0
    movsd xmm0, [rsp]
    add rsp, 16
    ret
