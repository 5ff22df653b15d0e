package demo;

import java.util.List;

/** A list of items that can be valued and taken from. */
public final class Inventory {
    private final List<Item> items;

    public Inventory(List<Item> items) {
        this.items = items;
    }

    public List<Item> items() {
        return items;
    }

    public long totalValue() {
        long total = 0;
        for (Item item : items) {
            total += item.value();
        }
        return total;
    }

    public void take(String name, int count) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.name().equals(name)) {
                if (item.count() < count) {
                    throw new IllegalStateException("only " + item.count() + " " + name + " left");
                }
                items.set(i, new Item(name, item.count() - count, item.priceCents()));
                return;
            }
        }
        throw new IllegalArgumentException("no item " + name);
    }
}
