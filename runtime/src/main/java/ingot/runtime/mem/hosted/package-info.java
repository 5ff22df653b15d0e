/**
 * The simulated machine behind {@link ingot.runtime.mem.Mem}'s hosted bodies, so that the object
 * model, allocator and GC can be unit-tested on HotSpot: {@link ingot.runtime.mem.hosted.HostedMemory}
 * (a sparse, paged, little-endian 64-bit address space), {@link ingot.runtime.mem.hosted.ObjectHandles}
 * (objects as addresses), {@link ingot.runtime.mem.hosted.HostedDevices} (ports, MSRs, hypercalls,
 * CPUID, the time-stamp counter, hlt), gathered in a {@link ingot.runtime.mem.hosted.HostedMachine}.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Host only (DESIGN.md level 3): reached from {@code Mem}'s hosted bodies and from tests,
 *       never from image code; the translator refuses this package. It may use {@code java.util}.</li>
 *   <li>Every access to an address outside the mapped regions throws
 *       {@link ingot.runtime.mem.hosted.MemoryFault} and changes nothing.</li>
 *   <li>Mappable addresses are canonical x86-64 addresses; object handles are non-canonical, so a
 *       handle is never a mapped address.</li>
 * </ul>
 */
package ingot.runtime.mem.hosted;
