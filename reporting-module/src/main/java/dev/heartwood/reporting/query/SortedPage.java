package dev.heartwood.reporting.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One page of rows in the order asked, found without sorting the rows after it: a trust's compliance matrix has
 * some 30,000 rows and a page 100 by default, and sorting them all took some 15 % of the request's time.
 */
public final class SortedPage {

    private SortedPage() {
    }

    /** The rows {@code page * size} to {@code (page + 1) * size - 1} of {@code rows} sorted by {@code order}. */
    public static <T> List<T> of(List<T> rows, Comparator<? super T> order, int page, int size) {
        long from = (long) page * size;
        if (from >= rows.size()) {
            return List.of();
        }
        int through = (int) Math.min(rows.size(), from + size);
        // the first rows so far, the last of them on top, where the next row that comes before it replaces it
        PriorityQueue<T> first = new PriorityQueue<>(through, order.reversed());
        for (T row : rows) {
            if (first.size() < through) {
                first.add(row);
            } else if (order.compare(row, first.peek()) < 0) {
                first.poll();
                first.add(row);
            }
        }
        List<T> sorted = new ArrayList<>(first);
        sorted.sort(order);
        return sorted.subList((int) from, through);
    }
}
