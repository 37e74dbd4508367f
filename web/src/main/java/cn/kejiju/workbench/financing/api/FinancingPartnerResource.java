package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Cooperation;
import cn.kejiju.workbench.financing.EnterpriseLink;
import cn.kejiju.workbench.financing.Partner;
import cn.kejiju.workbench.financing.PartnerKind;
import cn.kejiju.workbench.financing.PartnerService;
import cn.kejiju.workbench.financing.Product;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * The financing platform's partners (guarantee companies, banks, the platform), their cooperation agreements,
 * the products, the limits' settings and related-party links between enterprises.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("financing")
@Tag(name = "Financing partners", description = "Guarantee companies, banks, cooperation agreements, products and the "
        + "limits' settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class FinancingPartnerResource {

    @Inject
    PartnerService partners;

    @Inject
    RequestValidator requests;

    @GET
    @Path("partners")
    @Operation(operationId = "listFinancingPartners", summary = "List partners",
            description = "By kind, then name in pinyin order; guarantee companies with their guarantees in force, "
                    + "liability limit and headroom.")
    @APIResponse(responseCode = "200", description = "Every partner (of the kind)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingPartnerList")))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public PartnerList list(@Parameter(description = "Only partners of this kind") @QueryParam("kind") PartnerKind kind) {
        List<PartnerResponse> items = partners.list(kind).stream().map(PartnerResponse::of).toList();
        return new PartnerList(items, items.size());
    }

    @GET
    @Path("partners/{id}")
    @Operation(operationId = "getFinancingPartner", summary = "Read one partner")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingPartner")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public PartnerResponse get(@PathParam("id") long id) {
        return PartnerResponse.of(partners.summary(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("partners")
    @Operation(operationId = "registerFinancingPartner", summary = "Register a partner",
            description = "City level only (a county caller gets 403).")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingPartner")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response register(PartnerRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Partner registered = partners.register(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(registered.getId())).build();
        return Response.created(location).entity(PartnerResponse.of(partners.summary(registered.getId()))).build();
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @PUT
    @Path("partners/{id}")
    @Operation(operationId = "updateFinancingPartner", summary = "Update a partner",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingPartner")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PartnerResponse update(@PathParam("id") long id, PartnerRequest request) {
        requests.valid(request);
        partners.revise(id, version(request.version), request.toDraft());
        return PartnerResponse.of(partners.summary(id));
    }

    @GET
    @Path("agreements")
    @Operation(operationId = "listCooperations", summary = "List cooperation agreements",
            description = "By guarantee company and start, each with the quota used by guarantees in force.")
    @APIResponse(responseCode = "200", description = "The agreements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CooperationList")))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public CooperationList agreements(@Parameter(description = "Only this guarantee company's") @QueryParam("guarantorId") Long guarantorId) {
        List<CooperationResponse> items = partners.cooperations(guarantorId).stream().map(CooperationResponse::of).toList();
        return new CooperationList(items, items.size());
    }

    @GET
    @Path("agreements/{id}")
    @Operation(operationId = "getCooperation", summary = "Read one cooperation agreement")
    @APIResponse(responseCode = "200", description = "The agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Cooperation")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CooperationResponse agreement(@PathParam("id") long id) {
        return CooperationResponse.of(partners.cooperation(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("agreements")
    @Operation(operationId = "signCooperation", summary = "Record a cooperation agreement",
            description = "A guarantee company with a bank or the platform; city level only.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Cooperation")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response sign(CooperationRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Cooperation signed = partners.sign(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(signed.getId())).build();
        return Response.created(location).entity(CooperationResponse.of(partners.cooperation(signed.getId()))).build();
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @PUT
    @Path("agreements/{id}")
    @Operation(operationId = "updateCooperation", summary = "Change an agreement's quota and validity",
            description = "The parties are fixed. Send the version you read (409 when stale).")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Cooperation")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CooperationResponse updateAgreement(@PathParam("id") long id, CooperationRequest request) {
        requests.valid(request);
        partners.revise(id, version(request.version), request.toDraft());
        return CooperationResponse.of(partners.cooperation(id));
    }

    @GET
    @Path("products")
    @Operation(operationId = "listFinancingProducts", summary = "The financing products")
    @APIResponse(responseCode = "200", description = "Products in their order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingProductList")))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public ReferenceResponses.Products products() {
        return ReferenceResponses.Products.of(partners.products());
    }

    @GET
    @Path("products/{code}")
    @Operation(operationId = "getFinancingProduct", summary = "Read one financing product",
            description = "The code is the product's id; withdrawn products are read too.")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingProductItem")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReferenceResponses.ProductItem product(@PathParam("code") String code) {
        return ReferenceResponses.ProductItem.of(partners.product(code));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("products")
    @Operation(operationId = "defineFinancingProduct", summary = "Add a financing product",
            description = "City level only (a county caller gets 403). The code is unique (409 when taken) and fixed "
                    + "afterwards; a new product is offered to new applications.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingProductItem")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response defineProduct(ProductRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Product defined = partners.defineProduct(request.code, request.name, request.order());
        URI location = uriInfo.getAbsolutePathBuilder().path(defined.getCode()).build();
        return Response.created(location).entity(ReferenceResponses.ProductItem.of(defined)).build();
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @PUT
    @Path("products/{code}")
    @Operation(operationId = "updateFinancingProduct", summary = "Rename, reorder, withdraw or offer again a product",
            description = "City level only. The code is fixed; a withdrawn product stays on the applications that "
                    + "chose it. Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingProductItem")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ReferenceResponses.ProductItem updateProduct(@PathParam("code") String code, ProductRequest request) {
        requests.valid(request);
        long expected = version(request.version);
        boolean active = request.active != null ? request.active : partners.product(code).isActive();
        return ReferenceResponses.ProductItem.of(
                partners.reviseProduct(code, expected, request.name, request.order(), active));
    }

    @GET
    @Path("settings")
    @Operation(operationId = "getFinancingSettings", summary = "The limits' numbers")
    @APIResponse(responseCode = "200", description = "Multiples and one-enterprise shares",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingSettings")))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public ReferenceResponses.Settings settings() {
        return ReferenceResponses.Settings.of(partners.settings());
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    @PUT
    @Path("settings")
    @Operation(operationId = "updateFinancingSettings", summary = "Change the limits' and the loans' numbers",
            description = "City level only; send the version you read (409 when stale). The loans' rounding mode "
                    + "(new instalment tables) and the five categories' day bands stay as they are when absent.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingSettings")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ReferenceResponses.Settings updateSettings(ReferenceResponses.SettingsRequest request) {
        requests.valid(request);
        return ReferenceResponses.Settings.of(partners.changeSettings(request.version, request.standardMultiple,
                request.smallMicroMultiple, request.standardSinglePercent, request.smallMicroSinglePercent,
                request.roundingMode, request.bands()));
    }

    @GET
    @Path("enterprises/{id}/related-parties")
    @Operation(operationId = "listRelatedParties", summary = "An enterprise's related-party links")
    @APIResponse(responseCode = "200", description = "The links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RelatedPartyLinkList")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ReferenceResponses.Links links(@PathParam("id") long id) {
        return new ReferenceResponses.Links(partners.links(id).stream().map(ReferenceResponses.Link::of).toList());
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("enterprises/{id}/related-parties")
    @Operation(operationId = "linkRelatedParty", summary = "Record two enterprises as related parties",
            description = "They count as one for the one-enterprise limit (and so do their own related parties).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RelatedPartyLink")))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response link(@PathParam("id") long id, ReferenceResponses.LinkRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        EnterpriseLink link = partners.link(id, request.relatedId, request.relation);
        return Response.created(uriInfo.getAbsolutePath()).entity(ReferenceResponses.Link.of(link)).build();
    }

    private static long version(Long version) {
        if (version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return version;
    }
}
