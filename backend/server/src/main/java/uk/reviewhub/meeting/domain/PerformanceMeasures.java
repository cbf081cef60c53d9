package uk.reviewhub.meeting.domain;

import java.util.Objects;

/**
 * The traffic light of a performance measure: a share of things done ({@code met} of {@code of})
 * against a target percentage from the terms of reference. GREEN at or above the target; AMBER
 * within {@link #AMBER_BAND} points below it; RED further below; NO_DATA when there was nothing
 * to measure. Pure: no framework.
 */
public final class PerformanceMeasures {

    /** How far below the target (in percentage points) is still AMBER. */
    public static final int AMBER_BAND = 10;
    /** The target where the terms of reference name the measure without one ("always"). */
    public static final int DEFAULT_TARGET = 100;

    public enum Light { GREEN, AMBER, RED, NO_DATA }

    /** One measure's result; {@code valuePercent} is null with nothing to measure. */
    public record Result(String code, String label, Integer valuePercent, int met, int of, int targetPercent, Light light,
                         String text) {
    }

    private PerformanceMeasures() {
    }

    public static Light light(int met, int of, int targetPercent) {
        if (met < 0 || of < 0 || met > of) {
            throw new IllegalArgumentException("met " + met + " of " + of);
        }
        if (of == 0) {
            return Light.NO_DATA;
        }
        // Compared exactly, without rounding: met/of >= target/100.
        if (100L * met >= (long) targetPercent * of) {
            return Light.GREEN;
        }
        if (100L * met >= (long) (targetPercent - AMBER_BAND) * of) {
            return Light.AMBER;
        }
        return Light.RED;
    }

    /** The percentage, rounded half up, or null with nothing to measure. */
    public static Integer percent(int met, int of) {
        return of == 0 ? null : (int) ((200L * met + of) / (2L * of));
    }

    /**
     * @param counted what is counted, e.g. "planned meetings held"
     * @param none    the sentence when there was nothing to measure
     */
    public static Result measure(String code, String label, int met, int of, int targetPercent, String counted, String none) {
        Objects.requireNonNull(code, "code");
        Light light = light(met, of, targetPercent);
        Integer value = percent(met, of);
        String text = switch (light) {
            case NO_DATA -> none;
            case GREEN -> met + " of " + of + " " + counted + " (" + value + "%): on target (" + targetPercent + "%).";
            case AMBER -> met + " of " + of + " " + counted + " (" + value + "%): just below the target of " + targetPercent + "%.";
            case RED -> met + " of " + of + " " + counted + " (" + value + "%): below the target of " + targetPercent + "%.";
        };
        return new Result(code, label, value, met, of, targetPercent, light, text);
    }
}
