#!/usr/bin/env bash
# Builds the Debian package from the release binary and the generated man pages and completions
# (`make deb` makes them first): SCRATCH/deb/newsd_VERSION_ARCH.deb. No network, no root: the
# files are staged with `make install-files`, the control file is made by dpkg-shlibdeps and
# dpkg-gencontrol from debian/control, and the archive by dpkg-deb with root as owner.
# usage: scripts/build-deb.sh [SCRATCH]
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${1:-.build}
bin=$scratch/release/newsd
[ -x "$bin" ] || { echo "build-deb: no $bin; run \`make deb\` (it builds it)" >&2; exit 66; }
version=$("$bin" --version)
changelog=$(dpkg-parsechangelog -l debian/changelog -S Version)
if [ "$version" != "$changelog" ]; then
    echo "build-deb: newsd --version says $version but debian/changelog's last entry is $changelog; add an entry (dch -v $version)" >&2
    exit 65
fi
arch=$(dpkg --print-architecture)
work=$scratch/deb
root=$work/root
rm -rf "$root"
mkdir -p "$root/DEBIAN"

make --no-print-directory install-files SCRATCH="$scratch" DESTDIR="$root" PREFIX=/usr \
    UNITDIR=/lib/systemd/system ZSHDIR=/usr/share/zsh/vendor-completions PACKAGE=1 >/dev/null
# Symbols stay out of the package (the unstripped binary is in SCRATCH/release).
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$root/usr/bin/newsd"
doc=$root/usr/share/doc/newsd
gzip -9n "$root"/usr/share/man/man*/*
gzip -9n "$doc/README.md" "$doc/install.md"
# The units' and the catalog's Documentation= follow the README to its compressed name.
sed -i 's|/usr/share/doc/newsd/README.md|/usr/share/doc/newsd/README.md.gz|' \
    "$root"/lib/systemd/system/*.service "$root/usr/lib/systemd/catalog/newsd.catalog"
install -m644 debian/copyright "$doc/copyright"
# A native package (no Debian revision): its changelog is changelog.gz.
gzip -9nc debian/changelog > "$doc/changelog.gz"
install -Dm644 debian/newsd.lintian-overrides "$root/usr/share/lintian/overrides/newsd"
for script in postinst prerm postrm; do
    install -m755 "debian/newsd.$script" "$root/DEBIAN/$script"
done
(cd "$root" && find etc -type f | sed 's|^|/|' | sort) > "$root/DEBIAN/conffiles"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"

# Depends: the libraries the binary links, with the versions their symbols need.
dpkg-shlibdeps -T"$work/substvars" "$root/usr/bin/newsd"
dpkg-gencontrol -pnewsd -ldebian/changelog -cdebian/control -T"$work/substvars" -P"$root" -f"$work/files"
deb=$work/newsd_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "build-deb: $deb ($(du -k "$deb" | cut -f1) KiB)"
grep '^Depends' "$root/DEBIAN/control"
