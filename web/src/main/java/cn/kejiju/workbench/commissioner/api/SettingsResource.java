package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The commissioner programme's settings. Any token reads them; changing them is the system
 * administrator's (on the administration page), so a PUT with an integrator token is answered 403.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("commissioner-settings")
@Tag(name = "Commissioner settings", description = "Eligibility, load cap, quota, scoring weights and bands, evidence size")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class SettingsResource {

    @Inject
    CommissionerService commissioners;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "getCommissionerSettings", summary = "Read the programme's settings")
    @APIResponse(responseCode = "200", description = "The settings with their version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommissionerSettings")))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public SettingsResponse get() {
        return SettingsResponse.of(commissioners.settings());
    }

    @PUT
    @Operation(operationId = "updateCommissionerSettings", summary = "Change the programme's settings",
            description = "System administrators only: integrator tokens (API_READ / API_WRITE) are refused with 403; "
                    + "the settings are edited on the administration page. Send the version read.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommissionerSettings")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public SettingsResponse update(SettingsRequest request) {
        requests.valid(request);
        return SettingsResponse.of(commissioners.reviseSettings(request.version, request.toValues()));
    }
}
