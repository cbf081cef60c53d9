/**
 * Invitations (issue 11 item 5): partnership admins invite people by email with a role and
 * optionally a seat; the single-use link (stored hashed, 7 days) is accepted on a public page.
 */
package uk.reviewhub.invitation;
