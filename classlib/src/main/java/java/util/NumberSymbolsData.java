package java.util;

/**
 * The number symbols of JDK 17's CLDR locale data that Formatter uses, as HotSpot's
 * DecimalFormatSymbols and NumberFormat.getIntegerInstance report them (facts taken from its
 * output, checked by NumberSymbolsTest for every locale it has data for): zero digit, decimal
 * separator and grouping separator ('\u0000': grouping not used; the size is 3 wherever it is).
 * Locales are keyed "language[-Script][-REGION][-VARIANT]"; only those whose symbols differ from
 * what their parent in the lookup chain gives are listed.
 */
final class NumberSymbolsData {
    /** Symbol sets of three chars (zero, decimal, grouping); letter 'A' names the first (the root's). */
    static final String SETS = "0.,0,.0,\u00a00,\u20190,\u202f0.\u00000.\u00a00.\u20190.\u2e41\u0660\u066b\u066c\u06f0\u066b\u066c\u0966.,\u09e6.,\u0f20.,\u1040.,\u1c50.,";

    /** key:set of every locale whose default symbols differ from its parent's. */
    static final String DEFAULTS =
        "af:C agq:C ar:J ar-DZ:B ar-EH:A ar-LY:B ar-MA:B ar-TN:B as:M ast:B az:B bas:C be:C bg:C bn:M "
        + "br:C bs:B ca:B ckb:J cs:C da:B de:B de-AT:C de-CH:H de-LI:H dje:G dsb:B dua:C dyo:C dz:N el:B "
        + "en-AT:B en-BE:B en-CH:H en-DE:B en-DK:B en-FI:C en-NL:B en-SE:C en-SI:B en-US-POSIX:F en-ZA:C "
        + "eo:C es:B es-419:A es-BR:A es-BZ:A es-CR:C es-CU:A es-DO:A es-GT:A es-HN:A es-MX:A es-NI:A "
        + "es-PA:A es-PE:A es-PR:A es-SV:A es-US:A et:C eu:B ewo:C fa:K ff:C ff-Adlm:A fi:C fo:B fr:E "
        + "fr-CA:C fr-LU:B fr-MA:B fur:B fy:B gl:B gsw:H hr:B hsb:B hu:C hy:C ia:B id:B is:B it:B it-CH:H "
        + "jgo:B jv:B ka:C kab:C kea:C khq:G kk:C kkj:B kl:B km:B ks:K ksf:C ksh:C ku:B ky:C lb:B ln:B "
        + "lo:B lrc:K lt:C lu:B lv:C mfe:G mgh:B mk:B mni:M mr:L ms-BN:B ms-ID:B mua:B my:O mzn:K nb:C "
        + "ne:L nl:B nmg:C nn:C nnh:B no:C os:C pa-Arab:K pl:C ps:K pt:B pt-AO:C pt-CH:C pt-CV:C pt-GQ:C "
        + "pt-GW:C pt-LU:C pt-MO:C pt-MZ:C pt-PT:C pt-ST:C pt-TL:C qu-BO:B rm:H rn:B ro:B ru:C rw:B sa:L "
        + "sah:C sat:P sd:J sd-Deva:A se:C seh:B ses:G sg:B shi:C sk:C sl:B smn:C sq:C sr:B su:B sv:C "
        + "sw-CD:B tg:C tk:C tr:B tt:C twq:G tzm:C uk:C ur-IN:K uz:C uz-Arab:K vi:B wae:D wo:B xh:G yav:C "
        + "zgh:C";

    /**
     * key:set of the Latin-digit symbols (-u-nu-latn) where they differ from what the chain gives:
     * a locale's DEFAULTS entry when its digits are ASCII, else the parent's Latin symbols.
     */
    static final String LATIN =
        "ar-LB:B ar-MR:B ff-Adlm:I ps:B sr-BA:A sr-CS:A sr-Cyrl-BA:B sr-Latn-BA:B uz-Arab:B";

