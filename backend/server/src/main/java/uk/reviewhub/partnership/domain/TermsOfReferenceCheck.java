package uk.reviewhub.partnership.domain;

import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;

import java.util.List;

/**
 * A check another feature makes of an edited terms of reference before it is saved (e.g. that the
 * meetings feature can expand the cadence's RRULE), so that this feature need not depend on it.
 * {@link TermsOfReferenceEditor} runs every such bean.
 */
public interface TermsOfReferenceCheck {

    /** Each problem as a sentence for the admin; empty when there is none. */
    List<String> problems(TermsOfReferenceUpdate update);
}
