package uk.reviewhub.api.casereview;

/** Age bands as in the DfE serious incident notification statistics (care leavers up to 24 since December 2023). */
public enum AgeBand {
    UNDER_1, AGE_1_TO_5, AGE_6_TO_10, AGE_11_TO_15, AGE_16_AND_OVER, CARE_LEAVER_18_TO_24
}
