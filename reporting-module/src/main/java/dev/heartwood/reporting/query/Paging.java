package dev.heartwood.reporting.query;

/**
 * Which page of a list or report a request asks for: {@code page} counts from 0, {@code size} rows each, the same
 * defaults and bounds on every endpoint. An endpoint takes it as a parameter; {@link ReadParameters} reads it.
 */
public record Paging(int page, int size) {

    public static final int FIRST_PAGE = 0;
    public static final int DEFAULT_SIZE = 100;
    public static final int LARGEST_SIZE = 1000;
}
