package dev.heartwood.reporting.query;

import org.springframework.beans.BeanUtils;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps each row of one query's result to a record whose components are its columns in camel case
 * ({@code academic_year} gives {@code academicYear}), finding the columns once, from the first row.
 * <p>
 * Spring's own record mapper ({@code JdbcClient.query(Class)}) asks the driver for each component by its camel-case
 * name first and, when there is no such column, catches the driver's exception and asks again by the snake-case
 * name: an exception with its stack trace for nearly every value of every row. The trust's objectives-and-learning
 * report (750 rows of 18 columns) spent over 100 ms of its 140 in those exceptions.
 */
public final class RecordRows<R extends Record> implements RowMapper<R> {

    private final Class<R> type;
    private final RecordComponent[] components;
    private final Constructor<R> constructor;
    private int[] columns;

    private RecordRows(Class<R> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
    }

    /** A mapper for one query's rows (it keeps where that query's columns are, so it is not shared). */
    public static <R extends Record> RowMapper<R> of(Class<R> type) {
        return new RecordRows<>(type);
    }

    @Override
    public R mapRow(ResultSet row, int rowNumber) throws SQLException {
        if (columns == null) {
            columns = columnsOf(row.getMetaData());
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = JdbcUtils.getResultSetValue(row, columns[i], components[i].getType());
        }
        // a NULL for a primitive component becomes its default, as with Spring's mapper
        return BeanUtils.instantiateClass(constructor, values);
    }

    private int[] columnsOf(ResultSetMetaData metaData) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        for (int column = metaData.getColumnCount(); column >= 1; column--) {
            byName.put(comparable(JdbcUtils.lookupColumnName(metaData, column)), column);
        }
        int[] found = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            Integer column = byName.get(comparable(components[i].getName()));
            if (column == null) {
                throw new InvalidDataAccessApiUsageException(
                        "The query has no column for " + type.getSimpleName() + "." + components[i].getName());
            }
            found[i] = column;
        }
        return found;
    }

    /** {@code academic_year}, {@code academicYear} and {@code ACADEMIC_YEAR} alike. */
    private static String comparable(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
