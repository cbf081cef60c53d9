package uk.reviewhub.ui.backend;

import io.micronaut.http.HttpResponse;
import uk.reviewhub.api.ApiPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reading paged lists: every row, or the rows of an offset and limit (as a lazy grid asks) over fixed-size pages. */
public final class Pages {

    /** The largest page the backend serves. */
    public static final int LARGEST = ApiPaths.MAX_PAGE_SIZE;

    private Pages() {
    }

    /** A paged list's answer as a page: its rows, and the total from {@link ApiPaths#TOTAL_COUNT_HEADER} (else the rows). */
    public static <T> Page<T> of(HttpResponse<List<T>> response) {
        List<T> rows = response.getBody().orElse(List.of());
        String total = response.getHeaders().get(ApiPaths.TOTAL_COUNT_HEADER);
        return new Page<>(rows, total == null || !total.trim().matches("\\d{1,18}") ? rows.size() : Long.parseLong(total.trim()));
    }

    /** A page fetcher: page number (from 0) and size to a page. */
    @FunctionalInterface
    public interface Fetch<T> {
        Page<T> page(int page, int size);
    }

    /** Every row, page by page of {@code size}. */
    public static <T> List<T> all(Fetch<T> fetch, int size) {
        List<T> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> current = fetch.page(page, size);
            rows.addAll(current.rows());
            if (current.rows().size() < size || rows.size() >= current.total()) {
                return rows;
            }
        }
    }

    /** The rows from {@code offset}, at most {@code limit}, read as pages of {@code size}. */
    public static <T> Stream<T> slice(Fetch<T> fetch, int offset, int limit, int size) {
        if (limit <= 0) {
            return Stream.empty();
        }
        int first = offset / size;
        int last = (offset + limit - 1) / size;
        List<T> rows = new ArrayList<>();
        for (int page = first; page <= last; page++) {
            List<T> pageRows = fetch.page(page, size).rows();
            rows.addAll(pageRows);
            if (pageRows.size() < size) {
                break;
            }
        }
        int from = Math.min(offset - first * size, rows.size());
        return rows.subList(from, Math.min(from + limit, rows.size())).stream();
    }
}
