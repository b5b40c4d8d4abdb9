# newsd: `make run` and `make test` do all the set-up on a fresh Debian 12 machine with Swift.
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: deps build run test release clean install

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
	NEWSD_TEST_JOURNAL=1 $(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release

clean:
	rm -rf .build

## Installs the release binary, systemd units, sysusers, tmpfiles and the example config
## in their FHS places. DESTDIR stages a package root; PREFIX defaults to /usr/local.
install: release
	install -Dm755 .build/release/newsd $(DESTDIR)$(PREFIX)/bin/newsd
	sed 's|/usr/local/|$(PREFIX)/|g' systemd/newsd.service > .build/newsd.service
	install -Dm644 .build/newsd.service $(DESTDIR)/etc/systemd/system/newsd.service
	sed 's|/usr/local/|$(PREFIX)/|g' systemd/newsd-deliver.service > .build/newsd-deliver.service
	install -Dm644 .build/newsd-deliver.service $(DESTDIR)/etc/systemd/system/newsd-deliver.service
	install -Dm644 systemd/newsd.sysusers $(DESTDIR)/usr/lib/sysusers.d/newsd.conf
	install -Dm644 systemd/newsd.tmpfiles $(DESTDIR)/usr/lib/tmpfiles.d/newsd.conf
	install -Dm644 systemd/newsd.catalog $(DESTDIR)/usr/lib/systemd/catalog/newsd.catalog
	install -Dm644 examples/newsd.yaml $(DESTDIR)/etc/newsd/newsd.yaml.example
	install -Dm644 examples/subscriptions.yaml $(DESTDIR)/etc/newsd/subscriptions.yaml.example
	install -Dm644 examples/topics.yaml $(DESTDIR)/etc/newsd/topics.yaml.example
	.build/release/newsd topics show > .build/default-topics.yaml
	install -Dm644 .build/default-topics.yaml $(DESTDIR)$(PREFIX)/share/newsd/default-topics.yaml
	install -Dm644 README.md $(DESTDIR)$(PREFIX)/share/doc/newsd/README.md
	@echo "Now: systemd-sysusers; systemd-tmpfiles --create; journalctl --update-catalog; systemctl daemon-reload; systemctl enable --now newsd"
