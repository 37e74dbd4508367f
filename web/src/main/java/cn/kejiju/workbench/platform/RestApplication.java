package cn.kejiju.workbench.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The integration API. Its OpenAPI document is served at /openapi by the server. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "County S&T Bureau workbench API", version = "1",
                description = "Master data and programme records of a county Science & Technology Bureau. "
                        + "Errors are RFC 9457 problem details (application/problem+json)."))
public class RestApplication extends Application {
}
