/**
 * The closed vocabularies of the product, defined once: the pack reader ({@code tenants}), the
 * backend's domain and persistence, the API records and the UI all use these enums, and the
 * database's CHECK constraints list the same names. JSON carries each value by its name
 * ({@code "VICE_CHAIR"}); {@code label()} is the value in words for people where the UI shows it.
 * {@code FinancialYear} lives here too: the one definition of April to March and of its label.
 */
package uk.reviewhub.api.vocabulary;
