package uk.reviewhub.pack;

/**
 * Something wrong with a pack: the file (relative to the packs root, e.g.
 * {@code salford/group-case-review-and-audit.yaml}), the 1-based line, and why.
 */
public record PackProblem(String file, int line, String reason) implements Comparable<PackProblem> {

    @Override
    public int compareTo(PackProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
