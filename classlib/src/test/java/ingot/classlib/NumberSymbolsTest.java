package ingot.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.classlib.differential.Remapping;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Our java.util.NumberSymbols (renamed, given the JDK's Locale objects) against HotSpot's
 * DecimalFormatSymbols and NumberFormat.getIntegerInstance: zero digit, decimal separator and
 * grouping separator (or no grouping) for every locale the JDK has number data for, each also
 * with every numbering system (-u-nu-), and for locales it lacks (unknown regions, scripts,
 * variants, languages), which fall back along the lookup chain.
 */
class NumberSymbolsTest {
    private static final String[] SYSTEMS = {"latn", "adlm", "ahom", "arab", "arabext", "bali", "beng", "bhks", "brah",
        "cakm", "cham", "deva", "diak", "fullwide", "gong", "gonm", "gujr", "guru", "hanidec", "hmng", "hmnp", "java",
        "kali", "khmr", "knda", "lana", "lanatham", "laoo", "lepc", "limb", "mathbold", "mathdbl", "mathmono",
        "mathsanb", "mathsans", "mlym", "modi", "mong", "mroo", "mtei", "mymr", "mymrshan", "mymrtlng", "newa", "nkoo",
        "olck", "orya", "osma", "rohg", "saur", "segment", "shrd", "sind", "sinh", "sora", "sund", "takr", "talu",
        "tamldec", "telu", "thai", "tibt", "tirh", "vaii", "wara", "wcho", "roman", "hant", "foo"};

    private static String jdk(Locale l) {
        DecimalFormatSymbols d = DecimalFormatSymbols.getInstance(l);
        DecimalFormat f = (DecimalFormat) NumberFormat.getIntegerInstance(l);
        boolean grouping = f.isGroupingUsed() && f.getGroupingSize() > 0;
        assertTrue(!grouping || f.getGroupingSize() == 3, "grouping size " + f.getGroupingSize() + " for " + l);
        return LangStatics.escape("" + d.getZeroDigit() + d.getDecimalSeparator() + (grouping ? d.getGroupingSeparator() : '\0'));
    }

    @Test
    void everyLocaleAndNumberingSystemHasTheJdksSymbols() throws Exception {
        Class<?> c = Remapping.collections(Remapping.locateLibrary()).load(Remapping.DOTTED_PREFIX + "java.util.NumberSymbols");
        Method of = c.getDeclaredMethod("of", Locale.class);
        of.setAccessible(true);
        Field zero = c.getDeclaredField("zero");
        Field decimal = c.getDeclaredField("decimal");
        Field grouping = c.getDeclaredField("grouping");
        for (Field f : new Field[] {zero, decimal, grouping}) {
            f.setAccessible(true);
        }
        Set<Locale> locales = new LinkedHashSet<>();
        for (Locale l : DecimalFormatSymbols.getAvailableLocales()) {
            locales.add(l);
            String tag = l.stripExtensions().toLanguageTag();
            locales.add(Locale.forLanguageTag(tag + "-u-nu-latn"));
            for (String system : SYSTEMS) {
                locales.add(new Locale.Builder().setLocale(l).setUnicodeLocaleKeyword("nu", system).build());
            }
            String language = l.getLanguage();
            locales.add(new Locale(language, "XX"));
            locales.add(new Locale(language, l.getCountry(), "POSIX"));
            locales.add(new Locale.Builder().setLanguage(language).setScript("Zzzz").setRegion(l.getCountry()).build());
        }
        locales.add(new Locale("en", "US", "POSIX_Abc"));
        locales.add(new Locale("en", "US", "posix"));
        locales.add(new Locale("xx"));
        locales.add(new Locale("th", "TH", "TH"));
        List<String> mismatches = new ArrayList<>();
        for (Locale l : locales) {
            Object s = of.invoke(null, l);
            String ours = LangStatics.escape("" + zero.getChar(s) + decimal.getChar(s) + grouping.getChar(s));
            String expected = jdk(l);
            if (!expected.equals(ours) && mismatches.size() < 20) {
                mismatches.add(l.toLanguageTag() + ": JDK " + expected + ", ours " + ours);
            }
        }
        System.out.println("number symbols: " + locales.size() + " locales compared with DecimalFormatSymbols");
        assertTrue(locales.size() > 50_000, "only " + locales.size() + " locales");
        assertEquals(List.of(), mismatches, String.join("\n", mismatches));
    }
}
