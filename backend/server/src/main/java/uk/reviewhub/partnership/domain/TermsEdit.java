package uk.reviewhub.partnership.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An admin's new version of a group's terms of reference, written over {@code version} (the version
 * the editor read): {@code terms} in the pack's shape of a terms of reference (absent values left
 * out), as the pack's rules read it, so that an edit and a pack get the same answers.
 */
public record TermsEdit(int version, JsonNode terms) {
}
