package dk.ringtjek.web;

/**
 * Joins CRC-32 checksums: the checksum of A followed by B from the checksums of A and B and the length
 * of B, without reading either again. The method of zlib's {@code crc32_combine} (multiplication
 * modulo the CRC polynomial, with a table of x^(2^n)), which the JDK does not expose.
 */
final class Crc32s {

    private static final int POLY = 0xedb88320; // reflected CRC-32 polynomial
    private static final int[] X2N = new int[32]; // x^(2^n) mod p(x)

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            p = multiply(p, p);
            X2N[n] = p;
        }
    }

    private Crc32s() {
    }

    /** The CRC-32 of A followed by B, given the CRC-32 of A, of B and the length of B in bytes. */
    static int combine(int crcA, int crcB, long lengthB) {
        return multiply(xPower8n(lengthB), crcA) ^ crcB;
    }

    /** a(x) * b(x) modulo p(x), in the reflected bit order of CRC-32. */
    private static int multiply(int a, int b) {
        int m = 1 << 31;
        int product = 0;
        while (true) {
            if ((a & m) != 0) {
                product ^= b;
                if ((a & (m - 1)) == 0) {
                    return product;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
    }

    /** x^(8n) modulo p(x): shifting a CRC past n bytes of zeros. */
    private static int xPower8n(long n) {
        int p = 1 << 31; // x^0
        int k = 3;
        while (n != 0) {
            if ((n & 1) != 0) {
                p = multiply(X2N[k & 31], p);
            }
            n >>>= 1;
            k++;
        }
        return p;
    }
}