    /**
     * Numbering systems (-u-nu-...) by name: zero digit and separators. Systems whose digits are
     * supplementary or not consecutive show ASCII digits; a name not listed (an algorithmic system
     * or an unknown one) leaves the locale's default.
     */
    static final String NUMBERING =
        "adlm:0., ahom:0., arab:\u0660\u066b\u066c arabext:\u06f0\u066b\u066c bali:\u1b50., "
        + "beng:\u09e6., bhks:0., brah:0., cakm:0., cham:\uaa50., deva:\u0966., diak:0., fullwide:\uff10., "
        + "gong:0., gonm:0., gujr:\u0ae6., guru:\u0a66., hanidec:0., hmng:0., hmnp:0., java:\ua9d0., "
        + "kali:\ua900., khmr:\u17e0., knda:\u0ce6., lana:\u1a80., lanatham:\u1a90., laoo:\u0ed0., "
        + "lepc:\u1c40., limb:\u1946., mathbold:0., mathdbl:0., mathmono:0., mathsanb:0., mathsans:0., "
        + "mlym:\u0d66., modi:0., mong:\u1810., mroo:0., mtei:\uabf0., mymr:\u1040., mymrshan:\u1090., "
        + "mymrtlng:\ua9f0., newa:0., nkoo:\u07c0., olck:\u1c50., orya:\u0b66., osma:0., rohg:0., "
        + "saur:\ua8d0., segment:0., shrd:0., sind:0., sinh:\u0de6., sora:0., sund:\u1bb0., takr:0., "
        + "talu:\u19d0., tamldec:\u0be6., telu:\u0c66., thai:\u0e50., tibt:\u0f20., tirh:0., vaii:\ua620., "
        + "wara:0., wcho:0.,";

    /**
     * Where a locale's symbols for a numbering system are not the system's own (NUMBERING):
     * entries "key:symbols:system system..." separated by ';', looked up along the chain; two
     * symbols are the separators (the digits stay the system's), three replace all.
     */
    static final String NUMBERING_EXCEPTIONS =
        "en-US-POSIX:.\u0000:ahom bhks diak hmng hmnp mathbold mathdbl mathmono mathsanb mathsans "
        + "modi mroo mymrtlng newa segment sind sinh tirh wara wcho;"
        + "ms:.\u066c:arabext;"
        + "nb:,\u00a0:arabext bali beng brah cakm cham deva fullwide gujr guru java kali khmr knda lana "
        + "lanatham laoo lepc limb mlym mong mtei mymr mymrshan nkoo olck orya osma saur shrd sora sund "
        + "takr talu tamldec telu thai tibt vaii;"
        + "nb:\u066b\u00a0:arab;"
        + "nl:,.:bali beng brah cakm cham deva fullwide gong gonm gujr guru java kali khmr knda lana "
        + "lanatham laoo lepc limb mlym mong mtei mymr mymrshan nkoo olck orya osma rohg saur shrd sora "
        + "sund takr talu tamldec telu thai tibt vaii;"
        + "nn:,\u00a0:arabext bali beng brah cakm cham deva fullwide gujr guru java kali khmr knda lana "
        + "lanatham laoo lepc limb mlym mong mtei mymr mymrshan nkoo olck orya osma saur shrd sora sund "
        + "takr talu tamldec telu thai tibt vaii;"
        + "nn:\u066b\u00a0:arab;"
        + "no:,\u00a0:arabext bali beng brah cakm cham deva fullwide gujr guru java kali khmr knda lana "
        + "lanatham laoo lepc limb mlym mong mtei mymr mymrshan nkoo olck orya osma saur shrd sora sund "
        + "takr talu tamldec telu thai tibt vaii;"
        + "no:\u066b\u00a0:arab;"
        + "pa:\u066b,:arabext;"
        + "pa-Arab:\u066b\u066c:arabext;"
        + "sr-BA:,.:adlm ahom bhks brah cakm diak gong gonm hanidec hmng hmnp mathbold mathdbl mathmono "
        + "mathsanb mathsans modi mroo newa osma rohg segment shrd sind sora takr tirh wara wcho;"
        + "sr-CS:,.:adlm ahom bhks brah cakm diak gong gonm hanidec hmng hmnp mathbold mathdbl mathmono "
        + "mathsanb mathsans modi mroo newa osma rohg segment shrd sind sora takr tirh wara wcho;"
        + "sr-Cyrl-BA:.,:adlm ahom bhks brah cakm diak gong gonm hanidec hmng hmnp mathbold mathdbl "
        + "mathmono mathsanb mathsans modi mroo mymrtlng newa osma rohg segment shrd sind sinh sora "
        + "takr tirh wara wcho;"
        + "sr-Latn-BA:.,:adlm ahom bhks brah cakm diak gong gonm hanidec hmng hmnp mathbold mathdbl "
        + "mathmono mathsanb mathsans modi mroo mymrtlng newa osma rohg segment shrd sind sinh sora "
        + "takr tirh wara wcho;"
        + "sv:,\u00a0:arabext;"
        + "sv:\u066b\u00a0:arab;"
        + "zh-Hans-SG:.,:mymrtlng sinh;"
        + "sr-BA:0,.:mymrtlng sinh;"
        + "sr-CS:0,.:mymrtlng sinh;"
        + "zh-SG:0.,:mymrtlng sinh";

    private NumberSymbolsData() {
    }
}
