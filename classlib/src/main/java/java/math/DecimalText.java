package java.math;

/**
 * BigDecimal's three printed forms, as the specification defines them: with the coefficient's
 * digits c (n of them) and the adjusted exponent a = n - 1 - scale, toString is plain when
 * scale >= 0 and a >= -6 ("0.00c", "cc.cc"), else scientific ("c.ccE+a"); the engineering form
 * makes the exponent a multiple of three (a zero keeping one or two zeros after the point); the
 * plain form never has an exponent.
 */
final class DecimalText {
    private DecimalText() {
    }

    private static String digits(BigDecimal v) {
        if (v.big == null) {
            long c = v.compact;
            return Long.toString(c < 0 ? -c : c);
        }
        return v.big.abs().toString();
    }

    static String scientific(BigDecimal v) {
        return layout(v, true);
    }

    static String engineering(BigDecimal v) {
        return layout(v, false);
    }

    private static String layout(BigDecimal v, boolean scientific) {
        if (v.scale == 0 && v.big == null) {
            return Long.toString(v.compact);
        }
        String coeff = digits(v);
        StringBuilder sb = new StringBuilder(coeff.length() + 16);
        if (v.signum() < 0) {
            sb.append('-');
        }
        int n = coeff.length();
        long adjusted = -(long) v.scale + (n - 1);
        if (v.scale >= 0 && adjusted >= -6) {
            appendPlain(sb, coeff, v.scale);
            return sb.toString();
        }
        if (scientific) {
            sb.append(coeff.charAt(0));
            if (n > 1) {
                sb.append('.').append(coeff, 1, n);
            }
        } else {
            int sig = (int) (adjusted % 3);
            if (sig < 0) {
                sig += 3;
            }
            adjusted -= sig;
            sig++;
            if (v.signum() == 0) {
                if (sig == 2) {
                    sb.append("0.00");
                    adjusted += 3;
                } else if (sig == 3) {
                    sb.append("0.0");
                    adjusted += 3;
                } else {
                    sb.append('0');
                }
            } else if (sig >= n) {
                sb.append(coeff);
                for (int i = sig - n; i > 0; i--) {
                    sb.append('0');
                }
            } else {
                sb.append(coeff, 0, sig).append('.').append(coeff, sig, n);
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) {
                sb.append('+');
            }
            sb.append(adjusted);
        }
        return sb.toString();
    }

    /** The coefficient with the point placed by a scale >= 0. */
    private static void appendPlain(StringBuilder sb, String coeff, int scale) {
        int n = coeff.length();
        if (scale == 0) {
            sb.append(coeff);
        } else if (n > scale) {
            sb.append(coeff, 0, n - scale).append('.').append(coeff, n - scale, n);
        } else {
            sb.append("0.");
            for (int i = scale - n; i > 0; i--) {
                sb.append('0');
            }
            sb.append(coeff);
        }
    }

    static String plain(BigDecimal v) {
        if (v.scale == 0) {
            return v.big == null ? Long.toString(v.compact) : v.big.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (v.scale < 0) {
            if (v.signum() == 0) {
                return "0";
            }
            sb.append(v.big == null ? Long.toString(v.compact) : v.big.toString());
            for (long i = -(long) v.scale; i > 0; i--) {
                sb.append('0');
            }
            return sb.toString();
        }
        if (v.signum() < 0) {
            sb.append('-');
        }
        appendPlain(sb, digits(v), v.scale);
        return sb.toString();
    }
}
