package conformance;

/** The String API: search, compare, case, trim/strip, replace, split, join, repeat, chars, format-free building, interning of literals. */
public class StringMethods {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        String s = "Hello, World! Hello again.";
        System.out.println(s.length() + " " + s.indexOf('o') + " " + s.indexOf("Hello", 1) + " " + s.lastIndexOf('l') + " "
                + s.lastIndexOf("Hello") + " " + s.indexOf("zzz") + " " + s.charAt(7) + " " + s.contains("World") + " "
                + s.startsWith("Hello") + " " + s.endsWith("again.") + " " + s.startsWith("World", 7));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.toUpperCase() + "|" + s.toLowerCase() + "|"
                + s.replace('l', 'L') + "|" + s.replace("Hello", "Bye") + "|" + s.isEmpty() + "|" + "".isEmpty());
        System.out.println("[" + "  padded \t".trim() + "][" + "  padded \t".strip() + "][" + "  x ".stripLeading() + "]["
                + "  x ".stripTrailing() + "][" + "   ".isBlank() + "][" + "ab".repeat(3) + "]");
        String[] parts = "a,b,,c,".split(",");
        System.out.println(parts.length + " " + String.join("|", parts) + " " + String.join("/", "k=v;k2=v2".split(";")) + " "
                + "a:b:c:d".split(":", 2)[1] + " " + "a:b::".split(":", -1).length);
        System.out.println("compare " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("ab") + " "
                + "ABC".compareToIgnoreCase("abd") + " " + "Hello".equalsIgnoreCase("hELLO") + " " + "a".equals(null) + " "
                + "same".equals("sa" + "me".toString()));
        String built = new StringBuilder("ab").append('c').toString();
        System.out.println("intern " + (built == "abc") + " " + (built.intern() == "abc") + " " + built.equals("abc") + " "
                + ("abc" == "a" + "bc"));
        System.out.println("hash " + "".hashCode() + " " + "a".hashCode() + " " + s.hashCode() + " " + "polygenelubricants".hashCode());
        char[] chars = s.toCharArray();
        int upper = 0;
        for (char c : chars) {
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        System.out.println("upper " + upper + " " + new String(chars, 0, 5) + " " + String.valueOf(chars).length() + " "
                + String.copyValueOf(chars, 7, 5));
        byte[] ascii = {72, 105, -23, 33};
        System.out.println("hibyte " + new String(ascii, 0, 1, 2) + " " + (int) new String(ascii, 1).charAt(2) + " "
                + new String(ascii, 0).length());
        try {
            System.out.println(new String(ascii, 0, 3, 2));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("hibyte " + e.getMessage());
        }
        System.out.println("replace " + "a-b-c".replace("-", "+") + " " + "CSV;line".toLowerCase().replace(';', ','));
        System.out.println("chars " + "hello".codePointAt(1) + " " + "abc".indexOf(99) + " "
                + String.valueOf(new char[] {'h', 'i'}) + " " + "Mississippi".replace("ss", "SS").lastIndexOf("SS"));
        StringBuilder reversed = new StringBuilder();
        for (String word : "the quick brown fox".split(" ")) {
            reversed.insert(0, word + " ");
        }
        System.out.println("reversed [" + reversed.toString().trim() + "] " + "racecar".contentEquals(new StringBuilder("racecar").reverse()));
        System.out.println("regionMatches " + "Hello World".regionMatches(6, "World", 0, 5) + " "
                + "Hello World".regionMatches(true, 6, "world", 0, 5) + " " + "tab\there".indexOf('\t'));
        System.out.println("concat " + "a".concat("b").concat("") + " " + "x".compareTo("x") + " " + "Stra\u00dfe".length());
    }
}
