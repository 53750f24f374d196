package dev.heartwood.infra.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The data directory's {@code pg_hba.conf}: which connections PostgreSQL lets in, and how. zonky creates a data
 * directory whose every line is {@code trust} (anyone on the machine may connect as anyone, the superuser
 * included); Heartwood's own data directories ask for a SCRAM password on every line, and older ones are made to.
 */
final class HostBasedAuthentication {

    static final String TRUST = "trust";
    static final String PASSWORD = "scram-sha-256";

    private final Path file;

    HostBasedAuthentication(Path dataDirectory) {
        this.file = dataDirectory.resolve("pg_hba.conf");
    }

    boolean trustsAnyone() throws IOException {
        return Files.readAllLines(file).stream().map(HostBasedAuthentication::fields)
                .anyMatch(fields -> method(fields) >= 0 && TRUST.equals(fields[method(fields)]));
    }

    /** Every {@code trust} line asks for a password instead; the other lines stay as they are. */
    void askForPasswords() throws IOException {
        List<String> lines = Files.readAllLines(file).stream().map(line -> {
            String[] fields = fields(line);
            int method = method(fields);
            if (method < 0 || !TRUST.equals(fields[method])) {
                return line;
            }
            fields[method] = PASSWORD;
            return String.join("\t", fields);
        }).toList();
        Files.write(file, lines);
    }

    /**
     * Where the authentication method is in a connection line ({@code local}, {@code host...}), or -1: the last
     * field that is not an option ({@code name=value}); the database, user and address fields come before it, in a
     * number that depends on the line's type and on whether the address carries its mask apart.
     */
    private static int method(String[] fields) {
        if (fields.length < 4 || !(fields[0].equals("local") || fields[0].startsWith("host"))) {
            return -1;
        }
        for (int i = fields.length - 1; i >= 3; i--) {
            if (!fields[i].contains("=")) {
                return i;
            }
        }
        return -1;
    }

    private static String[] fields(String line) {
        String content = line.replaceFirst("#.*", "").trim();
        return content.isEmpty() ? new String[0] : content.split("\\s+");
    }
}
