/**
 * The safeguarding service: child protection conferences and looked-after children's reviews,
 * chaired per child by Safeguarding and Reviewing Chairs (roles {@code SAFEGUARDING_CHAIR},
 * {@code SAFEGUARDING_MANAGER}, {@code SAFEGUARDING_SUPPORT}). A partnership turns it on in its
 * pack ({@code safeguardingService:}); its timescales are clocks of the catalogue and its quorum
 * the service group's terms of reference. The LADO log, and the Issue Resolution Process (the pack's
 * {@code issueResolution:}: stages with their clocks, tables {@code irp_*} of V37), are part of it.
 *
 * <ul>
 *   <li>{@code domain}: children (minimal data), allocation of chairs, episodes and their chains
 *       of clocks, conferences and reviews, records; no HTTP, no API records except vocabularies;</li>
 *   <li>{@code persistence}: jOOQ on the generated schema (tables {@code cp_*} of V18), answering
 *       domain records;</li>
 *   <li>{@code api}: the controller implementing {@code uk.reviewhub.api.conference.SafeguardingApi};
 *       API records are made there, at the edge.</li>
 * </ul>
 */
package uk.reviewhub.conference;
