package java.io;

import java.util.Locale;

/**
 * Prints text as UTF-8 bytes to an output stream. Never throws IOException: a failure sets the
 * error flag that {@link #checkError} reports. With autoflush, println and byte-array writes flush.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closed;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireStream(out));
        this.autoFlush = autoFlush;
    }

    private static OutputStream requireStream(OutputStream out) {
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        return out;
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                if (!closed) {
                    out.flush();
                }
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    public boolean checkError() {
        flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int b) {
        synchronized (this) {
            try {
                if (closed) {
                    throw new IOException("Stream closed");
                }
                out.write(b);
                if (b == '\n' && autoFlush) {
                    out.flush();
                }
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        synchronized (this) {
            try {
                if (closed) {
                    throw new IOException("Stream closed");
                }
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    private void text(String s, boolean newLine) {
        byte[] bytes = (newLine ? s + System.lineSeparator() : s).getBytes();
        synchronized (this) {
            try {
                if (closed) {
                    throw new IOException("Stream closed");
                }
                out.write(bytes, 0, bytes.length);
                if (autoFlush && newLine) {
                    out.flush();
                }
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    public void print(boolean b) {
        text(String.valueOf(b), false);
    }

    public void print(char c) {
        text(String.valueOf(c), false);
    }

    public void print(int i) {
        text(String.valueOf(i), false);
    }

    public void print(long l) {
        text(String.valueOf(l), false);
    }

    public void print(float v) {
        text(String.valueOf(v), false);
    }

    public void print(double v) {
        text(String.valueOf(v), false);
    }

    public void print(char[] s) {
        text(new String(s), false);
    }

    public void print(String s) {
        text(String.valueOf(s), false);
    }

    public void print(Object obj) {
        text(String.valueOf(obj), false);
    }

    public void println() {
        text("", true);
    }

    public void println(boolean x) {
        text(String.valueOf(x), true);
    }

    public void println(char x) {
        text(String.valueOf(x), true);
    }

    public void println(int x) {
        text(String.valueOf(x), true);
    }

    public void println(long x) {
        text(String.valueOf(x), true);
    }

    public void println(float x) {
        text(String.valueOf(x), true);
    }

    public void println(double x) {
        text(String.valueOf(x), true);
    }

    public void println(char[] x) {
        text(new String(x), true);
    }

    public void println(String x) {
        text(String.valueOf(x), true);
    }

    public void println(Object x) {
        text(String.valueOf(x), true);
    }

    /** format(format, args). */
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    /** format(l, format, args). */
    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    /** format(l, format, args) for the default format locale. */
    public PrintStream format(String format, Object... args) {
        return format(Locale.getDefault(Locale.Category.FORMAT), format, args);
    }

    /**
     * Prints the arguments formatted by {@code format} (java.util.Formatter) for locale {@code l}
     * (null: no localization). A bad format or argument throws after the text formatted before it
     * is printed; a closed stream sets the error flag and formats nothing.
     */
    public PrintStream format(Locale l, String format, Object... args) {
        synchronized (this) {
            if (closed) {
                trouble = true;
                return this;
            }
        }
        StringBuilder sb = new StringBuilder();
        try {
            new java.util.Formatter(sb, l).format(l, format, args);
        } finally {
            if (sb.length() > 0) {
                text(sb.toString(), false);
            }
        }
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        CharSequence cs = csq == null ? "null" : csq;
        return append(cs.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
