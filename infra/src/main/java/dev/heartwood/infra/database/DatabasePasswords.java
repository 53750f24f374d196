package dev.heartwood.infra.database;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The passwords of the embedded database's roles, generated when its data directory is first secured and kept in
 * it, in PostgreSQL's password-file format ({@code *:*:*:role:password}), so that a restart and a copy of the
 * directory keep working and {@code psql} reads it as it is ({@code PGPASSFILE}). Only its owner may read it.
 */
final class DatabasePasswords {

    static final String FILE_NAME = "heartwood.pgpass";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<DatabaseRole, String> passwords;

    private DatabasePasswords(Map<DatabaseRole, String> passwords) {
        this.passwords = passwords;
    }

    /** 256 random bits each, in characters the password file needs no escape for (no ':' or '\'). */
    static DatabasePasswords generate() {
        Map<DatabaseRole, String> passwords = new EnumMap<>(DatabaseRole.class);
        for (DatabaseRole role : DatabaseRole.values()) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            passwords.put(role, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        }
        return new DatabasePasswords(passwords);
    }

    static Path fileIn(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    static DatabasePasswords readFrom(Path file) throws IOException {
        Map<DatabaseRole, String> passwords = new EnumMap<>(DatabaseRole.class);
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split(":", 5);
            if (line.startsWith("#") || fields.length < 5) {
                continue;
            }
            Arrays.stream(DatabaseRole.values()).filter(role -> role.roleName().equals(fields[3]))
                    .forEach(role -> passwords.put(role, fields[4]));
        }
        if (passwords.size() < DatabaseRole.values().length) {
            throw new IllegalStateException(file + " lacks the password of a role; restore it from the backup of "
                    + "its data directory");
        }
        return new DatabasePasswords(passwords);
    }

    String of(DatabaseRole role) {
        return passwords.get(role);
    }

    /** Written whole or not at all, readable by its owner only from the moment it exists. */
    void writeTo(Path file) throws IOException {
        Path partial = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(partial);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        List<String> lines = passwords.entrySet().stream()
                .map(entry -> "*:*:*:" + entry.getKey().roleName() + ":" + entry.getValue())
                .collect(Collectors.toList());
        lines.add(0, "# Heartwood's embedded PostgreSQL: the passwords of its roles. Keep it with the data directory.");
        Files.write(partial, lines);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
