package uk.reviewhub.tenancy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Minimal mapping of the partnership table, for probing the tenant binding through Micronaut Data. */
@MappedEntity("partnership")
record PartnershipRow(@Id UUID tenantId, String slug, String name, String shortName) {
}
