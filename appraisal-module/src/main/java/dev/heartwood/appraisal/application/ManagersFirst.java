package dev.heartwood.appraisal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order in which to import a file's rows: every line manager named in the file goes before the rows they
 * manage, and otherwise the file's order is kept. Rows whose line managers in the file manage each other in a loop
 * cannot go in any order, so they are set aside.
 *
 * @param rows  the rows in no loop, in the order to import them
 * @param loops each loop's rows, each row managed by the next and the last by the first
 */
record ManagersFirst(List<StaffRow> rows, List<List<StaffRow>> loops) {

    /** @param rows rows with distinct MIS ids */
    static ManagersFirst of(List<StaffRow> rows) {
        Map<String, StaffRow> byExternalId = rows.stream()
                .collect(Collectors.toMap(StaffRow::externalId, Function.identity()));
        Set<String> placed = new HashSet<>();
        List<StaffRow> order = new ArrayList<>();
        List<List<StaffRow>> loops = new ArrayList<>();
        for (StaffRow row : rows) {
            // walk up through the row's managers in the file until one is already placed, is not in the file,
            // or is met again on this walk (a loop); each row is walked once, however long the chain
            List<StaffRow> chain = new ArrayList<>();
            Map<String, Integer> positionInChain = new HashMap<>();
            StaffRow current = row;
            while (current != null && !placed.contains(current.externalId())
                    && !positionInChain.containsKey(current.externalId())) {
                positionInChain.put(current.externalId(), chain.size());
                chain.add(current);
                current = current.lineManagerExternalId() == null
                        ? null : byExternalId.get(current.lineManagerExternalId());
            }
            int loopStart = current == null ? chain.size()
                    : positionInChain.getOrDefault(current.externalId(), chain.size());
            if (loopStart < chain.size()) {
                loops.add(List.copyOf(chain.subList(loopStart, chain.size())));
            }
            for (int index = loopStart - 1; index >= 0; index--) {
                order.add(chain.get(index));
            }
            chain.forEach(walked -> placed.add(walked.externalId()));
        }
        return new ManagersFirst(order, loops);
    }
}
