# entente - build, test, demo.
#
#   make            build the library and the `entente` program (build/release)
#   make demo       install missing packages, build, ingest examples/, print facts
#   make check      install missing packages, build with ASan+UBSan, run every test
#   make eval       score extraction on the seed and dev corpora (../shared)
#   make fuzz       run each libFuzzer target for FUZZ_SECONDS (default 60)
#   make fuzz-smoke run each libFuzzer target for FUZZ_SMOKE_SECONDS (part of check)
#   make valgrind   unit and CLI tests under valgrind memcheck (build/valgrind)
#   make SANITIZER=address,undefined   sanitizer build in build/asan
#
# Dependencies come from Debian packages found with pkg-config; see
# scripts/install-deps.sh.

CC ?= cc
SANITIZER ?=
PKGS := sqlite3 libxml-2.0 jansson libcrypto
PKGS += libgvc
PKGS += libzip
PREFIX ?= /usr/local

ifeq ($(SANITIZER),)
BUILD ?= build/release
OPT := -O2
else
BUILD ?= build/asan
OPT := -O1 -fno-omit-frame-pointer -fsanitize=$(SANITIZER) -fno-sanitize-recover=all
# every append moves the arrays of mentions and candidates, so a pointer a
# rule keeps across an append fails the tests (src/util/alloc.h, ent__move)
SAN_DEFS := -DENT_GROW_MOVES
endif

ISOCODES_DIR := $(shell pkg-config --variable=prefix iso-codes 2>/dev/null)/share/iso-codes/json
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CFLAGS_ALL := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(OPT) -g \
	-Iinclude -Isrc $(PKG_CFLAGS) \
	-DENT_DEFAULT_DATADIR='"$(CURDIR)/data"' \
	-DENT_DEFAULT_ISOCODES='"$(ISOCODES_DIR)"' $(SAN_DEFS) $(CFLAGS)
LDFLAGS_ALL := $(OPT) $(LDFLAGS)
LIBS := $(PKG_LIBS) -lm -lpthread

LIB_DIRS ?= util core ingest extract store analyse render import
TEST_GLOB ?= tests/unit/*.c
LIB_SRC := $(sort $(foreach d,$(LIB_DIRS),$(wildcard src/$(d)/*.c)))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard $(TEST_GLOB)))

LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)

LIB := $(BUILD)/libentente.a
BIN := $(BUILD)/entente
TESTBIN := $(BUILD)/unit-tests

.PHONY: all deps demo check test unit cli-test eval eval-holdout fuzz bench clean install bench-analyses fuzz-smoke valgrind bench-gdelt bench-ingest

all: $(BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(LIB) $(LIBS)

$(TESTBIN): $(TEST_OBJ) $(LIB)
	$(CC) $(LDFLAGS_ALL) -o $@ $(TEST_OBJ) $(LIB) $(LIBS)

deps:
	@sh scripts/install-deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh $(BIN)

# Every test, under AddressSanitizer and UndefinedBehaviorSanitizer.
check: deps
	@$(MAKE) --no-print-directory SANITIZER=address,undefined FUZZ_SMOKE=$(FUZZ_SMOKE_SECONDS) test

test: $(BIN) $(TESTBIN)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan-graphviz.supp:print_suppressions=0 \
		ENTENTE_DATA=$(CURDIR)/data ENT_FUZZ_SMOKE=$(FUZZ_SMOKE) sh tests/run-all.sh $(BIN) $(TESTBIN)

unit: $(TESTBIN)
	ENTENTE_DATA=$(CURDIR)/data $(TESTBIN)

eval: all
	@sh scripts/eval.sh $(BIN)

# The private holdout sets (.eval/holdout, git-ignored): per set and pooled.
eval-holdout: all
	@sh scripts/eval-holdout.sh $(BIN)

# Ingest speed vs grep -F, peak memory, matchers, 10,000-document progress
# bar (bench/ingest/README.md): long (the 200 MB corpus), not in check.
bench-ingest:
	@sh bench/ingest/run.sh

# Every benchmark: the bench-NAME target of each bench/NAME/run.sh.
bench: $(patsubst bench/%/run.sh,bench-%,$(wildcard bench/*/run.sh))

# GDELT import benchmark (bench/gdelt/README.md): several minutes, not in check.
bench-gdelt: all
	@sh scripts/bench-deps.sh
	@sh bench/gdelt/run.sh $(BIN)

# Fuzzing (docs/internals/RELIABILITY.md): clang + libFuzzer + ASan/UBSan in
# build/fuzz.  `make check` runs every target for FUZZ_SMOKE_SECONDS through
# tests/run-all.sh (FUZZ_SMOKE=0, the default of `make test`, skips it).
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 20
FUZZ_SMOKE ?= 0

fuzz:
	@sh scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke:
	@sh scripts/fuzz.sh $(FUZZ_SMOKE_SECONDS)

# Unit and CLI tests under valgrind memcheck, on a plain -O1 -g build.
valgrind: deps
	@$(MAKE) --no-print-directory BUILD=build/valgrind OPT='-O1' build/valgrind/entente build/valgrind/unit-tests
	@sh scripts/valgrind.sh build/valgrind/entente build/valgrind/unit-tests

# Time each analysis on a synthetic store of 1,000,000 facts (not part of check).
bench-analyses: all
	@sh bench/analyses/run.sh $(BIN) $(or $(BENCH_DB),$(BUILD)/bench-1m.db)

clean:
	rm -rf build

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/entente
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/entente
	cp data/*.tsv $(DESTDIR)$(PREFIX)/share/entente/

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
