#!/bin/sh
# Usage: scripts/measure_newscore_build.sh REPO_DIR (after one full `swift build` there).
# Clean build of the NewsCore target (its own objects only; dependencies stay built), then an
# incremental rebuild after touching one Analysis file. Prints load averages around each.
cd "$1"
find .build/debug/NewsCore.build -maxdepth 1 -type f \( -name "*.o" -o -name "*.d" -o -name "*.dia" -o -name "*.swiftdeps" -o -name "*.priors" \) -delete; rm -f .build/debug/Modules/NewsCore.*
echo "load before clean: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "clean NewsCore: %e s wall, %U s user, %S s sys, %M KiB max RSS" swift build --target NewsCore 2>&1 | grep -E "clean|error|warning:"
echo "load before incremental: $(cut -d' ' -f1-3 /proc/loadavg)"
touch Sources/NewsCore/Analysis/Gazetteer.swift
/usr/bin/time -f "incremental (touch Gazetteer.swift): %e s wall, %U s user, %S s sys" swift build --target NewsCore 2>&1 | grep -E "incremental|error|warning:"
