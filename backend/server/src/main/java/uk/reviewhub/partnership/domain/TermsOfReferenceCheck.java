package uk.reviewhub.partnership.domain;

import uk.reviewhub.pack.TermsOfReference;

import java.util.List;

/**
 * A check another feature makes of an edited terms of reference (once the pack's rules found no
 * problem) before it is saved, so that this
 * feature need not depend on it. {@link TermsOfReferenceEditor} runs every such bean after the
 * pack's rules ({@code uk.reviewhub.pack.TermsOfReferenceRules}, which now hold the cadence check
 * the meetings feature used to make here); none is needed today.
 */
public interface TermsOfReferenceCheck {

    /** Each problem as a sentence for the admin; empty when there is none. */
    List<String> problems(TermsOfReference terms);
}
