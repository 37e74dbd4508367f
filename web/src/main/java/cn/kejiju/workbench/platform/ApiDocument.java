package cn.kejiju.workbench.platform;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the OpenAPI document (registered as {@code mp.openapi.filter}): every operation can answer
 * 401 (no usable token) and 429 (over the token's rate limit), referred to by name; and a schema keeps
 * {@code exclusiveMinimum}/{@code exclusiveMaximum} only beside the bound they qualify (the server writes
 * the annotation's default, {@code false}, on every schema, which validators reject).
 */
public class ApiDocument implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null) {
            if (operation.getResponses().getAPIResponse("401") == null) {
                operation.getResponses().addAPIResponse("401",
                        OASFactory.createAPIResponse().ref(ApiResponses.UNAUTHORIZED));
            }
            if (operation.getResponses().getAPIResponse("429") == null) {
                operation.getResponses().addAPIResponse("429",
                        OASFactory.createAPIResponse().ref(ApiResponses.TOO_MANY_REQUESTS));
            }
        }
        return operation;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (schema.getMinimum() == null) {
            schema.setExclusiveMinimum(null);
        }
        return schema;
    }
}
