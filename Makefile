# newsd: `make run` and `make test` do all the set-up on a fresh Debian 12 machine with Swift.
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: deps build run test release clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

## Runs the daemon on ./inbox with the embedded defaults; the store goes to ./var.
run: build
	$(SWIFT) run newsd run

## One debug build, then every test.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release

clean:
	rm -rf .build
