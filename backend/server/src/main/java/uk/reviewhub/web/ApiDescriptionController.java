package uk.reviewhub.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The API's own description ({@link ApiDescription}), public like the API documentation page
 * beside it ({@code /openapi/docs/}, Swagger UI): it describes the operations and holds no data.
 */
@Controller("/openapi")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class ApiDescriptionController {

    static final String YAML = "application/yaml";

    private final ApiDescription description;

    ApiDescriptionController(ApiDescription description) {
        this.description = description;
    }

    @Get(uri = "/reviewhub.yml", produces = YAML)
    String document() {
        return description.yaml();
    }
}
