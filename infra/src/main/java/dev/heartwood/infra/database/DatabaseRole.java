package dev.heartwood.infra.database;

/**
 * The roles of the embedded database, each with a password of its own (ADR 11). The application works as a role
 * that may add to the event store and the access log but never change or remove what they hold; Flyway works as
 * the role that owns them; the superuser only sets the roles up and hands out the tables after a migration.
 */
enum DatabaseRole {

    SUPERUSER("postgres"),
    OWNER("heartwood_owner"),
    APPLICATION("heartwood");

    private final String roleName;

    DatabaseRole(String roleName) {
        this.roleName = roleName;
    }

    String roleName() {
        return roleName;
    }
}
