package ingot.runtime.mem;

import ingot.runtime.mem.hosted.HostedMachine;

/**
 * Raw machine access for low-level code: the compiler expands each call inline into the
 * instructions named in its comment. Addresses are {@code long}; memory is little-endian and may be
 * accessed at any alignment.
 *
 * <p>The Java bodies are the <em>hosted</em> implementation, used only on HotSpot: memory, object
 * addresses, ports, MSRs, hypercalls and CPUID go to the {@link HostedMachine#current() current}
 * {@link HostedMachine} (simulated memory that faults with
 * {@link ingot.runtime.mem.hosted.MemoryFault} on unmapped addresses, a handle table for objects,
 * and pluggable {@link ingot.runtime.mem.hosted.HostedDevices}). The translator never compiles
 * these bodies (the class is {@link Intrinsic}).
 */
@Intrinsic
public final class Mem {
    private Mem() {
    }

    // Loads: mov/movzx/movsx of the width from [address].

    public static byte loadByte(long address) {
        return (byte) load(address, 1);
    }

    public static short loadShort(long address) {
        return (short) load(address, 2);
    }

    public static char loadChar(long address) {
        return (char) load(address, 2);
    }

    public static int loadInt(long address) {
        return (int) load(address, 4);
    }

    public static long loadLong(long address) {
        return load(address, 8);
    }

    /** movss. */
    public static float loadFloat(long address) {
        return Float.intBitsToFloat(loadInt(address));
    }

    /** movsd. */
    public static double loadDouble(long address) {
        return Double.longBitsToDouble(loadLong(address));
    }

    // Stores: mov of the width to [address].

    public static void storeByte(long address, byte value) {
        store(address, 1, value);
    }

    public static void storeShort(long address, short value) {
        store(address, 2, value);
    }

    public static void storeChar(long address, char value) {
        store(address, 2, value);
    }

    public static void storeInt(long address, int value) {
        store(address, 4, value);
    }

    public static void storeLong(long address, long value) {
        store(address, 8, value);
    }

    public static void storeFloat(long address, float value) {
        storeInt(address, Float.floatToRawIntBits(value));
    }

    public static void storeDouble(long address, double value) {
        storeLong(address, Double.doubleToRawLongBits(value));
    }

    // Objects and addresses: no instruction, the reference's bits reinterpreted. Never keep the
    // address across a point where the GC may run. Hosted: a handle, not simulated memory.

    /** The address of {@code o}; 0 for null. */
    public static long addressOf(Object o) {
        return HostedMachine.current().handles().addressOf(o);
    }

    /** The object at {@code address}; null for 0. */
    public static Object objectAt(long address) {
        return HostedMachine.current().handles().objectAt(address);
    }

    // Fences. Hosted: volatile accesses of one word, which order as the instructions do (a
    // volatile read-modify-write is a full fence, a read an acquire, a write a release), written
    // in plain Java so this class compiles against the class library alone.

    private static volatile int fenceWord;

    /** mfence: no load or store moves across it. */
    public static void fence() {
        fenceWord++;
    }

    /** lfence: later loads wait for earlier loads. */
    public static void loadFence() {
        int acquired = fenceWord;
    }

    /** sfence: later stores wait for earlier stores (also orders non-temporal stores). */
    public static void storeFence() {
        fenceWord = 0;
    }

    // The processor.

    /**
     * cpuid with eax = {@code leaf}, ecx = {@code subleaf}; stores eax, ebx, ecx, edx into
     * {@code out[0..3]}. {@code out} must hold at least 4 elements.
     */
    public static void cpuid(int leaf, int subleaf, int[] out) {
        if (out.length < 4) {
            throw new IllegalArgumentException("cpuid needs an int[4] for eax, ebx, ecx, edx; got " + out.length);
        }
        HostedMachine.current().devices().cpuid(leaf, subleaf, out);
    }

    /** rdtsc: the time-stamp counter, edx:eax. Hosted: the devices' counter (System.nanoTime by default). */
    public static long rdtsc() {
        return HostedMachine.current().devices().rdtsc();
    }

