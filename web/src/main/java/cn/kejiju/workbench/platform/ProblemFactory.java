package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/** Builds problem details in the caller's language (Accept-Language; Chinese by default). */
@ApplicationScoped
public class ProblemFactory {

    private static final String BUNDLE = "cn.kejiju.workbench.web.problems";

    @Inject
    DomainMessages domainMessages;

    private final MessageInterpolator interpolator =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    public Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale acceptable : headers.getAcceptableLanguages()) {
                if ("en".equals(acceptable.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("zh".equals(acceptable.getLanguage())) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public Problem domain(DomainException e, Locale locale) {
        String detail = domainMessages.resolve(e, locale);
        List<Problem.FieldError> errors = e.field() == null ? null : List.of(new Problem.FieldError(e.field(), detail));
        if (e instanceof NotFoundException) {
            return Problem.of(404, "not-found", text("title.notFound", locale), detail, null);
        }
        if (e instanceof ConflictException) {
            return Problem.of(409, "conflict." + e.messageKey(), text("title.conflict", locale), detail, errors);
        }
        return Problem.of(422, "rule." + e.messageKey(), text("title.rule", locale), detail, errors);
    }

    public Problem validation(Set<ConstraintViolation<?>> violations, Locale locale) {
        List<Problem.FieldError> errors = violations.stream()
                .map(violation -> new Problem.FieldError(field(violation.getPropertyPath()), message(violation, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(400, "validation", text("title.validation", locale),
                MessageFormat.format(text("detail.validation", locale), errors.size()), errors);
    }

    public Problem malformed(String reason, Locale locale) {
        return Problem.of(400, "malformed", text("title.malformed", locale),
                MessageFormat.format(text("detail.malformed", locale), reason), null);
    }

    /**
     * A path or query parameter that does not convert (page=abc, from=2026-13-01, an unknown enum value). The
     * detail names the parameter when it is known, never the converter's own message (class names, Java text).
     */
    public Problem badParameter(String name, Locale locale) {
        if (name == null || name.isBlank()) {
            return Problem.of(400, "parameter", text("title.malformed", locale), text("detail.parameterUnnamed", locale), null);
        }
        String detail = MessageFormat.format(text("detail.parameter", locale), name);
        return Problem.of(400, "parameter", text("title.malformed", locale), detail,
                List.of(new Problem.FieldError(name, detail)));
    }

    public Problem http(int status, String reason, Locale locale) {
        boolean notFound = status == 404;
        String title = notFound ? text("title.notFound", locale) : text("title.http", locale);
        String detail = notFound ? text("detail.noResource", locale) : reason;
        return Problem.of(status, "http-" + status, title, detail, null);
    }

    public Problem unauthenticated(Locale locale) {
        return Problem.of(401, "unauthenticated", text("title.unauthenticated", locale), text("detail.unauthenticated", locale), null);
    }

    public Problem invalidToken(Locale locale) {
        return Problem.of(401, "invalid-token", text("title.unauthenticated", locale), text("detail.invalidToken", locale), null);
    }

    public Problem forbidden(Locale locale) {
        return Problem.of(403, "forbidden", text("title.forbidden", locale), text("detail.forbidden", locale), null);
    }

    public Problem tooManyRequests(Locale locale) {
        return Problem.of(429, "rate-limit", text("title.rateLimit", locale), text("detail.rateLimit", locale), null);
    }

    public Problem internal(String reference, Locale locale) {
        return Problem.of(500, "internal", text("title.internal", locale),
                MessageFormat.format(text("detail.internal", locale), reference), null);
    }

    private static String field(Path path) {
        String last = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last == null ? "" : last;
    }

    private String message(ConstraintViolation<?> violation, Locale locale) {
        return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("unsupported: " + type);
            }
        }, locale);
    }

    private static String text(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemFactory.class.getClassLoader()).getString(key);
    }
}
