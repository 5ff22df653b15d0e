/** The hello world of `make bench` (ingot.bench.BootBench): no floating point, so PVM's KVM guests can run it. */
public class HelloWorld {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
