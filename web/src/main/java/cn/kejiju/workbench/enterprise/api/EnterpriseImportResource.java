package cn.kejiju.workbench.enterprise.api;

import cn.kejiju.workbench.enterprise.EnterpriseLedgerService;
import cn.kejiju.workbench.ledger.LedgerKind;
import cn.kejiju.workbench.ledger.api.LedgerEndpoints;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The enterprise list imported from an Excel file: template, preview (dry run) and import. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
        Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
@Path("enterprises/imports")
@Tag(name = "Enterprises", description = "Enterprises and organisations (企业/单位)")
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class EnterpriseImportResource {

    @Inject
    EnterpriseLedgerService ledger;

    @Inject
    LedgerEndpoints endpoints;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importEnterprises", summary = "Preview or import an enterprise list from Excel",
            description = "multipart/form-data with the part file: an .xlsx workbook (at most 10 MB, 20,000 rows) whose "
                    + "first sheet has a header row naming the template's columns (title rows above it are skipped). "
                    + "With dryRun=true (the default) every row is checked and answered with its errors in words, "
                    + "nothing stored. With dryRun=false the rows are imported in one transaction: all of them "
                    + "(refused with 422 while any row has an error) or, with validOnly=true, only the valid ones; "
                    + "the answer is the import record with the ids created, and one audit entry names it.")
    @APIResponse(responseCode = "200", description = "The preview (dryRun=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LedgerPreview")))
    @APIResponse(responseCode = "201", description = "Imported (dryRun=false)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LedgerImport")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response upload(@Parameter(description = "The .xlsx file") @FormParam("file") EntityPart file,
                           @Parameter(description = "Only check and answer the preview",
                                   schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                           @QueryParam("dryRun") String dryRun,
                           @Parameter(description = "Import the valid rows and leave out the others",
                                   schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                           @QueryParam("validOnly") String validOnly,
                           @Context HttpHeaders headers) {
        return endpoints.upload(LedgerKind.ENTERPRISE, file, dryRun, validOnly, headers, ledger::preview,
                ledger::importSheet);
    }

    @GET
    @Path("template")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "enterpriseImportTemplate", summary = "Download the enterprise list template",
            description = "The .xlsx template: Chinese headers (required columns marked *), drop-down lists for listed "
                    + "values, an example row on the second sheet. Any Accept header is served.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = LedgerEndpoints.XLSX))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public Response template() {
        return endpoints.template(LedgerKind.ENTERPRISE);
    }
}
