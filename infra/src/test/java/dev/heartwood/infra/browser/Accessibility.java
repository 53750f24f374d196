package dev.heartwood.infra.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.List;

/**
 * WCAG 2.2 AA, the standard the public sector accessibility regulations hold schools to, as far as axe-core can
 * tell it in the browser: its rules for levels A and AA of WCAG 2.0, 2.1 and 2.2.
 */
public final class Accessibility {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    /** Fails with each violation, where on the page it is and how to fix it, when axe finds any. */
    public static void assertNoViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe could not check " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(report(page.url(), violations));
        }
    }

    private static String report(String url, List<Rule> violations) {
        StringBuilder report = new StringBuilder("axe found ").append(violations.size())
                .append(violations.size() == 1 ? " kind" : " kinds").append(" of accessibility violation on ")
                .append(url).append(':');
        for (Rule rule : violations) {
            report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append(", see ").append(rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    at ").append(node.getTarget()).append(": ")
                        .append(node.getFailureSummary().replace("\n", " "));
            }
        }
        return report.toString();
    }
}
