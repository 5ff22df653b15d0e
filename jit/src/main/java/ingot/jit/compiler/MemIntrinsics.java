package ingot.jit.compiler;

import ingot.jit.asm.Mem;
import ingot.jit.asm.Reg;
import ingot.jit.asm.Symbol;
import ingot.runtime.bytecode.Kind;

/**
 * The {@code ingot.runtime.mem.Mem} intrinsics (DESIGN.md, "The VM's own Java"), expanded inline
 * where low-level code calls them: raw loads and stores, object/address conversions, fences,
 * cpuid, rdtsc, MSRs, port I/O, hlt (alone or with interrupts on for it), frame and stack
 * pointers, an indirect call, and the Xen hypercall. Their Java
 * bodies are the hosted implementation and are never compiled into an image.
 */
final class MemIntrinsics {
    static final String OWNER = "ingot/runtime/mem/Mem";
    /** The boot-information field holding the Xen hypercall page's address (boot/bootinfo.asm). */
    private static final int BOOT_INFO_HYPERCALL_PAGE = 128;
    /** Xen's hypercall page has one 32-byte stub per hypercall number. */
    private static final int HYPERCALL_STUB = 5;

    private MemIntrinsics() {
    }

    /** Expands the call if it is a Mem intrinsic; returns false for any other method. */
    static boolean expand(EmitContext c, String owner, String name, String descriptor) {
        if (!owner.equals(OWNER)) {
            return false;
        }
        int arguments = CallingConvention.parameterKinds(descriptor, false).length;
        boolean access = descriptor.startsWith("(J"); // loadFence and storeFence take no address
        if (access && name.startsWith("load")) {
            load(c, descriptor.charAt(descriptor.length() - 1));
        } else if (access && name.startsWith("store")) {
            store(c, descriptor.charAt(2));
        } else if (!expandOther(c, name)) {
            throw c.unsupported("Mem." + name + descriptor + " is not an intrinsic the compiler knows");
        }
        byte result = Kind.ofDescriptor(descriptor, descriptor.indexOf(')') + 1);
        if (result != Kind.TOP) {
            c.asm.mov(c.result(arguments), Reg.RAX);
        }
        return true;
    }

    private static void load(EmitContext c, char type) {
        c.asm.mov(Reg.RCX, c.top(0));
        FieldAccess.load(c, type, Mem.at(Reg.RCX, 0));
    }

    private static void store(EmitContext c, char type) {
        c.asm.mov(Reg.RCX, c.top(1));
        c.asm.mov(Reg.RAX, c.top(0));
        FieldAccess.store(c, type, Mem.at(Reg.RCX, 0), Reg.RAX);
    }

    private static boolean expandOther(EmitContext c, String name) {
        switch (name) {
            case "addressOf": case "objectAt": c.asm.mov(Reg.RAX, c.top(0)); return true;
            case "fence": c.asm.mfence(); return true;
            case "loadFence": c.asm.lfence(); return true;
            case "storeFence": c.asm.sfence(); return true;
            case "pause": c.asm.pause(); return true;
            case "halt": c.asm.hlt(); return true;
            case "waitForInterrupt": waitForInterrupt(c); return true;
            case "framePointer": c.asm.mov(Reg.RAX, Reg.RBP); return true;
            case "stackPointer": c.asm.mov(Reg.RAX, Reg.RSP); return true;
            case "rdtsc": rdtsc(c); return true;
            case "rdmsr": rdmsr(c); return true;
            case "wrmsr": wrmsr(c); return true;
            case "cpuid": cpuid(c); return true;
            case "hypercall": hypercall(c); return true;
            case "resume": resume(c); return true;
            case "call": c.asm.mov(Reg.RAX, c.top(0)); c.call(Reg.RAX); return true;
            default: return portIo(c, name);
        }
    }

    /** sti; hlt; cli: interrupts on for exactly the hlt (sti's shadow covers the hlt). */
    private static void waitForInterrupt(EmitContext c) {
        c.asm.sti();
        c.asm.hlt();
        c.asm.cli();
    }

