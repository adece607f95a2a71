package io.mapchunk.cli.run;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A fresh SHA-256 digest (every JVM has one). */
final class Digests {

    private Digests() {}

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
