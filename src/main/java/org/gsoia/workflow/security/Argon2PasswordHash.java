package org.gsoia.workflow.security;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Camunda's password hash for new and changed passwords: Argon2id (Spring Security's encoder, 16 MiB, two passes)
 * instead of the engine's one round of salted SHA-512. Stored as {@code {ARGON2}$argon2id$...}; older
 * {@code {SHA-512}} hashes still verify and are replaced at the user's next login ({@link PasswordUpgrade}).
 */
class Argon2PasswordHash implements PasswordEncryptor {

    static final String ALGORITHM = "ARGON2";
    static final String PREFIX = "{" + ALGORITHM + "}";

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Override
    public String encrypt(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encoder.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }
}
