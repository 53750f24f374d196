package dev.heartwood.web.report;

import org.springframework.ui.Model;

import java.util.function.IntFunction;

/**
 * Where a page of a report's rows stands among them all, as the paging fragment of {@code report/parts.html} shows it:
 * the first and last row shown, how many pages there are, and links to the pages either side.
 */
final class PageOfRows {

    /** A link to a page of rows; {@code number} counts from 1, as the reader does. */
    record PageLink(String href, int number) {
    }

    private PageOfRows() {
    }

    /** The page an address asks for, from 0; the first when it asks for none, or for one no link would name. */
    static int asked(String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }

    /**
     * @param page    the page shown, from 0
     * @param shown   how many rows it shows
     * @param address the address of a page, from 0
     */
    static void addTo(Model model, int page, int size, long total, int shown, IntFunction<String> address) {
        int pages = (int) ((total + size - 1) / size);
        model.addAttribute("total", total);
        model.addAttribute("first", total == 0 ? 0 : (long) page * size + 1);
        model.addAttribute("last", (long) page * size + shown);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", page > 0 ? new PageLink(address.apply(page - 1), page) : null);
        model.addAttribute("next", page + 1 < pages ? new PageLink(address.apply(page + 1), page + 2) : null);
    }
}
