package uk.reviewhub.national.domain;

import uk.reviewhub.pack.NationalLearningThemes;

import java.util.ArrayList;
import java.util.List;

/**
 * The national figures, each with its definition in words: the measures the database counts
 * ({@code figure_counts} in V19) and their categories. A dimension that is a partition has categories
 * that add up to the measure's total; a characteristic the product does not hold (disability) is
 * listed so that its cells say {@code z} (not applicable: nothing is recorded to count), not nothing.
 */
public final class Measures {

    public record Category(String code, String label) {
    }

    public record Dimension(String code, String label, boolean partition, boolean held, List<Category> categories) {
    }

    public record Measure(String code, String label, String definition, List<Dimension> dimensions) {
        public Dimension dimension(String code) {
            return dimensions.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        }
    }

    public static final String ALL = "all";

    private static final List<Measure> MEASURES = build();

    private Measures() {
    }

    public static List<Measure> all() {
        return MEASURES;
    }

    public static Measure measure(String code) {
        return MEASURES.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private static Dimension dim(String code, String label, String... pairs) {
        return dimension(code, label, true, true, pairs);
    }

    private static Dimension dimension(String code, String label, boolean partition, boolean held, String... pairs) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            categories.add(new Category(pairs[i], pairs[i + 1]));
        }
        return new Dimension(code, label, partition, held, categories);
    }

    private static Dimension total(String label) {
        return dim(ALL, label, ALL, label);
    }

    private static List<Measure> build() {
        List<String> themes = new ArrayList<>();
        NationalLearningThemes.load().forEach(t -> {
            themes.add(t.code());
            themes.add(t.title());
        });
        return List.of(
                new Measure("notifications", "Serious incident notifications",
                        "Serious incident notifications sent to the National Panel in the period (by the day sent), "
                                + "by the incident's nature and the child's characteristics the product holds. Rates are per "
                                + "10,000 children aged 0 to 17 in the area's population estimate. Disability is z (not "
                                + "applicable): the product keeps the minimum about a child and does not record a disability, "
                                + "so there is nothing to count.",
                        List.of(total("All notifications"),
                                dim("nature", "Nature of the incident", "death", "Death", "serious-harm", "Serious harm",
                                        "other", "Other"),
                                dim("age-band", "Age of the child", "under-1", "Under 1", "age-1-to-5", "1 to 5",
                                        "age-6-to-10", "6 to 10", "age-11-to-15", "11 to 15", "age-16-and-over", "16 and over",
                                        "care-leaver-18-to-24", "Care leaver 18 to 24"),
                                dim("sex", "Sex of the child", "female", "Female", "male", "Male", "unknown", "Not known"),
                                dim("ethnicity", "Ethnicity of the child", "white", "White", "mixed", "Mixed", "asian", "Asian",
                                        "black", "Black", "other", "Other", "unknown", "Not known"),
                                dimension("disability", "Disability of the child", true, false, "disabled", "Disabled"),
                                dim("cp-plan", "Child protection plan", "yes", "On a plan", "no", "Not on a plan"),
                                dim("looked-after", "Looked after", "yes", "Looked after", "no", "Not looked after"))),
                new Measure("rapid-reviews", "Rapid reviews sent within 15 working days",
                        "Rapid reviews sent to the National Panel, for the notifications of the period, and how many were "
                                + "sent within 15 working days of the notification (England and Wales working days).",
                        List.of(total("Rapid reviews sent"),
                                dim("timeliness", "Sent", "on-time", "Within 15 working days", "late", "Later"))),
                new Measure("decisions", "The partners' decisions",
                        "The safeguarding partners' decisions made in the period: a local child safeguarding practice "
                                + "review (LCSPR), another learning review (concise review, multi-agency audit, case of "
                                + "concern), or no review.",
                        List.of(total("Decisions"),
                                dim("decision", "Decision", "lcspr", "LCSPR", "other-review", "Other learning review",
                                        "none", "No review"))),
                new Measure("lcspr-publication", "LCSPRs published within 6 months",
                        "LCSPRs published in the period, and how many were published within 6 months of being commissioned.",
                        List.of(total("LCSPRs published"),
                                dim("timeliness", "Published", "on-time", "Within 6 months", "late", "Later"))),
                new Measure("final-report", "Final reports sent at least 7 working days before publication",
                        "Reviews published in the period whose final report went to the National Panel, and how many "
                                + "went at least 7 working days before publication.",
                        List.of(total("Final reports sent"),
                                dim("timeliness", "Sent", "on-time", "At least 7 working days before", "late", "Later"))),
                new Measure("cap-actions", "Composite Action Plan actions",
                        "Composite Action Plan actions due in the period: completed by their due date, completed later, "
                                + "open and overdue, or open and not yet due.",
                        List.of(total("Actions due"),
                                dim("cap-status", "Status", "completed-on-time", "Completed on time", "completed-late",
                                        "Completed late", "overdue", "Overdue", "not-yet-due", "Not yet due"))),
                new Measure("meetings", "Meetings held and quorate",
                        "Meetings of the partnership's review groups held in the period (by the day held), and whether the "
                                + "attendance recorded made each quorate under its group's own terms of reference.",
                        List.of(total("Meetings held"),
                                dim("quorum", "Quorum", "quorate", "Quorate", "not-quorate", "Not quorate",
                                        "not-recorded", "Quorum not recorded"))),
                new Measure("minutes", "Minutes circulated on time",
                        "Minutes of the meetings held in the period whose group's terms of reference set a deadline for "
                                + "circulating them (so many working days after the meeting), counted once circulated or "
                                + "past the deadline: circulated by the deadline, or later (or not yet, though past it). "
                                + "Groups whose terms set no such deadline are not counted.",
                        List.of(total("Minutes due for circulation"),
                                dim("timeliness", "Circulated", "on-time", "By the group's deadline", "late", "Later or not yet"))),
                new Measure("initial-conferences", "Initial child protection conferences within 15 working days",
                        "Initial child protection conferences held in the period (the first held for each child protection "
                                + "episode; pre-birth conferences, which have their own timescale, are not counted), and how "
                                + "many were held within 15 working days of the strategy discussion (England and Wales "
                                + "working days). Only partnerships that run their conferences in the product have any.",
                        List.of(total("Initial conferences held"),
                                dim("timeliness", "Held", "on-time", "Within 15 working days", "late", "Later"))),
                new Measure("reviews", "Learning themes",
                        "Reviews commissioned in the period, and how many name each national learning theme (a review "
                                + "may name several, so the shares do not add up to 100%).",
                        List.of(total("Reviews commissioned"),
                                dimension("learning-theme", "Learning theme", false, true, themes.toArray(String[]::new)))));
    }
}
