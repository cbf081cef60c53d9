package uk.reviewhub.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.problem.ConflictException;

import java.io.IOException;

/** Routes that fail on purpose, for the problem+json specs (test environment only). */
@Controller("/test-only/problems")
@Requires(env = Environment.TEST)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProblemTestController {

    @Get("/server-error")
    String serverError() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist; select password_hash from app_user");
    }

    /** A checked exception: no exception handler takes it. */
    @Get("/checked-failure")
    String checkedFailure() throws IOException {
        throw new IOException("could not read /srv/secret_table/password_hash");
    }

    @Get("/conflict")
    String conflict() {
        throw new ConflictException("The group was changed by someone else; reload and try again.");
    }

    @Get("/platform-only")
    @Secured(Roles.PLATFORM_ADMIN)
    String platformOnly() {
        return "ok";
    }
}
