package uk.reviewhub.ui.casereview;

import uk.reviewhub.api.casereview.AgeBand;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.api.casereview.Ethnicity;
import uk.reviewhub.api.casereview.Nature;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.api.casereview.Sex;

/** The words people use for the API's codes. */
public final class Labels {

    private Labels() {
    }

    public static String of(CaseOrigin origin) {
        return origin == null ? "" : switch (origin) {
            case REFERRAL -> "Referral from an agency";
            case SIN -> "Serious incident notification (SIN)";
        };
    }

    public static String of(Nature nature) {
        return nature == null ? "" : switch (nature) {
            case DEATH -> "Death";
            case SERIOUS_HARM -> "Serious harm";
            case OTHER -> "Other";
        };
    }

    public static String of(AgeBand band) {
        return band == null ? "" : switch (band) {
            case UNDER_1 -> "Under 1";
            case AGE_1_TO_5 -> "1 to 5";
            case AGE_6_TO_10 -> "6 to 10";
            case AGE_11_TO_15 -> "11 to 15";
            case AGE_16_AND_OVER -> "16 and over";
            case CARE_LEAVER_18_TO_24 -> "Care leaver, 18 to 24";
        };
    }

    public static String of(Sex sex) {
        return sex == null ? "" : switch (sex) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case UNKNOWN -> "Not known";
        };
    }

    public static String of(Ethnicity ethnicity) {
        return ethnicity == null ? "" : switch (ethnicity) {
            case WHITE -> "White";
            case MIXED -> "Mixed or multiple ethnic groups";
            case ASIAN -> "Asian or Asian British";
            case BLACK -> "Black, African, Caribbean or Black British";
            case OTHER -> "Other ethnic group";
            case UNKNOWN -> "Not known";
        };
    }

    public static String of(ReviewKind kind) {
        return kind == null ? "" : switch (kind) {
            case LCSPR -> "Local child safeguarding practice review (LCSPR)";
            case CONCISE_REVIEW -> "Concise review";
            case MULTI_AGENCY_AUDIT -> "Multi-agency audit";
            case CASE_OF_CONCERN -> "Case of concern";
            case NO_REVIEW -> "No review";
        };
    }

    public static String of(CaseStage stage) {
        return stage == null ? "" : switch (stage) {
            case REFERRED -> "Referred";
            case NOTIFIED -> "SIN sent";
            case RAPID_REVIEW -> "Rapid review";
            case WITH_PANEL -> "With the National Panel";
            case DECIDED -> "Decided";
            case REVIEW_IN_PROGRESS -> "Review in progress";
            case PUBLISHED -> "Published";
            case CLOSED -> "Closed";
        };
    }

    public static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
