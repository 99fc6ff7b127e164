package dev.hkfilings.reliability;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded mutations of a document, the kinds of damage files meet on the way: flipped bytes, a cut, inserted junk, a
 * zeroed range, a duplicated chunk. The same seed gives the same mutants, so a failure can be replayed.
 */
final class Mutator {

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(byte[] original) {
        byte[] b = original.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            b = switch (random.nextInt(5)) {
                case 0 -> flip(b);
                case 1 -> Arrays.copyOf(b, Math.max(1, random.nextInt(b.length)));
                case 2 -> insert(b);
                case 3 -> zero(b);
                default -> duplicate(b);
            };
        }
        return b;
    }

    private byte[] flip(byte[] b) {
        int n = 1 + random.nextInt(32);
        for (int i = 0; i < n; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }

    private byte[] insert(byte[] b) {
        int at = random.nextInt(b.length);
        byte[] junk = new byte[1 + random.nextInt(512)];
        random.nextBytes(junk);
        byte[] out = new byte[b.length + junk.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(b, at, out, at + junk.length, b.length - at);
        return out;
    }

    private byte[] zero(byte[] b) {
        int from = random.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + random.nextInt(2048));
        Arrays.fill(b, from, to, (byte) 0);
        return b;
    }

    private byte[] duplicate(byte[] b) {
        int from = random.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + random.nextInt(4096));
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, from + len);
        System.arraycopy(b, from, out, from + len, b.length - from);
        return out;
    }
}
