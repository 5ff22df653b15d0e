package java.math;

import java.util.Random;

/**
 * Finding primes as JDK 17 does, drawing from a seeded Random in the same order so the same seed
 * gives the same prime. Below 95 bits: candidates of random words (the top one masked to the bit
 * length with its top bit set, made odd), skipped when divisible by a prime from 3 to 41, else
 * tested. From 95 bits: a random even start with the top bit set, and a sieve of the next
 * bitLength/20·64 odd numbers against every odd prime below 19200; the survivors are tested in
 * order; the window moves up (or restarts at random once past the bit length) until one passes.
 * nextProbablePrime searches the same way from the number after this one.
 */
final class PrimeSearch {
    static final int SMALL_PRIME_THRESHOLD = 95;
    static final int DEFAULT_CERTAINTY = 100;
    private static final int[] TINY_PRIMES = {3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41};
    /** 3·5·7·...·41. */
    private static final long TINY_PRIME_PRODUCT = 152125131763605L;
    private static final int SIEVE_PRIME_LIMIT = 19200;
    private static int[] sievePrimes;

    private PrimeSearch() {
    }

    /** A probable prime of exactly bitLength bits (bitLength >= 2). */
    static BigInteger randomPrime(int bitLength, int certainty, Random rnd) {
        return bitLength < SMALL_PRIME_THRESHOLD ? smallPrime(bitLength, certainty, rnd)
                : largePrime(bitLength, certainty, rnd);
    }

    private static BigInteger smallPrime(int bitLength, int certainty, Random rnd) {
        int words = (bitLength + 31) >>> 5;
        int topBit = (bitLength - 1) & 31;
        int[] mag = new int[words];
        while (true) {
            for (int i = words - 1; i >= 0; i--) {
                mag[i] = rnd.nextInt();
            }
            mag[words - 1] = mag[words - 1] & (int) ((1L << topBit) - 1) | 1 << topBit;
            if (bitLength > 2) {
                mag[0] |= 1;
            }
            BigInteger p = new BigInteger(1, mag.clone());
            if (bitLength > 6 && hasTinyFactor(p)) {
                continue;
            }
            if (bitLength < 4 || Primality.primeToCertainty(p, certainty, rnd)) {
                return p;
            }
        }
    }

    /** Whether p (above 41) is divisible by a prime from 3 to 41. */
    private static boolean hasTinyFactor(BigInteger p) {
        long r = p.remainder(BigInteger.valueOf(TINY_PRIME_PRODUCT)).longValue();
        for (int q : TINY_PRIMES) {
            if (r % q == 0) {
                return true;
            }
        }
        return false;
    }

    private static BigInteger largePrime(int bitLength, int certainty, Random rnd) {
        BigInteger start = randomEvenStart(bitLength, rnd);
        int searchLength = searchLength(bitLength);
        BigInteger candidate = sieveAndTest(start, searchLength, certainty, rnd);
        while (candidate == null || candidate.bitLength() != bitLength) {
            start = start.add(BigInteger.valueOf(2L * searchLength));
            if (start.bitLength() != bitLength) {
                start = randomEvenStart(bitLength, rnd);
            }
            candidate = sieveAndTest(start, searchLength, certainty, rnd);
        }
        return candidate;
    }

    private static BigInteger randomEvenStart(int bitLength, Random rnd) {
        return new BigInteger(bitLength, rnd).setBit(bitLength - 1).clearBit(0);
    }

    /** How many odd numbers one sieve covers. */
    static int searchLength(int bitLength) {
        if (bitLength > 500_000_001) {
            throw new ArithmeticException("Prime search implementation restriction on bitLength");
        }
        return bitLength / 20 * 64;
    }

    /** The next probable prime after n >= 0 (certainty 100, the shared Random). */
    static BigInteger nextProbablePrime(BigInteger n) {
        if (n.signum() == 0 || n.equals(BigInteger.ONE)) {
            return BigInteger.TWO;
        }
        BigInteger result = n.add(BigInteger.ONE);
        if (result.bitLength() < SMALL_PRIME_THRESHOLD) {
            if (!result.testBit(0)) {
                result = result.add(BigInteger.ONE);
            }
            while (true) {
                if (result.bitLength() > 6 && hasTinyFactor(result)) {
                    result = result.add(BigInteger.TWO);
                    continue;
                }
                if (result.bitLength() < 4 || Primality.primeToCertainty(result, DEFAULT_CERTAINTY, null)) {
                    return result;
                }
                result = result.add(BigInteger.TWO);
            }
        }
        if (result.testBit(0)) {
            result = result.subtract(BigInteger.ONE);
        }
        int searchLength = searchLength(result.bitLength());
        while (true) {
            BigInteger candidate = sieveAndTest(result, searchLength, DEFAULT_CERTAINTY, null);
            if (candidate != null) {
                return candidate;
            }
            result = result.add(BigInteger.valueOf(2L * searchLength));
        }
    }

    /**
     * Tests, in increasing order, the numbers start + 2i + 1 (i below length) that no odd prime
     * below 19200 divides; the first that passes, or null.
     */
    private static BigInteger sieveAndTest(BigInteger start, int length, int certainty, Random rnd) {
        boolean[] composite = new boolean[length];
        int[] primes = sievePrimes();
        for (int p : primes) {
            int r = Division.remainderByWord(start.mag, p);
            int first = p - r;
            if ((first & 1) == 0) {
                first += p;
            }
            for (int i = (first - 1) / 2; i < length; i += p) {
                composite[i] = true;
            }
        }
        for (int i = 0; i < length; i++) {
            if (!composite[i]) {
                BigInteger candidate = start.add(BigInteger.valueOf(2L * i + 1));
                if (Primality.primeToCertainty(candidate, certainty, rnd)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The odd primes below 19200. */
    private static synchronized int[] sievePrimes() {
        if (sievePrimes == null) {
            boolean[] composite = new boolean[SIEVE_PRIME_LIMIT];
            int count = 0;
            for (int i = 3; i < SIEVE_PRIME_LIMIT; i += 2) {
                if (!composite[i]) {
                    count++;
                    for (int j = i * i; j < SIEVE_PRIME_LIMIT; j += 2 * i) {
                        composite[j] = true;
                    }
                }
            }
            int[] primes = new int[count];
            int k = 0;
            for (int i = 3; i < SIEVE_PRIME_LIMIT; i += 2) {
                if (!composite[i]) {
                    primes[k++] = i;
                }
            }
            sievePrimes = primes;
        }
        return sievePrimes;
    }
}
