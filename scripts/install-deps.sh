#!/usr/bin/env bash
# Installs the Debian packages newsd builds against, when any is missing.
set -euo pipefail
packages=(libsystemd-dev libsqlite3-dev libxml2-dev zlib1g-dev libcld2-dev libuchardet-dev libstemmer-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "newsd: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
