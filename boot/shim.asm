; shim.asm — every piece of the boot shim, in assembly order.
;
; An image is: this file, then a definition of ingot_java_main (placeholder.asm or
; the translator's output), then end.asm. See ingot.asm.

%include "layout.asm"
%include "elf.asm"
%include "entry32.asm"
%include "stacks.asm"
%include "paging.asm"
%include "gdt.asm"
%include "longmode.asm"
%include "serial.asm"
%include "xen.asm"
%include "xen_console.asm"
%include "console.asm"
%include "platform.asm"
%include "idt.asm"
%include "fault.asm"
%include "bootinfo.asm"
%include "bootinfo_print.asm"
%include "xen_pv.asm"
%include "selftest.asm"
%include "selftest_output.asm"
%include "exit.asm"
%include "main.asm"
