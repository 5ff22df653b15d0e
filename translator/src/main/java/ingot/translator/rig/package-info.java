/**
 * The rigs that boot an Ingot image: QEMU (KVM or TCG, microvm or q35), and real Xen 4.17
 * under QEMU TCG with the image as a PVH dom0, or as a PVH or PV domU that xl creates in a
 * Linux dom0 ({@link ingot.translator.rig.XenDomuBoot}, its cache {@link
 * ingot.translator.rig.XenDomuCache}, its xl configuration {@link
 * ingot.translator.rig.XlConfig}). Host-only code, used by {@code ingot run}, {@code ingot
 * xl} and by the boot tests.
 *
 * <p>A {@link ingot.translator.rig.BootRequest} says what to boot; {@link
 * ingot.translator.rig.Rig#boot} builds the QEMU command ({@link
 * ingot.translator.rig.QemuCommand}), runs it under a timeout ({@link
 * ingot.translator.rig.GuestLauncher}) and returns a {@link ingot.translator.rig.GuestRun}:
 * the guest's stdout and stderr, the hypervisor's own log, and the guest's exit status.
 * Invariants: QEMU never outlives a boot (a timeout kills it); the guest's stdout never
 * contains anything but the guest's bytes (Xen's log and the exit line are taken out); a
 * status is reported only when the guest gave one. Missing tools fail with a {@link
 * ingot.translator.rig.RigException} that says to run {@code make deps}.
 */
package ingot.translator.rig;
