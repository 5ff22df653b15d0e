#!/usr/bin/env bash
# Builds, once per machine, what the Xen domU rig (ingot run --xen-domu) boots, into
# test/cache/xen-domu/:
#   xen.elf       Xen 4.17 from Debian's xen-hypervisor-4.17-amd64, gunzipped
#   vmlinux.elf   the dom0 kernel: Debian's Linux as a raw ELF (Xen then skips decompressing it)
#   dom0.cpio.gz  a small initramfs: busybox, kmod, the kernel's Xen and virtio-console modules,
#                 xl, xenstored, xenconsoled, xenconsole, xen-init-dom0 with their libraries,
#                 and test/scripts/xen-domu-init.sh as /init
#   stamp         a hash of this script and the init; a different hash rebuilds the files above
# all from one debootstrap tree (root/, kept to rebuild the initramfs quickly) of Debian
# bookworm (the release with Xen 4.17), so the hypervisor, the tools and the kernel come from
# the same packages. The mirror is the one this machine's apt sources name for bookworm (or
# for its own release); XEN_DOMU_MIRROR overrides it.
#
# usage: xen-domu-cache.sh          build what is missing or stale
#        xen-domu-cache.sh --check  exit 0 when the cache is complete and current, else 1
set -euo pipefail
cd "$(dirname "$0")/../.."
cache=test/cache/xen-domu
root=$cache/root
init=test/scripts/xen-domu-init.sh
suite=bookworm
xen_bin=/usr/lib/xen-4.17/bin
packages=xen-hypervisor-4.17-amd64,xen-utils-4.17,xenstore-utils,busybox,kmod,cpio
start=$(date +%s)

stamp() { cat "$0" "$init" | sha256sum | cut -c1-16; }
complete() {
  [ -s $cache/xen.elf ] && [ -s $cache/vmlinux.elf ] && [ -s $cache/dom0.cpio.gz ] \
    && [ "$(cat $cache/stamp 2>/dev/null)" = "$(stamp)" ]
}
if [ "${1:-}" = --check ]; then complete; exit; fi
complete && exit 0

step() { echo "xen-domu-cache: [$(($(date +%s) - start)) s] $*" >&2; }
if [ "$(id -u)" -ne 0 ]; then exec sudo "$0" "$@"; fi   # debootstrap and chroot need root
mkdir -p $cache
exec 9> $cache/.lock                    # one build at a time; a second run waits, then finds it done
flock 9
complete && exit 0

# The URI of the first enabled "deb" source for suite $1, from deb822 .sources files and
# one-line .list files.
apt_mirror() {
  local want=$1 file
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk -v want="$want" 'BEGIN { RS = ""; FS = "\n" } {
      types = ""; uris = ""; suites = ""; enabled = "yes"
      for (i = 1; i <= NF; i++) {
        if ($i ~ /^[ \t]*#/) continue
        split($i, kv, ":"); key = tolower(kv[1]); value = substr($i, length(kv[1]) + 2)
        gsub(/^[ \t]+|[ \t]+$/, "", value)
        if (key == "types") types = value; else if (key == "uris") uris = value
        else if (key == "suites") suites = value; else if (key == "enabled") enabled = tolower(value)
      }
      if (enabled != "no" && (" " types " ") ~ / deb / && (" " suites " ") ~ (" " want " ")) {
        split(uris, u, " "); print u[1]; exit
      }
    }' "$file"
  done
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] || continue
    awk -v want="$want" '$1 == "deb" {
      i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
      if ($(i + 1) == want) { print $i; exit }
    }' "$file"
  done
}

find_mirror() {
  if [ -n "${XEN_DOMU_MIRROR:-}" ]; then echo "$XEN_DOMU_MIRROR"; return; fi
  local own mirror
  own=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  mirror=$(apt_mirror $suite | head -n 1)
  [ -z "$mirror" ] && [ -n "$own" ] && mirror=$(apt_mirror "$own" | head -n 1)
  if [ -z "$mirror" ]; then
    echo "xen-domu-cache: no Debian mirror in /etc/apt/sources*; set XEN_DOMU_MIRROR" >&2
    exit 1
  fi
  echo "$mirror"
}

