package ingot.runtime.jar;

/**
 * Manifest syntax: lines end with CR LF, LF or CR (the last line may lack one); a line starting
 * with one space continues the previous line (joined as bytes, so a UTF-8 character may be split);
 * a header is {@code name:value} with one optional space after the colon; blank lines end a
 * section; every section after the main one starts with {@code Name:}. Text is strict UTF-8.
 * Anything else is a {@link JarFormatException} naming the line.
 */
final class ManifestParser {
    private final byte[] data;
    private int pos;
    private int lineNumber;

    private byte[] header = new byte[128];
    private int headerLength;
    private int headerLine;

    private final ManifestSection main = new ManifestSection();
    private ManifestSection current = main;
    private ManifestSection[] sections = new ManifestSection[4];
    private String[] sectionNames = new String[4];
    private int sectionCount;

    ManifestParser(byte[] data) {
        this.data = data;
    }

    Manifest parse() throws JarFormatException {
        while (pos < data.length) {
            int start = pos;
            int end = lineEnd(start);
            lineNumber++;
            if (end == start) {
                finishHeader();
                current = null;
            } else if (data[start] == ' ') {
                if (headerLength == 0) {
                    throw error(lineNumber, "continuation line with no header before it");
                }
                append(start + 1, end);
            } else {
                finishHeader();
                headerLine = lineNumber;
                append(start, end);
            }
        }
        finishHeader();
        ManifestSection[] s = new ManifestSection[sectionCount];
        String[] n = new String[sectionCount];
        System.arraycopy(sections, 0, s, 0, sectionCount);
        System.arraycopy(sectionNames, 0, n, 0, sectionCount);
        return new Manifest(main, s, n);
    }

    /** Returns the end of the line at {@code start} and moves {@code pos} past its terminator. */
    private int lineEnd(int start) {
        int i = start;
        while (i < data.length && data[i] != '\n' && data[i] != '\r') {
            i++;
        }
        pos = i;
        if (pos < data.length && data[pos] == '\r') {
            pos++;
        }
        if (pos < data.length && data[pos] == '\n' && (pos == i || data[i] == '\r')) {
            pos++;
        }
        return i;
    }

    private void append(int start, int end) {
        int n = end - start;
        if (headerLength + n > header.length) {
            byte[] bigger = new byte[Math.max(header.length * 2, headerLength + n)];
            System.arraycopy(header, 0, bigger, 0, headerLength);
            header = bigger;
        }
        System.arraycopy(data, start, header, headerLength, n);
        headerLength += n;
    }

    private void finishHeader() throws JarFormatException {
        if (headerLength == 0) {
            return;
        }
        String text = Utf8.decode(header, 0, headerLength, "manifest line " + headerLine);
        headerLength = 0;
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw error(headerLine, "header has no 'name: value' form");
        }
        String name = text.substring(0, colon);
        int valueStart = colon + 1 < text.length() && text.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1;
        String value = text.substring(valueStart);
        if (current == null) {
            if (!name.equalsIgnoreCase("Name")) {
                throw error(headerLine, "section does not start with 'Name:'");
            }
            startSection(value);
        }
        current.put(name, value);
    }

    private void startSection(String name) {
        if (sectionCount == sections.length) {
            ManifestSection[] s = new ManifestSection[sectionCount * 2];
            String[] n = new String[sectionCount * 2];
            System.arraycopy(sections, 0, s, 0, sectionCount);
            System.arraycopy(sectionNames, 0, n, 0, sectionCount);
            sections = s;
            sectionNames = n;
        }
        current = new ManifestSection();
        sections[sectionCount] = current;
        sectionNames[sectionCount] = name;
        sectionCount++;
    }

    private static JarFormatException error(int line, String what) {
        return new JarFormatException("manifest line " + line + ": " + what);
    }
}
