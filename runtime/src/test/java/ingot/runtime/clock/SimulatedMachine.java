package ingot.runtime.clock;

import ingot.runtime.mem.hosted.HostedDevices;
import ingot.runtime.mem.hosted.HostedMachine;
import ingot.runtime.mem.hosted.HostedMemory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine for the clock's tests: a TSC of a chosen rate that only moves when something costs
 * time (each port access, rdtsc, hypercall and hlt), a boot record, and the devices the clock
 * drives — an 8254 PIT on channel 0, an MC146818 CMOS clock, a local APIC timer (one-shot,
 * fired by hlt), Xen's shared_info with its pvclock and SCHEDOP_poll, and KVM's kvmclock MSRs and
 * CPUID leaves. Installed as the current hosted machine; {@link #close()} puts the previous back.
 */
class SimulatedMachine implements HostedDevices, AutoCloseable {
    static final long BOOT_INFO = 0x10_0000L;
    static final long SHARED_INFO = 0x20_0000L;
    static final long CLOCK_PAGE = 0x30_0000L;
    static final long APIC = 0xFEE0_0000L;
    static final long ENTRY_TSC = 5_000_000L;
    /** What a port access costs in TSC ticks. */
    static final long PORT_COST = 2_000;
    static final long RDTSC_COST = 30;

    final long tscHz;
    final HostedMemory memory;
    final List<String> hypercalls = new ArrayList<>();
    final Map<Integer, int[]> cpuidLeaves = new HashMap<>();
    final Map<Integer, Long> msrs = new HashMap<>();
    final Map<Integer, Integer> portWrites = new HashMap<>();
    long tsc = ENTRY_TSC + 1_000_000;
    long apicTicksPerSecond = 1_000_000_000L;
    int halts;
    boolean pitPresent = true;
    /** CMOS registers by index; empty means no clock (reads 0xFF). */
    final Map<Integer, Integer> cmos = new HashMap<>();
    /** Xen's system time at TSC 0 (its pvclock record's system_time at tsc_timestamp 0). */
    long xenSystemAtTscZero = 7_000_000_000L;

    private final HostedMachine previous;
    private long pitLoadTsc;
    private int cmosIndex;
    private boolean pitLatched;
    private int pitLatch;
    private boolean pitLowRead;

    SimulatedMachine(long tscHz, int platform) {
        this.tscHz = tscHz;
        HostedMachine machine = new HostedMachine(this);
        memory = machine.memory();
        memory.map(BOOT_INFO, 4096);
        memory.map(SHARED_INFO, 4096);
        memory.map(CLOCK_PAGE, 4096);
        memory.map(APIC, 4096);
        memory.store(BOOT_INFO + 12, 4, platform);
        memory.store(BOOT_INFO + 136, 8, ENTRY_TSC);
        memory.store(BOOT_INFO + 176, 8, platform == BootFacts.PLATFORM_XEN ? SHARED_INFO : 0);
        memory.store(BOOT_INFO + 184, 8, CLOCK_PAGE);
        msrs.put(ApicTimer.MSR_APIC_BASE, APIC | 0x900);
        previous = HostedMachine.install(machine);
        Clock.boot(BOOT_INFO);
    }

    @Override
    public void close() {
        HostedMachine.install(previous);
    }

    /** Nanoseconds of real time at the current TSC, counted from TSC 0. */
    long realNanos() {
        return TscScale.toNanos(tsc, mul(), shift());
    }

    int shift() {
        return TscScale.shiftFor(tscHz);
    }

    int mul() {
        return TscScale.mulFor(tscHz, shift());
    }

    void advanceNanos(long nanos) {
        long second = 1_000_000_000L;
        tsc += nanos / second * tscHz + (nanos % second) * tscHz / second + 1;
    }

    /** Xen's pvclock record of vcpu 0 and a wall clock of {@code wallSeconds}.{@code wallNanos} at system time 0. */
    void xenSharedInfo(long wallSeconds, int wallNanos) {
        pvclockRecord(SHARED_INFO + XenTime.VCPU0_TIME, xenSystemAtTscZero);
        memory.store(SHARED_INFO + XenTime.WC_VERSION, 4, 2);
        memory.store(SHARED_INFO + XenTime.WC_SEC, 4, wallSeconds & 0xFFFF_FFFFL);
        memory.store(SHARED_INFO + XenTime.WC_SEC_HI, 4, wallSeconds >>> 32);
        memory.store(SHARED_INFO + XenTime.WC_NSEC, 4, wallNanos);
    }

    /** A pvclock record at {@code record}: system time {@code system} at TSC 0, this machine's rate. */
    void pvclockRecord(long record, long system) {
        memory.store(record + PvClock.VERSION, 4, 4);
        memory.store(record + PvClock.TSC_TIMESTAMP, 8, 0);
        memory.store(record + PvClock.SYSTEM_TIME, 8, system);
        memory.store(record + PvClock.MUL, 4, mul() & 0xFFFF_FFFFL);
        memory.store(record + PvClock.SHIFT, 1, shift());
    }

    /** Xen's system time now. */
    long xenSystemTime() {
        return xenSystemAtTscZero + realNanos();
    }

    /** CPUID leaves of KVM with the given feature bits (0x40000001 EAX). */
    void kvmLeaves(int features) {
        cpuidLeaves.put(KvmClock.CPUID_SIGNATURE, new int[] {KvmClock.CPUID_FEATURES, 0x4b4d564b, 0x564b4d56, 0x4d});
        cpuidLeaves.put(KvmClock.CPUID_FEATURES, new int[] {features, 0, 0, 0});
    }

    /** A CMOS clock showing the given time, BCD and 24-hour as QEMU keeps it. */
    void cmosTime(int century, int year, int month, int day, int hour, int minute, int second) {
        cmos.put(Cmos.STATUS_A, 0x26);
        cmos.put(Cmos.STATUS_B, Cmos.HOURS_24);
        cmos.put(Cmos.CENTURY, bcd(century));
        cmos.put(Cmos.YEAR, bcd(year));
        cmos.put(Cmos.MONTH, bcd(month));
        cmos.put(Cmos.DAY, bcd(day));
        cmos.put(Cmos.HOURS, bcd(hour));
        cmos.put(Cmos.MINUTES, bcd(minute));
        cmos.put(Cmos.SECONDS, bcd(second));
    }

    static int bcd(int value) {
        return value / 10 << 4 | value % 10;
    }

    @Override
    public long rdtsc() {
        tsc += RDTSC_COST;
        return tsc;
    }

    @Override
    public void cpuid(int leaf, int subleaf, int[] registers) {
        int[] values = cpuidLeaves.getOrDefault(leaf, new int[4]);
        System.arraycopy(values, 0, registers, 0, 4);
    }

    @Override
    public long readMsr(int msr) {
        Long value = msrs.get(msr);
        if (value == null) {
            throw new UnsupportedOperationException("rdmsr 0x" + Integer.toHexString(msr));
        }
        return value;
    }

    @Override
    public void writeMsr(int msr, long value) {
        msrs.put(msr, value);
        if (msr == KvmClock.MSR_SYSTEM_TIME_NEW || msr == KvmClock.MSR_SYSTEM_TIME) {
            pvclockRecord(value & ~1L, 0);
        } else if (msr == KvmClock.MSR_WALL_CLOCK_NEW || msr == KvmClock.MSR_WALL_CLOCK) {
            memory.store(value, 4, 2);
            memory.store(value + 4, 4, 1_700_000_000L);
            memory.store(value + 8, 4, 250_000_000L);
        }
    }

    @Override
    public long hypercall(long number, long a1, long a2, long a3, long a4, long a5) {
        hypercalls.add(number + "/" + a1);
        if (number == XenTime.HYPERVISOR_SCHED_OP && a1 == XenTime.SCHEDOP_POLL) {
            long ports = memory.load(a2 + XenTime.POLL_COUNT, 4);
            long deadline = memory.load(a2 + XenTime.POLL_TIMEOUT, 8);
            if (ports != 0 || memory.load(SHARED_INFO + XenTime.VCPU0_UPCALL_MASK, 1) != 1) {
                return -22; // the clock polls no ports, with events masked
            }
            long wait = deadline - xenSystemTime();
            if (wait > 0) {
                advanceNanos(wait);
            }
            return 0;
        }
        return -38;
    }

    @Override
    public void halt() {
        halts++;
        long count = memory.load(APIC + ApicTimer.INITIAL_COUNT, 4);
        if (count == 0 || memory.load(APIC + ApicTimer.LVT_TIMER, 4) != ApicTimer.TIMER_VECTOR) {
            throw new AssertionError("hlt with no timer armed: it would never wake");
        }
        advanceNanos(count * 1_000_000_000L / apicTicksPerSecond);
        memory.store(APIC + ApicTimer.CURRENT_COUNT, 4, 0);
    }

    @Override
    public void out(int port, int width, int value) {
        tsc += PORT_COST;
        portWrites.put(port, value);
        if (port == Pit.COMMAND && value == Pit.CHANNEL0_MODE2) {
            pitLoadTsc = tsc;
        } else if (port == Pit.COMMAND && value == Pit.LATCH_CHANNEL0) {
            pitLatched = true;
            pitLowRead = false;
            pitLatch = pitCount();
        } else if (port == Cmos.INDEX) {
            cmosIndex = value & 0x7F;
        }
    }

    @Override
    public int in(int port, int width) {
        tsc += PORT_COST;
        if (port == Pit.CHANNEL0) {
            return pitRead();
        }
        if (port == Cmos.DATA) {
            return cmos.isEmpty() ? 0xFF : cmos.getOrDefault(cmosIndex, 0);
        }
        throw new UnsupportedOperationException("in 0x" + Integer.toHexString(port));
    }

    private int pitRead() {
        if (!pitPresent) {
            return 0xFF;
        }
        int value = pitLatched ? pitLatch : pitCount();
        if (!pitLowRead) {
            pitLowRead = true;
            return value & 0xFF;
        }
        pitLatched = false;
        pitLowRead = false;
        return value >> 8 & 0xFF;
    }

    /** Mode 2 with a period of 65536: counts 65536 (read as 0) down to 1, then again. */
    private int pitCount() {
        long ticks = (tsc - pitLoadTsc) * Pit.PIT_HZ / tscHz;
        return (int) (65536 - ticks % 65536) & 0xFFFF;
    }
}