# 1. The debootstrap tree.
if [ ! -f $root/.ingot-complete ]; then
  if ! command -v debootstrap >/dev/null 2>&1; then
    step "installing debootstrap"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  fi
  mirror=$(find_mirror)
  step "debootstrap $suite from $mirror into $root (about 90 s)"
  rm -rf $root
  if ! debootstrap --variant=minbase --include=$packages $suite $root "$mirror" > $cache/debootstrap.log 2>&1; then
    tail -n 20 $cache/debootstrap.log >&2
    echo "xen-domu-cache: debootstrap failed (log: $cache/debootstrap.log)" >&2
    exit 1
  fi
  rm -rf $root/var/cache/apt/archives/*.deb
  touch $root/.ingot-complete
fi
# 2. The kernel package of the same release, unpacked in part into root/kernel/: the image,
# the Xen and virtio modules (the guests' consoles reach the host on a virtio port) and the
# module lists. (Installing it in debootstrap would build an
# initramfs we never use: a minute more.)
if [ ! -f $root/kernel/.ingot-complete ]; then
  step "kernel package"
  cp -L /etc/resolv.conf $root/etc/resolv.conf 2>/dev/null || true
  chroot $root apt-get update -qq
  chroot $root sh -ec 'rm -rf /kernel; mkdir -p /kernel; cd /kernel
    package=$(apt-cache depends linux-image-amd64 | sed -n "s/.*Depends: \(linux-image-[0-9].*\)/\1/p" | head -n 1)
    apt-get download -qq "$package" 2>/dev/null
    dpkg-deb --fsys-tarfile ./*.deb | tar -x --wildcards "./boot/vmlinuz-*" \
      "./lib/modules/*/kernel/drivers/xen/*" "./lib/modules/*/kernel/drivers/virtio/*" \
      "./lib/modules/*/kernel/drivers/char/virtio_console.ko*" \
      "./lib/modules/*/modules.order" "./lib/modules/*/modules.builtin*"
    rm -f ./*.deb'
  touch $root/kernel/.ingot-complete
fi
kv=$(ls $root/kernel/lib/modules | sort -V | tail -n 1)
step "kernel $kv, $(chroot $root dpkg-query -W -f '${Package} ${Version}' xen-utils-4.17)"

# 3. The hypervisor, of the tools' version.
gunzip -c $root/boot/xen-4.17-amd64.gz > $cache/xen.elf.part
mv $cache/xen.elf.part $cache/xen.elf

# 4. The kernel as a raw ELF: the bzImage's payload (setup_sects at 0x1f1, payload_offset
# and payload_length at 0x248), xz-decompressed, cut after the section headers.
chroot $root python3 - "/kernel/boot/vmlinuz-$kv" /tmp/vmlinux.elf <<'PY'
import lzma, struct, sys
image = open(sys.argv[1], 'rb').read()
setup_sects = image[0x1f1] or 4
offset, length = struct.unpack_from('<II', image, 0x248)
start = (setup_sects + 1) * 512 + offset
elf = lzma.LZMADecompressor(format=lzma.FORMAT_XZ).decompress(image[start:start + length])
section_headers, = struct.unpack_from('<Q', elf, 0x28)
section_count, = struct.unpack_from('<H', elf, 0x3c)
open(sys.argv[2], 'wb').write(elf[:section_headers + section_count * 64])
PY
mv $root/tmp/vmlinux.elf $cache/vmlinux.elf

# 5. The dom0 initramfs.
step "initramfs"
mini=$root/mini
rm -rf $mini
mkdir -p $mini/{bin,sbin,etc,proc,sys,dev,run,tmp,ingot,var/run,var/lib/xen,var/log/xen/console}
for binary in /usr/bin/busybox /usr/bin/kmod $xen_bin/xl $xen_bin/xenstored $xen_bin/xenconsoled \
    $xen_bin/xenconsole $xen_bin/xen-init-dom0; do
  mkdir -p $mini$(dirname $binary)
  cp -a $root$binary $mini$binary
  for library in $(chroot $root ldd $binary | grep -o '/[^ ]*'); do
    mkdir -p $mini$(dirname $library)
    cp -L $root$library $mini$library
  done
done
cp -L $root/usr/lib/x86_64-linux-gnu/libgcc_s.so.1 $mini/lib/x86_64-linux-gnu/  # xl's glibc dlopens it
for applet in $(chroot $root busybox --list); do
  [ -e $mini/bin/$applet ] || ln -s /usr/bin/busybox $mini/bin/$applet
done
ln -sf /usr/bin/kmod $mini/sbin/modprobe
ln -sf /usr/bin/kmod $mini/sbin/depmod
cp -a $root/etc/xen $mini/etc/
rm -rf $mini/etc/xen/scripts
modules=kernel/lib/modules/$kv
mkdir -p $mini/usr/lib/modules/$kv/kernel/drivers/char
cp -a $root/$modules/kernel/drivers/xen $root/$modules/kernel/drivers/virtio $mini/usr/lib/modules/$kv/kernel/drivers/
cp -a $root/$modules/kernel/drivers/char/virtio_console.ko* $mini/usr/lib/modules/$kv/kernel/drivers/char/
cp -a $root/$modules/modules.order $root/$modules/modules.builtin* $mini/usr/lib/modules/$kv/
ln -s /usr/lib/modules $mini/lib/modules
chroot $mini /sbin/depmod $kv
cp $init $mini/init
chmod 755 $mini/init
chroot $root sh -c 'cd /mini && find . -print0 | cpio --null -o -H newc --quiet' | gzip -1 > $cache/dom0.cpio.gz.part
mv $cache/dom0.cpio.gz.part $cache/dom0.cpio.gz
rm -rf $mini
stamp > $cache/stamp
step "done: $(du -h $cache/dom0.cpio.gz | cut -f1) initramfs, $(du -h $cache/vmlinux.elf | cut -f1) kernel"
