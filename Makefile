# syda — build, test and run.
#
#   make            ./syda.so, loadable with .load ./syda
#   make static     libsyda.a (SQLITE_CORE), for apps that link SQLite
#   make test       C unit tests, the static example, the Tcl tests
#   make asan       the same tests under AddressSanitizer + UBSan
#   make valgrind   the Tcl tests under valgrind (memcheck)
#   make demo       fill the example CRM database and show it
#   make bench      the benchmarks (bench/README.md)

CC      ?= cc
LLM     ?= 1
VERSION := $(shell cat VERSION)
WARN    := -Wall -Wextra -Werror
CFLAGS  ?= -O2 -g
BASE    := -std=c11 -D_DEFAULT_SOURCE $(WARN) -Iext -Iext/dict -Iinclude
LIBS    := -lm -lpthread
ifeq ($(LLM),1)
  BASE  += -DSYDA_LLM=1
  LIBS  += -ldl
endif

# The loadable extension exports only what include/syda.h marks SYDA_API:
# calls between its own files then go straight, not through the PLT, and
# can be inlined.
SHARED  := -fPIC -shared -fvisibility=hidden

SRC     := $(wildcard ext/*.c) $(wildcard ext/dict/*.c)
HDR     := $(wildcard ext/*.h) $(wildcard ext/dict/*.h) include/syda.h
UNIT    := $(patsubst test/%.c,build/%,$(wildcard test/test_*.c))
STATIC_OBJ := $(patsubst %.c,build/static/%.o,$(SRC))

.PHONY: all static test test-unit test-static test-tcl test-nollm asan valgrind demo bench clean deps format lint

all: deps syda.so

deps:
	@scripts/deps.sh

syda.so: $(SRC) $(HDR) VERSION
	$(CC) $(BASE) $(CFLAGS) $(SHARED) -o $@ $(SRC) $(LIBS)

static: deps libsyda.a

build/static/%.o: %.c $(HDR)
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) -DSQLITE_CORE -c -o $@ $<

libsyda.a: $(STATIC_OBJ)
	rm -f $@
	ar rcs $@ $(STATIC_OBJ)

build/test_%: test/test_%.c test/testutil.h libsyda.a
	@mkdir -p build
	$(CC) $(BASE) $(CFLAGS) -DSQLITE_CORE -o $@ $< libsyda.a -lsqlite3 $(LIBS)

build/embed: examples/c/embed.c libsyda.a include/syda.h
	@mkdir -p build
	$(CC) $(BASE) $(CFLAGS) -o $@ $< libsyda.a -lsqlite3 $(LIBS)

test: deps syda.so libsyda.a
	@$(MAKE) --no-print-directory test-unit test-static test-tcl test-nollm

test-unit: $(UNIT)
	@fail=0; for t in $(UNIT); do ./$$t || fail=1; done; exit $$fail

test-static: build/embed
	@./build/embed && echo "embed: 1 passed, 0 failed"

test-tcl: syda.so
	@SYDA_EXT=./syda tclsh tcl-tests/all.tcl $(TESTS)

# The build without libcurl (make LLM=0): the LLM mode says it is absent.
build/nollm/syda.so: $(SRC) $(HDR) VERSION
	@mkdir -p build/nollm
	$(CC) $(filter-out -DSYDA_LLM=1,$(BASE)) $(CFLAGS) $(SHARED) -o $@ $(SRC) -lm -lpthread

test-nollm: build/nollm/syda.so
	@SYDA_EXT=build/nollm/syda SYDA_TESTNAME='llm (LLM=0 build)' tclsh tcl-tests/llm.test

# Sanitizers: the extension and the unit tests are built with ASan+UBSan
# (the sources once for the loadable extension, once with SQLITE_CORE for
# the unit tests); tclsh is not, so the runtime is preloaded into it.
ASAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
ASAN_OBJ   := $(patsubst %.c,build/asan/core/%.o,$(SRC))
ASAN_UNIT  := $(patsubst test/%.c,build/asan/%,$(wildcard test/test_*.c))

build/asan/syda.so: $(SRC) $(HDR) VERSION
	@mkdir -p build/asan
	$(CC) $(BASE) $(ASAN_FLAGS) $(SHARED) -o $@ $(SRC) $(LIBS)

build/asan/core/%.o: %.c $(HDR)
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(ASAN_FLAGS) -DSQLITE_CORE -c -o $@ $<

build/asan/libsyda.a: $(ASAN_OBJ)
	rm -f $@
	ar rcs $@ $(ASAN_OBJ)

build/asan/test_%: test/test_%.c test/testutil.h build/asan/libsyda.a
	$(CC) $(BASE) $(ASAN_FLAGS) -DSQLITE_CORE -o $@ $< build/asan/libsyda.a -lsqlite3 $(LIBS)

asan: deps build/asan/syda.so $(ASAN_UNIT)
	@fail=0; for t in $(ASAN_UNIT); do ./$$t || fail=1; done; \
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LD_PRELOAD="$$($(CC) -print-file-name=libasan.so) $$($(CC) -print-file-name=libubsan.so)" \
	SYDA_EXT=build/asan/syda tclsh tcl-tests/all.tcl $(TESTS) || fail=1; exit $$fail

valgrind: deps syda.so
	@scripts/deps.sh valgrind
	@SYDA_EXT=./syda SYDA_VALGRIND=1 tclsh tcl-tests/all.tcl $(TESTS)

demo: deps syda.so
	@sh examples/demo.sh

bench: deps syda.so build/floor.so
	@scripts/deps.sh bench
	@tclsh bench/bench.tcl $(BENCH)

# The gen case's floor: the same query over a table that makes nothing.
build/floor.so: bench/floor.c
	@mkdir -p build
	$(CC) $(BASE) $(CFLAGS) $(SHARED) -o $@ $<

format:
	clang-format -i $(SRC) $(HDR) test/*.c test/*.h examples/c/*.c

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability --inline-suppr \
	  --suppress=missingIncludeSystem -Iext -Iext/dict -Iinclude $(SRC)

clean:
	rm -rf build syda.so libsyda.a
