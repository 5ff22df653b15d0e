package java.math;

import java.util.Random;

/**
 * Probable-prime tests as JDK 17 runs them, so that a seeded Random is consumed alike: rounds of
 * Miller–Rabin (the number of rounds by bit length and certainty) with bases drawn as
 * {@code new BigInteger(bitLength, rnd)} until 1 < b < n, the first failing base ending the test;
 * from 100 bits on, followed by a Lucas probable-prime test with Selfridge's parameters (D the
 * first of 5, -7, 9, -11, ... with Jacobi symbol -1; P = 1, Q = (1 - D)/4; n passes when
 * U(n+1) = 0 mod n). Primes always pass; composites fail with overwhelming probability.
 */
final class Primality {
    private static Random shared;

    private Primality() {
    }

    /** The Random used when the caller gives none (isProbablePrime, nextProbablePrime). */
    static synchronized Random sharedRandom() {
        if (shared == null) {
            shared = new Random();
        }
        return shared;
    }

    /** Whether odd n > 2 passes the tests for the certainty (JDK 17's rounds). */
    static boolean primeToCertainty(BigInteger n, int certainty, Random rnd) {
        int halfCertainty = (Math.min(certainty, Integer.MAX_VALUE - 1) + 1) / 2;
        int bits = n.bitLength();
        if (bits < 100) {
            return passesMillerRabin(n, Math.min(50, halfCertainty), rnd);
        }
        int rounds = bits < 256 ? 27 : bits < 512 ? 15 : bits < 768 ? 8 : bits < 1024 ? 4 : 2;
        return passesMillerRabin(n, Math.min(rounds, halfCertainty), rnd) && passesLucas(n);
    }

    static boolean passesMillerRabin(BigInteger n, int rounds, Random rnd) {
        if (rnd == null) {
            rnd = sharedRandom();
        }
        BigInteger nMinusOne = n.subtract(BigInteger.ONE);
        int twos = nMinusOne.getLowestSetBit();
        BigInteger odd = nMinusOne.shiftRight(twos);
        int bits = n.bitLength();
        for (int i = 0; i < rounds; i++) {
            BigInteger b;
            do {
                b = new BigInteger(bits, rnd);
            } while (b.compareTo(BigInteger.ONE) <= 0 || b.compareTo(n) >= 0);
            if (!strongWitnessPasses(b.modPow(odd, n), twos, n, nMinusOne)) {
                return false;
            }
        }
        return true;
    }

    /** z = b^odd mod n; whether n passes for this base (z is 1, or n-1 within twos-1 squarings). */
    private static boolean strongWitnessPasses(BigInteger z, int twos, BigInteger n, BigInteger nMinusOne) {
        if (z.equals(BigInteger.ONE) || z.equals(nMinusOne)) {
            return true;
        }
        for (int j = 1; j < twos; j++) {
            z = z.multiply(z).mod(n);
            if (z.equals(nMinusOne)) {
                return true;
            }
            if (z.equals(BigInteger.ONE)) {
                return false;
            }
        }
        return false;
    }

    /** The Lucas probable-prime test for odd n (a perfect square fails). */
    static boolean passesLucas(BigInteger n) {
        int d = 5;
        int tries = 0;
        while (jacobi(d, n) != -1) {
            d = d < 0 ? -d + 2 : -(d + 2);
            if (++tries == 30 && n.sqrt().pow(2).equals(n)) {
                return false;
            }
        }
        return lucasU(d, n.add(BigInteger.ONE), n).signum() == 0;
    }

    /** U(k) mod n of the Lucas sequence with P = 1, Q = (1 - d)/4 (n odd). */
    private static BigInteger lucasU(int d, BigInteger k, BigInteger n) {
        BigInteger bigD = BigInteger.valueOf(d);
        BigInteger u = BigInteger.ONE;
        BigInteger v = BigInteger.ONE;
        for (int i = k.bitLength() - 2; i >= 0; i--) {
            BigInteger u2 = u.multiply(v).mod(n);
            BigInteger v2 = half(v.multiply(v).add(bigD.multiply(u.multiply(u))).mod(n), n);
            u = u2;
            v = v2;
            if (k.testBit(i)) {
                u2 = half(u.add(v).mod(n), n);
                v2 = half(v.add(bigD.multiply(u)).mod(n), n);
                u = u2;
                v = v2;
            }
        }
        return u;
    }

    /** x/2 mod n for 0 <= x < n, n odd. */
    private static BigInteger half(BigInteger x, BigInteger n) {
        return (x.testBit(0) ? x.add(n) : x).shiftRight(1);
    }

    /** The Jacobi symbol (p/n) for odd n > 0. */
    static int jacobi(int p, BigInteger n) {
        int sign = 1;
        if (p < 0) {
            p = -p;
            int n4 = n.intValue() & 3;
            if (n4 == 3) {
                sign = -sign;
            }
        }
        int a = n.mod(BigInteger.valueOf(p)).intValue();
        // (p/n) = (n mod p / p) by reciprocity, with the sign (-1)^((p-1)(n-1)/4)
        if ((p & 3) == 3 && (n.intValue() & 3) == 3) {
            sign = -sign;
        }
        int b = p;
        while (a != 0) {
            while ((a & 1) == 0) {
                a >>= 1;
                if ((b & 7) == 3 || (b & 7) == 5) {
                    sign = -sign;
                }
            }
            int t = a;
            a = b;
            b = t;
            if ((a & 3) == 3 && (b & 3) == 3) {
                sign = -sign;
            }
            a %= b;
        }
        return b == 1 ? sign : 0;
    }
}
