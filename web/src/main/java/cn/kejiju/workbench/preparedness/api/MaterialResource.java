package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.MaterialService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The counties' stocks of publicity material and receipts into them. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/materials")
@Tag(name = "Preparedness materials", description = "Stocks of publicity material per county and kind")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class MaterialResource {

    @Inject
    MaterialService materials;

    @Inject
    RequestValidator requests;

    @GET
    @Path("stock")
    @Operation(operationId = "listMaterialStock", summary = "The stock of every kind a county has received",
            description = "By county and kind; a kind never received is not listed (its stock is 0).")
    @APIResponse(responseCode = "200", description = "The stocks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MaterialStockList")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public StockList stock(@Parameter(description = "Only this county") @QueryParam("countyId") Long countyId) {
        return new StockList(materials.stocks(countyId).stream().map(StockResponse::of).toList());
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Path("receipts")
    @Operation(operationId = "receiveMaterial", summary = "Receive copies into a county's stock")
    @APIResponse(responseCode = "200", description = "Received; the stock after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MaterialStock")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public StockResponse receive(ReceiptRequest request) {
        requests.valid(request);
        return StockResponse.of(materials.receive(request.countyId, request.kind, request.quantity,
                request.receivedOn, request.note));
    }
}
