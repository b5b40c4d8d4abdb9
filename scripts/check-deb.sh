#!/usr/bin/env bash
# Checks the Debian package the way an admin meets it, on a clean Debian 12 root (no container:
# a chroot made by debootstrap, needs root and the Debian mirror):
#   1. the package's Depends installed alone (apt-get satisfy), nothing of Swift on the machine;
#   2. `apt install ./newsd_*.deb`; `ldd` finds every library; `newsd --version`, `newsd analyze`;
#      `newsd run` as the newsd user on the installed configuration (no --config) takes a file
#      from /var/spool/newsd/inbox; `newsd list` finds it; another user is told it lacks permission;
#   3. `apt purge newsd` leaves no path that was not there before the install;
#   4. lintian on the .deb.
# The base root is kept in SCRATCH/debian-12-base.tar (debootstrap runs once).
# usage: scripts/check-deb.sh [SCRATCH]   (after `make deb`; `make deb-check` does both)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${1:-.build}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
deb=$(ls -t "$scratch"/deb/newsd_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "check-deb: no $scratch/deb/newsd_*.deb; run \`make deb\` first" >&2; exit 66; }
[ "$(id -u)" -eq 0 ] || { echo "check-deb: chroot needs root; run as root (sudo make deb-check)" >&2; exit 77; }
command -v debootstrap >/dev/null || { echo "check-deb: needs debootstrap (apt-get install debootstrap lintian)" >&2; exit 69; }
base=$scratch/debian-12-base.tar
root=$(mktemp -d "${TMPDIR:-/tmp}/newsd-chroot.XXXXXX")
cleanup() {
    for m in var/cache/apt/archives proc dev/pts dev; do umount "$root/$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

if [ ! -f "$base" ]; then
    step "debootstrap bookworm (minbase) from $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$scratch/debootstrap.log" 2>&1 ||
        { tail -20 "$scratch/debootstrap.log" >&2; exit 69; }
    tar -C "$root" -cf "$base" .
else
    tar -C "$root" -xf "$base"
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# Downloaded packages are kept for the next run.
mkdir -p "$scratch/apt-archives/partial"
mount --bind "$scratch/apt-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }
snapshot() {
    in_root find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /var/cache -o -path /var/lib/apt \
        -o -path /var/lib/dpkg -o -path /var/log -o -path /run \) -prune -o -print | sort
}

step "the package's Depends, installed alone"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
in_root apt-get update -qq
in_root apt-get satisfy -y -qq --no-install-recommends "$depends" >/dev/null
in_root sh -c 'ls /usr/lib/swift /usr/share/swift 2>/dev/null; command -v swift swiftc' && { echo "check-deb: Swift found in the root" >&2; exit 70; }
snapshot > "$scratch/deb/before.txt"

step "apt install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" | grep -v '^$' || true
in_root dpkg -s newsd | grep -E '^(Status|Version|Installed-Size)'
ldd_out=$(in_root ldd /usr/bin/newsd)
echo "$ldd_out"
if grep -q 'not found' <<<"$ldd_out"; then echo "check-deb: a library is missing" >&2; exit 70; fi
if grep -qi swift <<<"$ldd_out"; then echo "check-deb: the binary links a Swift library" >&2; exit 70; fi

step "newsd runs"
in_root newsd --version
printf 'Japan and Vietnam agree on defence\n\nHANOI - Japan and Vietnam agreed on Tuesday to deepen defence ties, the two governments said.\n' \
    > "$root/tmp/story.txt"
in_root newsd analyze /tmp/story.txt | head -12
for f in /usr/share/man/man8/newsd.8.gz /usr/share/man/man5/newsd.yaml.5.gz /usr/share/bash-completion/completions/newsd \
    /usr/share/zsh/vendor-completions/_newsd /usr/share/fish/vendor_completions.d/newsd.fish /lib/systemd/system/newsd.service \
    /usr/lib/sysusers.d/newsd.conf /usr/lib/tmpfiles.d/newsd.conf /usr/lib/systemd/catalog/newsd.catalog /etc/newsd/newsd.yaml; do
    [ -e "$root$f" ] || { echo "check-deb: $f is missing" >&2; exit 70; }
done
in_root getent passwd newsd
in_root stat -c '%A %U:%G %n' /var/lib/newsd /var/spool/newsd /var/spool/newsd/inbox
in_root readlink /etc/systemd/system/multi-user.target.wants/newsd.service
cp "$root/tmp/story.txt" "$root/var/spool/newsd/inbox/story.txt"
in_root chown newsd:newsd-drop /var/spool/newsd/inbox/story.txt
# `newsd run` as the unit runs it, without systemd (no journald in the root: logs go to stderr).
in_root runuser -u newsd -- sh -c 'cd /var/lib/newsd && exec timeout -s TERM 8 newsd run' 2>&1 | tail -5 || true
list=$(in_root runuser -u newsd -- sh -c 'cd / && newsd list')
echo "newsd list (as newsd): $list"
grep -q 'Japan and Vietnam' <<<"$list" || { echo "check-deb: the article was not ingested" >&2; exit 70; }
[ -z "$(ls "$root/var/spool/newsd/inbox")" ] || { echo "check-deb: the inbox is not empty" >&2; exit 70; }
in_root useradd --no-create-home --groups newsd alice
list=$(in_root runuser -u alice -- sh -c 'cd / && newsd list' 2>&1) || true
echo "newsd list (as alice, in the newsd group): $list"
grep -q 'Japan and Vietnam' <<<"$list" || { echo "check-deb: a member of the newsd group cannot read the store" >&2; exit 70; }
in_root userdel alice
set +e
denied=$(in_root runuser -u nobody -- sh -c 'cd / && newsd list' 2>&1)
status=$?
set -e
echo "newsd list (as nobody): exit $status: $denied"
[ "$status" -eq 77 ] || { echo "check-deb: expected exit 77 (permission) for another user" >&2; exit 70; }

step "apt purge newsd"
in_root apt-get purge -y -qq newsd | grep -v '^$' || true
snapshot > "$scratch/deb/after.txt"
# The user database's backups and lock (made when newsd's user was added) go with the kept user.
left=$(comm -13 "$scratch/deb/before.txt" "$scratch/deb/after.txt" |
    grep -Ev '^/etc/(passwd|group|shadow|gshadow|subuid|subgid)-$|^/etc/\.pwd\.lock$' || true)
echo "paths left that were not there before the install: ${left:-none}"
in_root getent passwd newsd >/dev/null && echo "kept, as Debian does: the system user newsd and group newsd-drop"
[ -z "$left" ] || { echo "check-deb: apt purge left files" >&2; exit 70; }

step "lintian $(basename "$deb")"
if command -v lintian >/dev/null; then
    lintian --info --display-info --pedantic "$deb" || true
else
    echo "(lintian not installed: apt-get install lintian)"
fi
step "check-deb: passed ($(du -k "$deb" | cut -f1) KiB)"
