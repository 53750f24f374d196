package dev.heartwood.web.learning;

import dev.heartwood.reporting.api.ReportPage;

/**
 * Where a page of a list is among its pages, for the pagination under the list (pages counted from 0); its methods
 * are public for the page to read.
 */
record Paging(int current, int pages) {

    static Paging of(ReportPage<?> page) {
        return new Paging(page.page(), (int) Math.ceil((double) page.total() / page.size()));
    }

    public boolean hasPrevious() {
        return current > 0;
    }

    public boolean hasNext() {
        return current + 1 < pages;
    }
}
