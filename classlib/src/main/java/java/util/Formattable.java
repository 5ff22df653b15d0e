package java.util;

/**
 * An object that formats itself for %s: the Formatter calls formatTo with its flags
 * (FormattableFlags), width and precision (-1 when absent).
 */
public interface Formattable {
    void formatTo(Formatter formatter, int flags, int width, int precision);
}