    /** rdmsr with ecx = {@code msr}: edx:eax. */
    public static long rdmsr(int msr) {
        return HostedMachine.current().devices().readMsr(msr);
    }

    /** wrmsr with ecx = {@code msr}, edx:eax = {@code value}. */
    public static void wrmsr(int msr, long value) {
        HostedMachine.current().devices().writeMsr(msr, value);
    }

    /** pause: a spin-wait hint. */
    public static void pause() {
        Thread.onSpinWait();
    }

    /** hlt: waits for the next interrupt. Hosted: the devices decide (by default it is unsupported). */
    public static void halt() {
        HostedMachine.current().devices().halt();
    }

    /**
     * sti; hlt; cli: waits for the next interrupt with interrupts enabled for exactly the hlt (the
     * one-instruction shadow of sti keeps a pending interrupt from slipping in before it, so it ends
     * the hlt instead). The interrupt's handler must return; interrupts are disabled again after.
     * Hosted: the devices' {@code halt}.
     */
    public static void waitForInterrupt() {
        HostedMachine.current().devices().halt();
    }

    /**
     * Continues execution at {@code target} with rbp = {@code framePointer} and rsp =
     * {@code stackPointer}, abandoning the frames in between: how an exception reaches its
     * handler. Never returns. Hosted: unsupported.
     */
    public static void resume(long target, long framePointer, long stackPointer) {
        throw new UnsupportedOperationException("Mem.resume: there are no raw frames on HotSpot");
    }

    /**
     * Calls the compiled code at {@code entry} with no arguments, as compiled code calls a static
     * method, and returns rax (a reference as its address, an int sign-extended or not — the
     * caller knows what the method returns). An exception the callee throws unwinds through the
     * caller like any call's. Hosted: unsupported.
     */
    public static long call(long entry) {
        throw new UnsupportedOperationException("Mem.call: there is no compiled code on HotSpot");
    }

    /** rbp: the frame pointer of the method containing the call (it is expanded inline). Hosted: unsupported. */
    public static long framePointer() {
        throw new UnsupportedOperationException("Mem.framePointer: there are no raw frames on HotSpot");
    }

    /** rsp at the call. Hosted: unsupported. */
    public static long stackPointer() {
        throw new UnsupportedOperationException("Mem.stackPointer: there is no raw stack on HotSpot");
    }

    // Port I/O: in/out with the port in dx (its low 16 bits count), the value in al/ax/eax.

    /** in al, dx: 0..255. */
    public static int inByte(int port) {
        return HostedMachine.current().devices().in(port & 0xFFFF, 1) & 0xFF;
    }

    /** in ax, dx: 0..65535. */
    public static int inWord(int port) {
        return HostedMachine.current().devices().in(port & 0xFFFF, 2) & 0xFFFF;
    }

    /** in eax, dx. */
    public static int inInt(int port) {
        return HostedMachine.current().devices().in(port & 0xFFFF, 4);
    }

    /** out dx, al: the low 8 bits of {@code value}. */
    public static void outByte(int port, int value) {
        HostedMachine.current().devices().out(port & 0xFFFF, 1, value & 0xFF);
    }

    /** out dx, ax: the low 16 bits of {@code value}. */
    public static void outWord(int port, int value) {
        HostedMachine.current().devices().out(port & 0xFFFF, 2, value & 0xFFFF);
    }

    /** out dx, eax. */
    public static void outInt(int port, int value) {
        HostedMachine.current().devices().out(port & 0xFFFF, 4, value);
    }

    /**
     * The hypercall trampoline: hypercall {@code number} with up to five arguments (pass 0 for those
     * unused); returns rax. On Xen x86-64 a call to {@code hypercall_page + 32 * number} with the
     * arguments in rdi, rsi, rdx, r10, r8.
     */
    public static long hypercall(long number, long a1, long a2, long a3, long a4, long a5) {
        return HostedMachine.current().devices().hypercall(number, a1, a2, a3, a4, a5);
    }

    private static long load(long address, int size) {
        return HostedMachine.current().memory().load(address, size);
    }

    private static void store(long address, int size, long value) {
        HostedMachine.current().memory().store(address, size, value);
    }
}
