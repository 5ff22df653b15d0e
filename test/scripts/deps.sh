#!/usr/bin/env bash
# Installs, from Debian's packages, what the build and the tests need when it is missing,
# and fetches the Xen hypervisor the Xen rig boots (unpacked into test/cache/xen/, never installed).
set -euo pipefail
cd "$(dirname "$0")/../.."
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"

need=()
command -v nasm >/dev/null 2>&1 || need+=(nasm)
command -v qemu-system-x86_64 >/dev/null 2>&1 || need+=(qemu-system-x86)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
if [ ${#need[@]} -gt 0 ]; then
  echo "deps: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Xen 4.17 for the Xen rig: Debian's hypervisor package, downloaded and unpacked.
xen_package=xen-hypervisor-4.17-amd64
xen_dir=test/cache/xen
xen_elf=$xen_dir/xen-4.17-amd64.elf
if [ ! -s "$xen_elf" ]; then
  echo "deps: fetching $xen_package into $xen_dir" >&2
  rm -rf "$xen_dir"
  mkdir -p "$xen_dir/deb"
  if ! (cd "$xen_dir/deb" && apt-get download -q "$xen_package" >/dev/null 2>&1); then
    $sudo apt-get update -qq
    (cd "$xen_dir/deb" && apt-get download -q "$xen_package" >/dev/null)
  fi
  dpkg -x "$xen_dir"/deb/*.deb "$xen_dir/root"
  gunzip -c "$xen_dir/root/boot/xen-4.17-amd64.gz" > "$xen_elf.part"
  mv "$xen_elf.part" "$xen_elf"
fi
