package uk.reviewhub.tenancy;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a connection says about itself: the bound tenant setting and its server process id. */
@Introspected
@Serdeable
record ConnectionProbe(@Nullable String tenant, int pid) {
}
