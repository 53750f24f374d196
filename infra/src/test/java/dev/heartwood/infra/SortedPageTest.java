package dev.heartwood.infra;

import dev.heartwood.reporting.query.SortedPage;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SortedPageTest {

    private record Row(String name, int id) {
    }

    private static final Comparator<Row> BY_NAME_THEN_ID = Comparator.comparing(Row::name).thenComparing(Row::id);

    @Test
    void everyPageIsTheSliceOfTheWholeSortOrNothingPastTheEnd() {
        Random random = new Random(7);
        // names repeat, so that the order falls back on the identifier as the matrix's sorts do
        List<Row> rows = IntStream.range(0, 237)
                .mapToObj(id -> new Row("name " + random.nextInt(40), id))
                .toList();
        List<Row> sorted = rows.stream().sorted(BY_NAME_THEN_ID).toList();

        for (int size : List.of(1, 10, 50, 237, 500)) {
            for (int page = 0; page * size < rows.size(); page++) {
                List<Row> slice = sorted.subList(page * size, Math.min(rows.size(), (page + 1) * size));
                assertThat(SortedPage.of(rows, BY_NAME_THEN_ID, page, size)).as("page %d of %d", page, size)
                        .containsExactlyElementsOf(slice);
            }
            assertThat(SortedPage.of(rows, BY_NAME_THEN_ID, (rows.size() + size - 1) / size, size)).isEmpty();
        }
        assertThat(SortedPage.of(rows, BY_NAME_THEN_ID, Integer.MAX_VALUE, 500)).isEmpty();
        assertThat(SortedPage.of(List.<Row>of(), BY_NAME_THEN_ID, 0, 50)).isEmpty();
    }
}
