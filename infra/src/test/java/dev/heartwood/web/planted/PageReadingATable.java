package dev.heartwood.web.planted;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A planted violation: the pages ask the query API, and never read a table themselves. */
public class PageReadingATable {

    private final JdbcClient tables;

    public PageReadingATable(JdbcClient tables) {
        this.tables = tables;
    }

    public long staff() {
        return tables.sql("select count(*) from staff_directory").query(Long.class).single();
    }
}
