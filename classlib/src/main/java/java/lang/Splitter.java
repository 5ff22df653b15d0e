package java.lang;

/** String.split around a literal char, with the JDK's rules for limit and trailing empty strings. */
final class Splitter {
    private Splitter() {
    }

    static String[] split(String s, char separator, int limit) {
        int length = s.length();
        String[] pieces = new String[8];
        int count = 0;
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) == separator && (limit <= 0 || count < limit - 1)) {
                pieces = add(pieces, count++, s.substring(start, i));
                start = i + 1;
            }
        }
        if (count == 0) {
            return new String[] {s};
        }
        pieces = add(pieces, count++, s.substring(start, length));
        if (limit == 0) {
            while (count > 0 && pieces[count - 1].isEmpty()) {
                count--;
            }
        }
        String[] result = new String[count];
        System.arraycopy(pieces, 0, result, 0, count);
        return result;
    }

    private static String[] add(String[] pieces, int at, String piece) {
        if (at == pieces.length) {
            String[] grown = new String[at * 2];
            System.arraycopy(pieces, 0, grown, 0, at);
            pieces = grown;
        }
        pieces[at] = piece;
        return pieces;
    }
}
