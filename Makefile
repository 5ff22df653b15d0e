# Ingot — top-level build. `make` builds; `make test` runs every test;
# `make run` runs the main job; `make bench` the benchmarks; `make fuzz` the fuzzers.
MVN      ?= mvn
MVNFLAGS ?= -B -q -ntp
FUZZ_SECONDS ?= 300
DEMO_JAR := test/target/demo/demo.jar
# The boot image: the NASM shim with the placeholder main (boot/ingot.asm).
IMAGE    := boot/target/ingot.elf

.PHONY: all build image deps deps-xen test run bench fuzz clean

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

# The Xen domU rig's cache (test/cache/xen-domu: Xen, a Linux dom0 kernel and initramfs with
# xl), built once per machine from Debian's packages; the first domU boot builds it too.
deps-xen: deps
	@./test/scripts/xen-domu-cache.sh

test: deps deps-xen image
	$(MVN) -B -ntp install

# The main job: read the demo jar with the VM's own readers, then compile it into an image
# (with the class library and the VM) and run it on bare metal under QEMU.
run: deps build $(DEMO_JAR)
	bin/ingot inspect --summary $(DEMO_JAR)
	bin/ingot run --aot $(DEMO_JAR)

$(DEMO_JAR): $(wildcard test/programs/demo/*.java)
	./test/scripts/build-demo-jar.sh $@

bench: deps build
	./test/scripts/bench.sh

# Each @FuzzTest class has its own surefire execution in its module's pom (JAZZER_FUZZ=1 there);
# this runs only those executions, each for FUZZ_SECONDS. Findings land in <TestClass>Inputs/.
fuzz: deps
	$(MVN) -B -ntp install -Dingot.unit.skip=true -Dingot.fuzz.seconds=$(FUZZ_SECONDS)

clean:
	$(MVN) $(MVNFLAGS) clean
	rm -rf boot/target
