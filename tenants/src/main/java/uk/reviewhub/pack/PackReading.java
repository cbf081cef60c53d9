package uk.reviewhub.pack;

import java.util.List;

/** The outcome of reading something from the packs: a value, or the problems that stopped it (never both). */
public record PackReading<T>(String name, T value, List<PackProblem> problems) {

    public PackReading {
        problems = problems.stream().sorted().toList();
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a reading has a value or problems, not both");
        }
    }

    static <T> PackReading<T> of(String name, T value) {
        return new PackReading<>(name, value, List.of());
    }

    static <T> PackReading<T> failed(String name, List<PackProblem> problems) {
        return new PackReading<>(name, null, problems);
    }

    public boolean valid() {
        return value != null;
    }
}
