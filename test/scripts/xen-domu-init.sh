#!/bin/sh
# /init of the Xen domU rig's dom0 (built into dom0.cpio.gz by xen-domu-cache.sh).
#
# Starts the toolstack (xenstored, xen-init-dom0, xenconsoled), then creates, in order, the
# guests the rig appended to the initramfs: guest K is /ingot/guest-K/ with domu.cfg (written
# by ingot.translator.rig.XlConfig; it names image.elf and module there) and timeout (in
# seconds). Each guest's console goes, byte for byte, to the host through a virtio serial
# port (QEMU's virtserialport, /dev/vport*p1 here), followed by the line
# "ingot-dom0: end of guest K". At the end dom0 reboots; Xen then reboots the machine and
# QEMU, run with -no-reboot, exits.
#
# Report lines on dom0's console (hvc0, which Xen puts on COM1), read by the rig
# (ingot.translator.rig.Dom0Console):
#   ingot-dom0: ready                          the toolstack is up
#   ingot-dom0: guest K: xl create             guest K is being created now
#   ingot-dom0: guest K: xl create status N    xl's status (xl returns when the domain is gone)
#   ingot-dom0: guest K: shutdown reason NAME  xl's shutdown reason: poweroff, reboot, suspend,
#                                              crash, watchdog, soft_reset
#   ingot-dom0: guest K: timeout after N s     it ran past its timeout and was destroyed
#   ingot-dom0: guest K: domain gone           xl lists it no more
#   ingot-dom0: guest K: error TEXT            something went wrong with guest K
#   ingot-dom0: guest K: xl: LINE              xl's log, when xl failed or logged no reason
#   ingot-dom0: error TEXT                     the toolstack failed; no guest runs
export PATH=/usr/lib/xen-4.17/bin:/usr/sbin:/usr/bin:/sbin:/bin
say() { echo "ingot-dom0: $*"; }
finish() {
    busybox reboot -f
    echo b > /proc/sysrq-trigger
    sleep 60
}
fail() { say "error $*"; finish; }

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm && mount -t devpts devpts /dev/pts
for m in xen-evtchn xen-gntdev xen-gntalloc xen-privcmd xenfs virtio_pci virtio_console; do
    modprobe $m 2>/dev/null || fail "modprobe $m"
done
mount -t xenfs xenfs /proc/xen || fail "mount xenfs"
mkdir -p /var/lock /var/run/xen /var/run/xenstored /var/lib/xen /var/lib/xenstored /var/log/xen/console /run/xen
xenstored --pid-file /var/run/xenstored.pid || fail "xenstored"
xen-init-dom0 >/dev/null || fail "xen-init-dom0"
xenconsoled --pid-file=/var/run/xenconsoled.pid || fail "xenconsoled"
port=
i=0
while [ -z "$port" ] && [ $i -lt 50 ]; do
    port=$(ls /dev/vport*p1 2>/dev/null | head -n 1); [ -n "$port" ] || sleep 0.1; i=$((i + 1))
done
[ -n "$port" ] || fail "no virtio serial port for the guests' consoles"
exec 3<>"$port"       # a virtio port opens once: one descriptor for reading and writing
say ready

reason_name() {
    case "$1" in
        0) echo poweroff ;; 1) echo reboot ;; 2) echo suspend ;;
        3) echo crash ;; 4) echo watchdog ;; 5) echo soft_reset ;;
    esac
}

# run_guest K: creates guest K with its console on COM2 and reports how it ended.
run_guest() {
    k=$1; dir=/ingot/guest-$k
    name=$(sed -n 's/^name = "\(.*\)"$/\1/p' $dir/domu.cfg)
    timeout=$(cat $dir/timeout 2>/dev/null || echo 60)
    (sleep "$timeout"; if xl domid "$name" >/dev/null 2>&1; then
        say "guest $k: timeout after $timeout s"; xl destroy "$name"; fi) &
    watchdog=$!
    say "guest $k: xl create"
    # -F: xl stays in the foreground, handles the domain's end (on_poweroff, on_crash) and
    # logs it on stderr; -c: its console client copies the guest's console to stdout. The
    # client also reads stdin and ends at its EOF, so stdin is the same (silent) port.
    xl create -F -c $dir/domu.cfg <&3 >&3 2>/tmp/xl-$k.log
    status=$?
    kill $watchdog 2>/dev/null
    say "guest $k: xl create status $status"
    i=0
    while pidof xenconsole >/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    echo "ingot-dom0: end of guest $k" >&3
    code=$(sed -n 's/.*has shut down, reason code \([0-9]*\).*/\1/p' /tmp/xl-$k.log | tail -n 1)
    [ -n "$code" ] && say "guest $k: shutdown reason $(reason_name "$code")"
    i=0
    while xl domid "$name" >/dev/null 2>&1 && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    if xl domid "$name" >/dev/null 2>&1; then
        xl destroy "$name"
        say "guest $k: error the domain outlived xl and was destroyed"
    else
        say "guest $k: domain gone"
    fi
    if [ "$status" -ne 0 ] || [ -z "$code" ]; then
        sed "s/^/ingot-dom0: guest $k: xl: /" /tmp/xl-$k.log
    fi
}

k=1
while [ -f /ingot/guest-$k/domu.cfg ]; do
    run_guest $k
    k=$((k + 1))
done
[ $k -gt 1 ] || say "error no guest: /ingot/guest-1/domu.cfg is missing"
finish
