package java.util;

/**
 * The symbols Formatter writes numbers with for a locale: zero digit (the other digits follow
 * it), decimal separator and grouping separator ('\u0000' when the locale does not group; groups
 * are of three). Found in NumberSymbolsData along JDK 17's resource lookup chain —
 * language-Script-REGION-variant (the variant shortened at '_' step by step), language-Script-REGION,
 * language-Script, language-REGION-variant, language-REGION, language, root — or, with a
 * -u-nu- keyword, from the numbering system ("latn": the locale's Latin-digit symbols; others:
 * the system's own symbols unless the chain has an exception for it). A locale
 * the data lacks gets its nearest ancestor's symbols: "de-XX" is "de", "xx" the root's. A null
 * locale is Locale.US (no localization). Uses only Locale's public API.
 */
final class NumberSymbols {
    static final NumberSymbols US = new NumberSymbols('0', '.', ',');

    final char zero;
    final char decimal;
    /** '\u0000': no grouping. */
    final char grouping;

    /** The last locale looked up and its symbols, replaced as a whole. */
    private static volatile Cached last = new Cached(Locale.US, US);

    private NumberSymbols(char zero, char decimal, char grouping) {
        this.zero = zero;
        this.decimal = decimal;
        this.grouping = grouping;
    }

    private static final class Cached {
        final Locale locale;
        final NumberSymbols symbols;

        Cached(Locale locale, NumberSymbols symbols) {
            this.locale = locale;
            this.symbols = symbols;
        }
    }

    static NumberSymbols of(Locale l) {
        if (l == null) {
            return US;
        }
        Cached c = last;
        if (c.locale.equals(l)) {
            return c.symbols;
        }
        NumberSymbols s = lookUp(l);
        last = new Cached(l, s);
        return s;
    }

    /** These separators with another zero digit. */
    NumberSymbols withZero(char otherZero) {
        return otherZero == zero ? this : new NumberSymbols(otherZero, decimal, grouping);
    }

    /** The ASCII digit d ('0'-'9') in this locale's digits. */
    char digit(char d) {
        return (char) (d - '0' + zero);
    }

    private static NumberSymbols lookUp(Locale l) {
        List<String> chain = chain(l);
        String nu = l.getUnicodeLocaleType("nu");
        if (nu != null) {
            if (nu.equals("latn")) {
                return Tables.latin(chain);
            }
            NumberSymbols system = Tables.NUMBERING.get(nu);
            if (system != null) {
                return Tables.inSystem(chain, nu, system);
            }
        }
        return Tables.defaults(chain);
    }

    /** The keys to look up, most specific first; the root ("") last. */
    static List<String> chain(Locale l) {
        String lang = l.getLanguage();
        String script = l.getScript();
        String region = l.getCountry();
        List<String> variants = new ArrayList<>();
        String v = l.getVariant();
        while (!v.isEmpty()) {
            variants.add(v);
            int cut = v.lastIndexOf('_');
            v = cut < 0 ? "" : v.substring(0, cut);
        }
        List<String> keys = new ArrayList<>();
        if (!script.isEmpty()) {
            addWithVariants(keys, key(lang, script, region), variants);
            if (!region.isEmpty()) {
                keys.add(key(lang, script, region));
            }
            keys.add(key(lang, script, ""));
        }
        addWithVariants(keys, key(lang, "", region), variants);
        if (!region.isEmpty()) {
            keys.add(key(lang, "", region));
        }
        keys.add(lang);
        keys.add("");
        return keys;
    }

    private static void addWithVariants(List<String> keys, String base, List<String> variants) {
        for (int i = 0; i < variants.size(); i++) {
            keys.add(base + "-" + variants.get(i));
        }
    }

    private static String key(String lang, String script, String region) {
        StringBuilder sb = new StringBuilder(lang);
        if (!script.isEmpty()) {
            sb.append('-').append(script);
        }
        if (!region.isEmpty()) {
            sb.append('-').append(region);
        }
        return sb.toString();
    }

