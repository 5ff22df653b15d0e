import ingot.runtime.mem.Mem;

/**
 * Uses the Mem intrinsics on bare metal (test: ingot.compiler.MemIntrinsicsTest). Each t method
 * returns a value the test knows in advance; tOut writes straight to COM1.
 */
public class MemProbe {
    public static long tStoreLoadWidths() {
        long at = Mem.stackPointer() - 4096;
        Mem.storeLong(at, 0x1122334455667788L);
        Mem.storeByte(at + 7, (byte) 0x99);
        return Mem.loadInt(at + 2) + (long) Mem.loadShort(at + 6) * 0x100000000L + Mem.loadByte(at);
    }

    public static long tDoubleBits() {
        long at = Mem.stackPointer() - 4096;
        Mem.storeDouble(at, 1.5);
        Mem.storeFloat(at + 8, -2.0f);
        return Mem.loadLong(at) ^ Mem.loadInt(at + 8);
    }

    public static int tFramePointerChain() {
        long fp = Mem.framePointer();
        long callers = Mem.loadLong(fp);
        return fp != 0 && callers > fp ? 1 : 0;
    }

    public static int tTimestampAdvances() {
        long a = Mem.rdtsc();
        long b = Mem.rdtsc();
        return b > a ? 1 : 0;
    }

    /** The fences and pause are instructions alone: none of them reads the operand stack or a local (here 8, unmapped). */
    public static long tFencesTouchNoMemory() {
        long unmapped = 8;
        Mem.loadFence();
        Mem.storeFence();
        Mem.fence();
        Mem.pause();
        return unmapped;
    }

    public static int tOut() {
        Mem.outByte(0x3F8, 'O');
        Mem.outByte(0x3F8, 'K');
        Mem.outByte(0x3F8, '\n');
        return Mem.inByte(0x3F8 + 5) & 0x20; // line status: transmitter holding register empty
    }
}
