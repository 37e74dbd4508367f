package cn.kejiju.workbench.todo.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.ProblemFactory;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.todo.TodoMessages;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Locale;

/** The caller's open to-do items. Read only: the modules raise and resolve them. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("todo")
@Tag(name = "To-do", description = "Open to-do items (待办) of the caller")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class TodoResource {

    @Inject
    TodoService todo;

    @Inject
    TodoMessages messages;

    @Inject
    ProblemFactory problems;

    @GET
    @Operation(operationId = "listTodo", summary = "List my open to-do items",
            description = "A signed-in user gets the open items addressed to one of the user's roles, within the "
                    + "user's county (a city-level user: every county and the city-level items). An integrator token "
                    + "gets every open item within its county scope, whatever the role. Due items first, soonest "
                    + "first, then the newest. The message is in the language of Accept-Language (Chinese by default).")
    @APIResponse(responseCode = "200", description = "A page of open items with the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TodoPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TodoPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Context HttpHeaders headers) {
        Locale locale = problems.locale(headers);
        LocalDate today = todo.today();
        return PageResponse.of(todo.mine(PageRequest.of(page, size)),
                item -> TodoResponse.of(item, messages.render(item, locale), today), TodoPage::new);
    }
}
