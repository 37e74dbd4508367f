package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API becomes a problem detail: bad input 400, a role the caller lacks 403 (and
 * an entry in the audit trail), unknown record 404, conflicts 409, business rules 422, and anything
 * unforeseen a 500 that names a log reference but never shows a stack trace. One class per exception
 * family, because JAX-RS picks mappers by exception type.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /**
     * The problem's instance: the request's path below the API root, with one leading slash whether the
     * implementation gives the path with it (RESTEasy) or without (Jersey).
     */
    static String instance(String apiPath) {
        return apiPath.startsWith("/") ? apiPath : "/" + apiPath;
    }

    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {

        @Inject
        ProblemFactory problems;

        @Inject
        AuditTrail auditTrail;

        @Context
        HttpHeaders headers;

        @Context
        Request request;

        @Context
        UriInfo uriInfo;

        Response respond(Problem problem) {
            String path = uriInfo == null ? null : instance(uriInfo.getPath());
            return problem.at(path).toResponse();
        }

        /** Maps any throwable by what it really is, looking through EJB and persistence wrappers. */
        Response map(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException || cause instanceof RoleRefusedException) {
                    recordDenial();
                    return respond(problems.forbidden(problems.locale(headers)));
                }
                if (cause instanceof UnknownChoiceException choice) {
                    return respond(problems.unknownChoice(choice.field(), choice.allowed(), problems.locale(headers)));
                }
                if (cause instanceof DomainException domain) {
                    return respond(problems.domain(domain, problems.locale(headers)));
                }
                if (cause instanceof ConstraintViolationException violations) {
                    return respond(problems.validation(violations.getConstraintViolations(), problems.locale(headers)));
                }
                if (cause instanceof OptimisticLockException) {
                    return respond(problems.domain(ConflictException.concurrentChange(), problems.locale(headers)));
                }
                if (cause instanceof JsonbException) {
                    return respond(problems.malformed(fieldOf(failure), problems.locale(headers)));
                }
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "API request failed, reference " + reference, failure);
            return respond(problems.internal(reference, problems.locale(headers)));
        }

        /**
         * Records the refusal in a transaction of its own. Should that fail, the caller is refused all
         * the same and the failure is logged: a broken audit trail must not open the door.
         */
        void recordDenial() {
            String what = (request == null ? "" : request.getMethod() + " ") + "/" + (uriInfo == null ? "" : uriInfo.getPath());
            try {
                auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).detail(what).build());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not record the denied access to " + what + " in the audit trail", e);
            }
        }
    }

    @Provider
    public static class DomainMapper extends Base<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            return map(e);
        }
    }

    @Provider
    public static class ValidationMapper extends Base<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return map(e);
        }
    }

    @Provider
    public static class JsonMapper extends Base<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return map(e);
        }
    }

    @Provider
    public static class ProcessingMapper extends Base<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            if (choiceIn(e)) {
                return map(e);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause.getClass().getName().contains("Json")) {
                    return respond(problems.malformed(fieldOf(e), problems.locale(headers)));
                }
            }
            return map(e);
        }
    }

    @Provider
    public static class EjbMapper extends Base<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            return map(e);
        }
    }

    @Provider
    public static class HttpMapper extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (choiceIn(e)) {
                return map(e);
            }
            Response original = e.getResponse();
            if (original.getStatus() == 403) {
                // a role check of the JAX-RS implementation's own (where the server registers one beside
                // RolesAllowedFeature): the same refusal, the same problem and audit entry
                recordDenial();
                return respond(problems.forbidden(problems.locale(headers)));
            }
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                // a body that does not bind (Jersey wraps the JSON-B failure in a 400)
                if (cause instanceof JsonbException || cause.getClass().getName().contains("Json")) {
                    return respond(problems.malformed(fieldOf(e), problems.locale(headers)));
                }
            }
            // a path or query parameter that does not convert (page=abc) is bad input, not a missing resource
            boolean unconvertible = e.getCause() != null
                    && (original.getStatus() == 400 || original.getStatus() == 404);
            if (unconvertible) {
                return respond(problems.badParameter(parameterName(e), problems.locale(headers)));
            }
            Response problem = respond(problems.http(original.getStatus(), e.getMessage(), problems.locale(headers)));
            String allow = original.getHeaderString("Allow");
            return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
        }
    }

    /** Whether an unknown choice in the body ({@link UnknownChoiceReader}) is behind the failure. */
    static boolean choiceIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownChoiceException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of the parameter that did not convert, where the JAX-RS implementation tells it: Jersey's
     * ParamException has getParameterName() (looked up by name so the code stays free of Jersey types),
     * RESTEasy names it in its message ({@code jakarta.ws.rs.QueryParam("page") value is 'abc'}), of which
     * only a plain Java identifier is taken.
     */
    static String parameterName(WebApplicationException e) {
        try {
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return name instanceof String text ? text : null;
        } catch (ReflectiveOperationException | RuntimeException notTold) {
            return parameterNamedIn(e);
        }
    }

    static String parameterNamedIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher matcher = PARAMETER.matcher(String.valueOf(cause.getMessage()));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\.(?:Query|Path|Header|Form|Matrix|Cookie)Param\\(\"([A-Za-z_][A-Za-z0-9_]{0,39})\"\\)");

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z_][A-Za-z0-9_]{0,39})'");

    /**
     * The body field a JSON-B failure names, where the implementation tells it (Yasson: "Unable to
     * deserialize property 'on' because of: …"); only a plain Java identifier is taken, the rest of the
     * message never reaches the caller.
     */
    static String fieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher matcher = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            String field = null;
            while (matcher.find()) {
                field = field == null ? matcher.group(1) : field + "." + matcher.group(1);
            }
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    @Provider
    public static class FallbackMapper extends Base<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return map(e);
        }
    }
}
