# Ingot — top-level build. `make` builds; `make test` runs every test;
# `make run` runs the main job; `make bench` the benchmarks; `make fuzz` the fuzzers.
MVN      ?= mvn
MVNFLAGS ?= -B -q -ntp
FUZZ_SECONDS ?= 300
DEMO_JAR := test/target/demo/demo.jar
# The boot image: the NASM shim with the placeholder main (boot/ingot.asm).
IMAGE    := boot/target/ingot.elf

.PHONY: all build image deps test run bench fuzz clean

all: build

build: image
	$(MVN) $(MVNFLAGS) -DskipTests install

image: $(IMAGE)

$(IMAGE): $(wildcard boot/*.asm)
	@mkdir -p $(dir $@)
	nasm -f bin -I boot/ -o $@ boot/ingot.asm

# Debian packages the build and the tests need; installed only when missing.
deps:
	@./test/scripts/deps.sh

test: deps image
	$(MVN) -B -ntp install

run: deps build $(DEMO_JAR)
	bin/ingot inspect $(DEMO_JAR)
	bin/ingot inspect --summary $(DEMO_JAR)

$(DEMO_JAR): $(wildcard test/programs/demo/*.java)
	./test/scripts/build-demo-jar.sh $@

bench: deps build
	./test/scripts/bench.sh

fuzz: deps
	JAZZER_FUZZ=1 $(MVN) -B -ntp install -Dtest='*Fuzz*' -Dsurefire.failIfNoSpecifiedTests=false \
	  -Djazzer.max_duration=$(FUZZ_SECONDS)s -Djazzer.max_executions=0

clean:
	$(MVN) $(MVNFLAGS) clean
	rm -rf boot/target
