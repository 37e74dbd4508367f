package cn.kejiju.workbench.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

import java.util.Set;

/**
 * Validates request bodies explicitly. Bean Validation annotations on resource-method parameters
 * would be the usual way, but Payara's OpenAPI generator fails on them (payara/Payara#7649), so
 * resources call this instead; the outcome is the same 400 problem naming every invalid field.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    public <T> T valid(T request) {
        if (request == null) {
            throw new BadRequestException("A request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
