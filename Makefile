# newsd: `make run` and `make test` do all the set-up on a fresh Debian 12 machine with Swift.
SWIFT ?= swift
PREFIX ?= /usr/local
MANDIR ?= $(PREFIX)/share/man
UNITDIR ?= /etc/systemd/system
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
SCRATCH ?= .build
RELEASE_FLAGS = -c release --static-swift-stdlib --product newsd --scratch-path $(SCRATCH)

.PHONY: deps build run test release man completions deb deb-check clean install install-files

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

## Runs the daemon on ./inbox with the embedded defaults; the store goes to ./var.
run: build
	$(SWIFT) run newsd run

## One debug build, then every test.
## The store suite runs against SQLite always and against PostgreSQL when NEWSD_TEST_POSTGRES_URL
## names a server: `scripts/postgres-test-cluster.sh run -- make test` makes a throwaway one (CI does).
## One test at a time (--no-parallel): the daemon tests block their thread while they wait for
## a child process, and run side by side on two cores they starved the async store tests past
## their time limits on a loaded machine (77 failures at load 8); one at a time the whole suite
## took the same 4.5 minutes and passed. The tests' temp folders (stores, inboxes) go into one
## folder of the run's own (TMPDIR), removed at the end whatever the outcome: left in /tmp they
## were thousands after a day of runs.
test: deps
	$(SWIFT) build --build-tests
	@if [ -z "$$NEWSD_TEST_POSTGRES_URL" ]; then \
		echo "make test: NEWSD_TEST_POSTGRES_URL is not set: the PostgreSQL half of the store tests is SKIPPED (only SQLite is tested); scripts/postgres-test-cluster.sh run -- make test runs both"; \
	fi
	@t=$$(mktemp -d /tmp/newsd-test-XXXXXX) && chmod 0755 $$t && \
		TMPDIR=$$t NEWSD_TEST_JOURNAL=1 $(SWIFT) test --skip-build --no-parallel; \
		status=$$?; rm -rf $$t; exit $$status

## The release binary, with the Swift runtime linked in: it runs on Debian 12 without the toolchain
## (`ldd` shows only Debian's own libraries; see docs/install.md).
release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

## newsd(8) from the argument parser (swift-argument-parser's generate-manual) and newsd.yaml(5)
## from examples/newsd.yaml, into $(SCRATCH)/man.
man: release
	scripts/generate-docs.sh man $(SCRATCH) $(SWIFT)

## bash, zsh and fish completions from the argument parser, into $(SCRATCH)/completions.
completions: release
	scripts/generate-docs.sh completions $(SCRATCH) $(SWIFT)

## The Debian package, from the release binary: $(SCRATCH)/deb/newsd_VERSION_ARCH.deb (no network).
deb: man completions
	scripts/build-deb.sh $(SCRATCH)

## Builds the package, then installs, runs and purges it in a fresh Debian 12 chroot (debootstrap,
## needs the Debian mirror and root; several minutes).
deb-check: deb
	scripts/check-deb.sh $(SCRATCH)

clean:
	rm -rf .build

## Installs the release binary, man pages, completions, systemd units, sysusers, tmpfiles, catalog
## and the example config in their FHS places. DESTDIR stages a package root; PREFIX defaults to
## /usr/local; the package sets PREFIX=/usr UNITDIR=/lib/systemd/system PACKAGE=1.
install: man completions install-files
	@echo "Now: systemd-sysusers; systemd-tmpfiles --create; journalctl --update-catalog; systemctl daemon-reload; systemctl enable --now newsd"

