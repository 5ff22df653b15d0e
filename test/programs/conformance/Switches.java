package conformance;

/** tableswitch and lookupswitch (dense, sparse, negative, extreme keys, fall-through), switches on strings and enums, switch expressions. */
public class Switches {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    public static void main(String[] args) {
        StringBuilder dense = new StringBuilder("dense");
        for (int i = -3; i < 12; i++) {
            dense.append(' ').append(dense(i));
        }
        System.out.println(dense);
        int[] keys = {Integer.MIN_VALUE, -1000000, -1, 0, 1, 7, 100, 1000, 65536, 1 << 30, Integer.MAX_VALUE, 42, 43};
        StringBuilder sparse = new StringBuilder("sparse");
        for (int k : keys) {
            sparse.append(' ').append(sparse(k));
        }
        System.out.println(sparse);
        StringBuilder fall = new StringBuilder("fall");
        for (int i = 0; i < 6; i++) {
            fall.append(' ').append(fallThrough(i));
        }
        System.out.println(fall);
        for (String s : new String[] {"apple", "banana", "cherry", "Aa", "BB", "C#", "", "APPLE", "durian"}) {
            System.out.println("string " + s + " -> " + strings(s) + " " + arrow(s));
        }
        for (Suit s : Suit.values()) {
            System.out.println("enum " + s + " -> " + colour(s) + " " + points(s));
        }
        char[] chars = {'a', 'e', 'x', 'Z', '0', ' '};
        StringBuilder kinds = new StringBuilder("chars");
        for (char c : chars) {
            kinds.append(' ').append(kind(c));
        }
        System.out.println(kinds);
        long big = 5_000_000_000L;
        switch ((int) (big % 7)) {
            case 0 -> System.out.println("mod zero");
            case 1, 2, 3 -> System.out.println("mod small " + big % 7);
            default -> System.out.println("mod big " + big % 7);
        }
        System.out.println("nested " + nested(1, 2) + nested(2, 1) + nested(3, 3) + nested(2, 9));
    }

    static String dense(int i) {
        switch (i) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 8: return "eight";
            case 9: return "nine";
            default: return "?" + i;
        }
    }

    static int sparse(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return -9;
            case -1000000: return -6;
            case -1: return -1;
            case 7: return 7;
            case 1000: return 3;
            case 65536: return 16;
            case 1 << 30: return 30;
            case Integer.MAX_VALUE: return 31;
            case 42: return 42;
            default: return 0;
        }
    }

    static String fallThrough(int i) {
        StringBuilder out = new StringBuilder();
        switch (i) {
            case 0:
                out.append('a');
            case 1:
                out.append('b');
                break;
            case 2:
                out.append('c');
            case 3:
            case 4:
                out.append('d');
            default:
                out.append('e');
        }
        return out.toString();
    }

    static int strings(String s) {
        switch (s) {
            case "apple": return 1;
            case "banana": return 2;
            case "cherry": return 3;
            case "Aa": return 4;
            case "BB": return 5;
            case "": return 6;
            default: return -1;
        }
    }

    static String arrow(String s) {
        return switch (s) {
            case "apple", "APPLE" -> "fruit";
            case "C#" -> {
                String lang = "lang";
                yield lang.toUpperCase();
            }
            default -> s.length() > 5 ? "long" : "short";
        };
    }

    static String colour(Suit s) {
        switch (s) {
            case HEARTS:
            case DIAMONDS:
                return "red";
            default:
                return "black";
        }
    }

    static int points(Suit s) {
        return switch (s) {
            case CLUBS -> 1;
            case DIAMONDS -> 2;
            case HEARTS -> 3;
            case SPADES -> 4;
        };
    }

    static String kind(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> "vowel";
            case ' ' -> "space";
            default -> Character.isDigit(c) ? "digit" : Character.isUpperCase(c) ? "upper" : "other";
        };
    }

    static String nested(int a, int b) {
        switch (a) {
            case 1:
                switch (b) {
                    case 2: return "A";
                    default: return "B";
                }
            case 2:
                return b == 1 ? "C" : "D";
            default:
                return "E";
        }
    }
}
