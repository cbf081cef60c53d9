package uk.reviewhub;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

@OpenAPIDefinition(
        info = @Info(title = "Review Hub", version = "0.1",
                description = "Case review work for local safeguarding children partnerships. "
                        + "Errors are application/problem+json (RFC 9457). Browsable at /openapi/docs/index.html."),
        servers = @Server(url = "/", description = "The backend that serves this document"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static void main(String[] args) {
        // jOOQ's banner and tip of the day: logged at every start, and not worth its time there.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // No bootstrap context (no distributed configuration is used): saves looking through every
        // bean definition for a bootstrap property source at start. No banner: in production standard
        // output carries only JSON log lines (logback-json.xml), and the banner is not one.
        Micronaut.build(args).mainClass(Application.class).bootstrapEnvironment(false).banner(false).start();
    }
}
