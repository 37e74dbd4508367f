package cn.kejiju.workbench.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The integration API. Its OpenAPI document is served at /openapi by the server: every operation needs
 * an integrator token (HTTP bearer), and the problem responses are defined once here and referred to
 * by name ({@link ApiResponses}); every resource declares the two every operation can answer (401, 429).
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "County S&T Bureau workbench API", version = "1",
                description = "Master data and programme records of a county Science & Technology Bureau. "
                        + "Every call needs an integrator token (Authorization: Bearer …); a token of a county "
                        + "sees only that county's records. Errors are RFC 9457 problem details "
                        + "(application/problem+json). Lists page by number or, where they give a `next` "
                        + "cursor, after it.",
                license = @License(name = "Proprietary: for the bureau's own installations",
                        url = "resources/LICENSE.txt")),
        security = @SecurityRequirement(name = ApiResponses.TOKEN),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = ApiResponses.TOKEN,
                        type = SecuritySchemeType.HTTP, scheme = "bearer",
                        description = "An integrator token issued by the security administrator (wbt_…)"),
                responses = {
                        @APIResponse(name = ApiResponses.BAD_REQUEST, description = "Malformed JSON, a missing body or "
                                + "a parameter that cannot be read; the problem names it",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiResponses.UNAUTHORIZED, description = "No token, or an unknown, expired "
                                + "or revoked one",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiResponses.FORBIDDEN, description = "The token's scope (read only) or "
                                + "the caller's role does not allow this",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiResponses.NOT_FOUND, description = "No such record, or a record of "
                                + "another county (answered alike)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiResponses.CONFLICT, description = "Changed by someone else since the "
                                + "version sent (read it again), or a duplicate",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiResponses.UNPROCESSABLE, description = "A business rule refuses the "
                                + "request; the problem names the field and says which rule, in the caller's language",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiResponses.TOO_MANY_REQUESTS, description = "Over the token's rate "
                                + "limit; Retry-After says when to try again",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
                }))
public class RestApplication extends Application {
}
