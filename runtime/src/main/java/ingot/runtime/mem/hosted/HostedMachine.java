package ingot.runtime.mem.hosted;

/**
 * One simulated machine: its memory, its object handles and its devices. {@code Mem}'s hosted
 * bodies use the {@link #current()} one; a test installs a fresh machine and puts the previous one
 * back when done:
 * <pre>
 *   HostedMachine previous = HostedMachine.install(new HostedMachine(devices));
 *   try { ... } finally { HostedMachine.install(previous); }
 * </pre>
 */
public final class HostedMachine {
    private static volatile HostedMachine current = new HostedMachine();

    private final HostedMemory memory = new HostedMemory();
    private final ObjectHandles handles = new ObjectHandles();
    private final HostedDevices devices;

    /** A machine with nothing mapped and no devices. */
    public HostedMachine() {
        this(HostedDevices.NONE);
    }

    public HostedMachine(HostedDevices devices) {
        if (devices == null) {
            throw new IllegalArgumentException("devices must not be null; use HostedDevices.NONE");
        }
        this.devices = devices;
    }

    /** The machine {@code Mem} uses now. */
    public static HostedMachine current() {
        return current;
    }

    /** Makes {@code machine} the current one; returns the one it replaces. */
    public static HostedMachine install(HostedMachine machine) {
        if (machine == null) {
            throw new IllegalArgumentException("machine must not be null");
        }
        HostedMachine previous = current;
        current = machine;
        return previous;
    }

    public HostedMemory memory() {
        return memory;
    }

    public ObjectHandles handles() {
        return handles;
    }

    public HostedDevices devices() {
        return devices;
    }
}
