package demo;

import java.util.ArrayList;
import java.util.List;

/** The demo application of `make run`: a little inventory, printed. */
public final class Main {
    public static void main(String[] args) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("bolt", 120, 3));
        items.add(new Item("nut", 80, 5));
        items.add(new Item("gear", 4, 250));
        Inventory inventory = new Inventory(items);
        for (Item item : inventory.items()) {
            System.out.println(item);
        }
        System.out.println("total value: " + inventory.totalValue());
        try {
            inventory.take("gear", 10);
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