## The copying part of `install`, with no build (scripts/build-deb.sh calls it).
install-files:
	install -Dm755 $(SCRATCH)/release/newsd $(DESTDIR)$(PREFIX)/bin/newsd
	for unit in newsd.service newsd-deliver.service newsd-web.service; do \
	    sed -e 's|/usr/local/|$(PREFIX)/|g' -e 's|^Documentation=file:|Documentation=man:newsd(8) file:|' systemd/$$unit > $(SCRATCH)/$$unit; \
	    install -Dm644 $(SCRATCH)/$$unit $(DESTDIR)$(UNITDIR)/$$unit; \
	done
	install -Dm644 systemd/newsd.sysusers $(DESTDIR)/usr/lib/sysusers.d/newsd.conf
	install -Dm644 systemd/newsd.tmpfiles $(DESTDIR)/usr/lib/tmpfiles.d/newsd.conf
	sed 's|/usr/local/|$(PREFIX)/|g' systemd/newsd.catalog > $(SCRATCH)/newsd.catalog
	install -Dm644 $(SCRATCH)/newsd.catalog $(DESTDIR)/usr/lib/systemd/catalog/newsd.catalog
	install -Dm644 $(SCRATCH)/man/newsd.8 $(DESTDIR)$(MANDIR)/man8/newsd.8
	install -Dm644 $(SCRATCH)/man/newsd.yaml.5 $(DESTDIR)$(MANDIR)/man5/newsd.yaml.5
	install -Dm644 $(SCRATCH)/completions/newsd.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/newsd
	install -Dm644 $(SCRATCH)/completions/_newsd $(DESTDIR)$(ZSHDIR)/_newsd
	install -Dm644 $(SCRATCH)/completions/newsd.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/newsd.fish
	$(SCRATCH)/release/newsd topics show > $(SCRATCH)/default-topics.yaml
	install -Dm644 $(SCRATCH)/default-topics.yaml $(DESTDIR)$(PREFIX)/share/newsd/default-topics.yaml
	install -Dm644 README.md $(DESTDIR)$(PREFIX)/share/doc/newsd/README.md
	install -Dm644 docs/install.md $(DESTDIR)$(PREFIX)/share/doc/newsd/install.md
	install -Dm644 docs/web.md $(DESTDIR)$(PREFIX)/share/doc/newsd/web.md
	install -Dm644 docs/postgres.md $(DESTDIR)$(PREFIX)/share/doc/newsd/postgres.md
	install -Dm644 systemd/newsd-postgres.conf $(DESTDIR)$(PREFIX)/share/doc/newsd/newsd-postgres.conf
ifeq ($(PACKAGE),)
	install -Dm644 examples/newsd.yaml $(DESTDIR)/etc/newsd/newsd.yaml.example
	install -Dm644 examples/subscriptions.yaml $(DESTDIR)/etc/newsd/subscriptions.yaml.example
	install -Dm644 examples/topics.yaml $(DESTDIR)/etc/newsd/topics.yaml.example
else
	install -d $(DESTDIR)$(PREFIX)/share/doc/newsd/examples
	install -m644 examples/newsd.yaml examples/subscriptions.yaml examples/topics.yaml $(DESTDIR)$(PREFIX)/share/doc/newsd/examples/
	# The conffiles: every key of the example commented out (the defaults then apply), and the
	# example subscriptions commented out under an empty list.
	install -d $(DESTDIR)/etc/newsd
	sed -e 's/^\([a-z_]*:\)/# \1/' -e 's|^# subscriptions_file: .*|subscriptions_file: /etc/newsd/subscriptions.yaml|' \
	    -e 's|^# Relative paths are resolved.*|# The store is in /var/lib/newsd, the inbox in /var/spool/newsd/inbox; see newsd.yaml(5).|' \
	    examples/newsd.yaml > $(DESTDIR)/etc/newsd/newsd.yaml
	sed -e '1,/^subscriptions:/!s/^\(.\)/# \1/' -e 's/^subscriptions:$$/subscriptions: []/' \
	    examples/subscriptions.yaml > $(DESTDIR)/etc/newsd/subscriptions.yaml
	chmod 644 $(DESTDIR)/etc/newsd/newsd.yaml $(DESTDIR)/etc/newsd/subscriptions.yaml
endif