    /** NumberSymbolsData unpacked at first use. */
    private static final class Tables {
        static final NumberSymbols[] SETS = sets();
        static final HashMap<String, NumberSymbols> DEFAULTS = entries(NumberSymbolsData.DEFAULTS);
        static final HashMap<String, NumberSymbols> LATIN = entries(NumberSymbolsData.LATIN);
        static final HashMap<String, NumberSymbols> NUMBERING = numbering();
        /** "key/system" to the symbols of NUMBERING_EXCEPTIONS, the system's digits filled in. */
        static final HashMap<String, NumberSymbols> EXCEPTIONS = exceptions();

        private static NumberSymbols[] sets() {
            String s = NumberSymbolsData.SETS;
            NumberSymbols[] sets = new NumberSymbols[s.length() / 3];
            for (int i = 0; i < sets.length; i++) {
                sets[i] = new NumberSymbols(s.charAt(3 * i), s.charAt(3 * i + 1), s.charAt(3 * i + 2));
            }
            return sets;
        }

        private static HashMap<String, NumberSymbols> entries(String packed) {
            HashMap<String, NumberSymbols> map = new HashMap<>();
            String[] items = packed.split(" ");
            for (int i = 0; i < items.length; i++) {
                String item = items[i];
                int colon = item.indexOf(':');
                map.put(item.substring(0, colon), SETS[item.charAt(colon + 1) - 'A']);
            }
            return map;
        }

        private static HashMap<String, NumberSymbols> numbering() {
            HashMap<String, NumberSymbols> map = new HashMap<>();
            String[] items = NumberSymbolsData.NUMBERING.split(" ");
            for (int i = 0; i < items.length; i++) {
                String item = items[i];
                int colon = item.indexOf(':');
                map.put(item.substring(0, colon),
                        new NumberSymbols(item.charAt(colon + 1), item.charAt(colon + 2), item.charAt(colon + 3)));
            }
            return map;
        }

        private static HashMap<String, NumberSymbols> exceptions() {
            HashMap<String, NumberSymbols> map = new HashMap<>();
            String[] entries = NumberSymbolsData.NUMBERING_EXCEPTIONS.split(";");
            for (int i = 0; i < entries.length; i++) {
                String[] fields = entries[i].split(":");
                String symbols = fields[1];
                String[] systems = fields[2].split(" ");
                for (int k = 0; k < systems.length; k++) {
                    char zero = symbols.length() == 3 ? symbols.charAt(0) : NUMBERING.get(systems[k]).zero;
                    int at = symbols.length() - 2;
                    map.put(fields[0] + "/" + systems[k],
                            new NumberSymbols(zero, symbols.charAt(at), symbols.charAt(at + 1)));
                }
            }
            return map;
        }

        /** The symbols of numbering system nu for the locale: an exception on the chain, else the system's. */
        static NumberSymbols inSystem(List<String> chain, String nu, NumberSymbols system) {
            for (int i = 0; i < chain.size(); i++) {
                NumberSymbols s = EXCEPTIONS.get(chain.get(i) + "/" + nu);
                if (s != null) {
                    return s;
                }
            }
            return system;
        }

        static NumberSymbols defaults(List<String> chain) {
            for (int i = 0; i < chain.size(); i++) {
                NumberSymbols s = DEFAULTS.get(chain.get(i));
                if (s != null) {
                    return s;
                }
            }
            return SETS[0];
        }

        /** The first Latin entry on the chain, or a default entry whose digits are ASCII. */
        static NumberSymbols latin(List<String> chain) {
            for (int i = 0; i < chain.size(); i++) {
                NumberSymbols s = LATIN.get(chain.get(i));
                if (s == null) {
                    s = DEFAULTS.get(chain.get(i));
                    if (s != null && s.zero != '0') {
                        s = null;
                    }
                }
                if (s != null) {
                    return s;
                }
            }
            return SETS[0];
        }
    }
}