    private static void rdtsc(EmitContext c) {
        c.asm.rdtsc();
        combineEdxEax(c);
    }

    private static void rdmsr(EmitContext c) {
        c.asm.mov(Reg.ECX, c.top(0));
        c.asm.rdmsr();
        combineEdxEax(c);
    }

    private static void wrmsr(EmitContext c) {
        c.asm.mov(Reg.ECX, c.top(1));
        c.asm.mov(Reg.RAX, c.top(0));
        c.asm.mov(Reg.RDX, Reg.RAX);
        c.asm.shr(Reg.RDX, 32);
        c.asm.wrmsr();
    }

    /** rax = rdx:eax, as rdtsc and rdmsr return it. */
    private static void combineEdxEax(EmitContext c) {
        c.asm.shl(Reg.RDX, 32);
        c.asm.mov(Reg.EAX, Reg.EAX);
        c.asm.or(Reg.RAX, Reg.RDX);
    }

    /** cpuid(leaf, subleaf, out): out[0..3] = eax, ebx, ecx, edx (out is a non-null int[4]). */
    private static void cpuid(EmitContext c) {
        c.asm.mov(Reg.EAX, c.top(2));
        c.asm.mov(Reg.ECX, c.top(1));
        c.asm.mov(Reg.R8, c.top(0));
        c.asm.cpuid();
        c.asm.mov(Mem.at(Reg.R8, Checks.ARRAY_BASE), Reg.EAX);
        c.asm.mov(Mem.at(Reg.R8, Checks.ARRAY_BASE + 4), Reg.EBX);
        c.asm.mov(Mem.at(Reg.R8, Checks.ARRAY_BASE + 8), Reg.ECX);
        c.asm.mov(Mem.at(Reg.R8, Checks.ARRAY_BASE + 12), Reg.EDX);
    }

    /**
     * hypercall(number, a1..a5): Xen's x86-64 convention — arguments in rdi, rsi, rdx, r10, r8,
     * a call to the hypercall page's stub for the number, the result in rax.
     */
    private static void hypercall(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(5));
        c.asm.shl(Reg.RAX, HYPERCALL_STUB);
        c.asm.add(Reg.RAX, Mem.rip(new Symbol("boot_info"), BOOT_INFO_HYPERCALL_PAGE));
        c.asm.mov(Reg.RDI, c.top(4));
        c.asm.mov(Reg.RSI, c.top(3));
        c.asm.mov(Reg.RDX, c.top(2));
        c.asm.mov(Reg.R10, c.top(1));
        c.asm.mov(Reg.R8, c.top(0));
        c.call(Reg.RAX);
    }

    /** resume(target, fp, sp): the three are read before rbp changes, then rbp, rsp and a jump. */
    private static void resume(EmitContext c) {
        c.asm.mov(Reg.RAX, c.top(2));
        c.asm.mov(Reg.RCX, c.top(1));
        c.asm.mov(Reg.RDX, c.top(0));
        c.asm.mov(Reg.RBP, Reg.RCX);
        c.asm.mov(Reg.RSP, Reg.RDX);
        c.asm.jmp(Reg.RAX);
    }

    /** inByte/inWord/inInt(port) and outByte/outWord/outInt(port, value) through dx. */
    private static boolean portIo(EmitContext c, String name) {
        boolean isIn = name.startsWith("in");
        String width = name.substring(isIn ? 2 : 3);
        Reg acc = width.equals("Byte") ? Reg.AL : width.equals("Word") ? Reg.AX : width.equals("Int") ? Reg.EAX : null;
        if (acc == null || !(isIn || name.startsWith("out"))) {
            return false;
        }
        if (isIn) {
            c.asm.mov(Reg.EDX, c.top(0));
            c.asm.xor(Reg.EAX, Reg.EAX);
            c.asm.in(acc, Reg.DX);
        } else {
            c.asm.mov(Reg.EDX, c.top(1));
            c.asm.mov(Reg.EAX, c.top(0));
            c.asm.out(Reg.DX, acc);
        }
        return true;
    }
}
