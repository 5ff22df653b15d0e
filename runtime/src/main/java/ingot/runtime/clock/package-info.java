/**
 * Time and idling on bare metal: {@code System.nanoTime}, {@code System.currentTimeMillis} and
 * {@code Thread.sleep} (docs/ARCHITECTURE.md, "Time and idle").
 *
 * <p>{@link ingot.runtime.clock.Clock} picks one source at its first use: Xen's pvclock (the
 * vcpu_time_info of vcpu 0 in shared_info), KVM's kvmclock (the same record, registered through an
 * MSR), or the time-stamp counter counted from kernel entry and calibrated by CPUID leaf 0x15 or
 * against the PIT. The wall clock is Xen's (shared_info), KVM's (an MSR) or the CMOS RTC's.
 * {@link ingot.runtime.clock.Idle} waits without spinning: SCHEDOP_poll with a timeout on Xen,
 * {@code hlt} woken by the local APIC timer elsewhere.
 *
 * <p>Invariants: nanoTime never decreases; on Xen it is Xen's system time, so it is also the
 * deadline Xen's timers take. Raw records are read through {@link ingot.runtime.mem.Mem} as
 * seqlocks (retry while the version is odd or changed). Interrupts are enabled only inside the
 * shim's {@code idle_halt}. The readers on the hot path are {@code @Uninterruptible}; setting a
 * source up may allocate (a CPUID buffer) and runs once.
 */
package ingot.runtime.clock;
