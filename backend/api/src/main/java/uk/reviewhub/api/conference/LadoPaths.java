package uk.reviewhub.api.conference;

/**
 * The paths of the LADO log (allegations against people who work with children), shared by
 * {@link LadoApi}, its controller and the UI.
 */
public final class LadoPaths {
    /** {@code GET}: the log (a chair: the allegations whose meeting they chair); {@code POST}: record a referral. */
    public static final String ALLEGATIONS = "/api/safeguarding/allegations";
    /** {@code GET}: one allegation with its referral clock, meeting, actions and outcome; {@code PUT}: change its details. */
    public static final String ALLEGATION = "/api/safeguarding/allegations/{allegationId}";
    /** {@code POST}: an action agreed at the strategy meeting (what, who, by when). */
    public static final String ALLEGATION_ACTIONS = "/api/safeguarding/allegations/{allegationId}/actions";
    /** {@code PUT}: the outcome (the chair's). */
    public static final String ALLEGATION_OUTCOME = "/api/safeguarding/allegations/{allegationId}/outcome";
    /** {@code PUT}: an action done. */
    public static final String ALLEGATION_ACTION = "/api/safeguarding/allegation-actions/{actionId}";

    private LadoPaths() {
    }
}
