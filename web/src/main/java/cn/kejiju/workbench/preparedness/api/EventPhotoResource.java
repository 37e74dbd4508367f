package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.UploadedParts;
import cn.kejiju.workbench.preparedness.EventPhoto;
import cn.kejiju.workbench.preparedness.EventPhotoService;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
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

/** Photos of a publicity event: attached while it awaits approval, read by whoever sees the event. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/events/{id}/photos")
@Tag(name = "Preparedness events")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class EventPhotoResource {

    @Inject
    EventPhotoService photos;

    @GET
    @Operation(operationId = "listPublicityEventPhotos", summary = "The photos of an event")
    @APIResponse(responseCode = "200", description = "The photos, without their bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicityEventPhotoList")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public EventPhotoResponse.Photos list(@PathParam("id") long id) {
        return new EventPhotoResponse.Photos(photos.photos(id).stream().map(p -> EventPhotoResponse.of(p, id)).toList());
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachPublicityEventPhoto", summary = "Attach a photo to an event",
            description = "multipart/form-data with the part file: JPEG or PNG (decided by the first bytes), at most "
                    + EventPhoto.MAX_MEGABYTES + " MB, " + EventPhoto.MAX_PER_EVENT + " per event; only before "
                    + "approval (409).")
    @APIResponse(responseCode = "201", description = "Attached; Location names the photo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicityEventPhoto")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response attach(@PathParam("id") long id, @Parameter(description = "The photo") @FormParam("file") EntityPart file,
                           @Context UriInfo uriInfo) {
        byte[] bytes = UploadedParts.readUpTo(file, EventPhoto.MAX_MEGABYTES * 1024L * 1024L + 1);
        EventPhoto photo = photos.attach(id, UploadedParts.fileName(file), bytes);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(photo.getId())).build();
        return Response.created(location).entity(EventPhotoResponse.of(photo, id)).build();
    }

    @GET
    @Path("{photoId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getPublicityEventPhoto", summary = "The bytes of a photo",
            description = "As uploaded, with their detected Content-Type and the name in Content-Disposition.")
    @APIResponse(responseCode = "200", description = "The photo",
            content = {@Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        EventPhotoService.Photo photo = photos.photo(id, photoId);
        return Response.ok(photo.bytes(), photo.photo().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(photo.photo().getFileName()))
                .header(HttpHeaders.CONTENT_LENGTH, photo.bytes().length)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @DELETE
    @Path("{photoId}")
    @Operation(operationId = "removePublicityEventPhoto", summary = "Remove a photo",
            description = "Only before the event's approval (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response remove(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        photos.remove(id, photoId);
        return Response.noContent().build();
    }
}
