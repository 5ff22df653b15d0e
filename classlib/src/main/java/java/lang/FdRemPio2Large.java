package java.lang;

/**
 * Payne–Hanek reduction of a large argument by π/2. The argument is given as up to three
 * 24-bit integer pieces {@code x[i]} scaled by 2^(e0 - 24·i). Only the bits of 2/π that matter
 * are multiplied in: those that give the fraction of {@code x·2/π} below the integer part mod 8,
 * in 24-bit chunks, with more chunks taken while the fraction cancels to zero. The fraction
 * times π/2 gives the reduced argument as a head and tail of 53 bits each.
 */
final class FdRemPio2Large {
    /** 2/π in 24-bit chunks (1584 bits). */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB,
        0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5,
        0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
        0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B,
        0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };
    /** π/2 in 24-bit pieces. */
    private static final double[] PIO2 = {
        0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72,
        0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
    };
    private static final double TWO24 = 0x1p24;
    private static final double TWON24 = 0x1p-24;
    /** Chunks of the product computed at first: enough for a 53-bit head and tail. */
    private static final int JK = 4;

    private final double[] x;
    private final int jx;
    private final int jv;
    /** The 24-bit chunks of 2/π that meet x, f[jx + i] = TWO_OVER_PI[jv + i]. */
    private final double[] f = new double[20];
    /** The product x·(2/π) in chunks of 24 bits, as doubles, q[jz] the lowest. */
    private final double[] q = new double[20];
    /** The fraction part in 24-bit integers, iq[0] the highest. */
    private final int[] iq = new int[20];
    private int q0;
    private int jz;
    /** 0 if the fraction is below 1/2; otherwise it was replaced by 1 - fraction. */
    private int ih;
    private int n;
    private double z;

    FdRemPio2Large(double[] x, int nx, int e0) {
        this.x = x;
        this.jx = nx - 1;
        this.jv = Math.max(0, (e0 - 3) / 24);
        this.q0 = e0 - 24 * (jv + 1);
        int j = jv - jx;
        for (int i = 0; i <= jx + JK; i++, j++) {
            f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
        }
    }

    /** Stores the reduced argument's head and tail in y; returns n mod 8. */
    int reduce(double[] y) {
        for (int i = 0; i <= JK; i++) {
            q[i] = productChunk(i);
        }
        jz = JK;
        while (true) {
            splitFraction();
            if (z != 0.0 || !lowChunksZero()) {
                break;
            }
            extend();
        }
        chunksToDoubles();
        compress(timesPiOver2(), y);
        return n & 7;
    }

    /** The sum of x[j]·f[jx + i - j]: chunk i of x·(2/π). */
    private double productChunk(int i) {
        double fw = 0.0;
        for (int j = 0; j <= jx; j++) {
            fw += x[j] * f[jx + i - j];
        }
        return fw;
    }

    /**
     * Distills q into 24-bit integers iq (highest first), takes the integer part mod 8 into n
     * and leaves in z the part of the fraction above iq's chunks; a fraction of 1/2 or more
     * becomes 1 - fraction (ih > 0) with n rounded up.
     */
    private void splitFraction() {
        z = q[jz];
        for (int i = 0, j = jz; j > 0; i++, j--) {
            double fw = (int) (TWON24 * z);
            iq[i] = (int) (z - TWO24 * fw);
            z = q[j - 1] + fw;
        }
        z = Math.scalb(z, q0);
        z -= 8.0 * Math.floor(z * 0.125);
        n = (int) z;
        z -= n;
        ih = 0;
        if (q0 > 0) {
            int i = iq[jz - 1] >> (24 - q0);
            n += i;
            iq[jz - 1] -= i << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        } else if (q0 == 0) {
            ih = iq[jz - 1] >> 23;
        } else if (z >= 0.5) {
            ih = 2;
        }
        if (ih > 0) {
            complement();
        }
    }

    /** Replaces the fraction by 1 - fraction, and n by n + 1. */
    private void complement() {
        n += 1;
        boolean borrow = false;
        for (int i = 0; i < jz; i++) {
            int j = iq[i];
            if (!borrow) {
                if (j != 0) {
                    borrow = true;
                    iq[i] = 0x1000000 - j;
                }
            } else {
                iq[i] = 0xffffff - j;
            }
        }
        if (q0 == 1) {
            iq[jz - 1] &= 0x7fffff;
        } else if (q0 == 2) {
            iq[jz - 1] &= 0x3fffff;
        }
        if (ih == 2) {
            z = 1.0 - z;
            if (borrow) {
                z -= Math.scalb(1.0, q0);
            }
        }
    }

    /** Whether the chunks below the first JK are all zero (the fraction cancelled). */
    private boolean lowChunksZero() {
        int j = 0;
        for (int i = jz - 1; i >= JK; i--) {
            j |= iq[i];
        }
        return j == 0;
    }

    /** Takes as many more chunks of 2/π as there were zero chunks at the top. */
    private void extend() {
        int k = 1;
        while (iq[JK - k] == 0) {
            k++;
        }
        for (int i = jz + 1; i <= jz + k; i++) {
            f[jx + i] = TWO_OVER_PI[jv + i];
            q[i] = productChunk(i);
        }
        jz += k;
    }

    /** Drops zero chunks at the bottom (or splits z into two), then q[i] = iq[i] scaled. */
    private void chunksToDoubles() {
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {
            z = Math.scalb(z, -q0);
            if (z >= TWO24) {
                double fw = (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }
        double fw = Math.scalb(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWON24;
        }
    }

    /** fq[jz - i] = the sum of PIO2[k]·q[i + k]: the fraction times π/2, by chunk. */
    private double[] timesPiOver2() {
        double[] fq = new double[20];
        for (int i = jz; i >= 0; i--) {
            double fw = 0.0;
            for (int k = 0; k <= JK && k <= jz - i; k++) {
                fw += PIO2[k] * q[i + k];
            }
            fq[jz - i] = fw;
        }
        return fq;
    }

    /** The head (sum of all chunks, smallest first) and the tail (what it lost). */
    private void compress(double[] fq, double[] y) {
        double fw = 0.0;
        for (int i = jz; i >= 0; i--) {
            fw += fq[i];
        }
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) {
            fw += fq[i];
        }
        y[1] = ih == 0 ? fw : -fw;
    }
}
