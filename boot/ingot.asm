; ingot.asm — the image `make` builds: the boot shim with the placeholder main.
;   nasm -f bin -I boot/ -o boot/target/ingot.elf boot/ingot.asm

%include "shim.asm"
%include "placeholder.asm"
%include "end.asm"
