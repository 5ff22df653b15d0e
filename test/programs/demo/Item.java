package demo;

/** One kind of stock: its name, how many, and the price of one in cents. */
public record Item(String name, int count, int priceCents) {
    public long value() {
        return (long) count * priceCents;
    }

    @Override
    public String toString() {
        return name + " x" + count + " @ " + priceCents + "c";
    }
}
