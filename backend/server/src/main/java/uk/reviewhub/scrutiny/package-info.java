/**
 * Independent scrutiny (issue 12): pieces of scrutiny commissioned by the statutory partners and
 * led by the partnership's scrutineers (role {@code SCRUTINEER}), their lifecycle and report clock
 * ({@code scrutiny-report} of the clock catalogue, unless a timescale is agreed), the scrutineers'
 * days (logged against the chair's days allocation of the group the pack names, so one allocation
 * covers chairing and scrutiny), the partnership's versioned observation framework, and
 * observations of frontline practice recorded against a version of it. A partnership turns it on
 * in its pack ({@code scrutiny:}).
 *
 * <ul>
 *   <li>{@code domain}: the rules (lifecycle, who works on a piece, ratings on the framework's scales,
 *       the check for what looks like a name or case number); no HTTP, no API records except vocabularies;</li>
 *   <li>{@code persistence}: jOOQ on the generated schema (tables {@code scrutiny_*} of V25 and
 *       {@code chair_day}), answering domain records;</li>
 *   <li>{@code api}: the controller implementing {@code uk.reviewhub.api.scrutiny.ScrutinyApi};
 *       API records are made there, at the edge.</li>
 * </ul>
 */
package uk.reviewhub.scrutiny;
