package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.OutsideCountyException;
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
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    DomainMessages domainMessages;

    /** Made when first needed (a benign race: any copy will do). */
    private MessageInterpolator interpolator;

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
        if (e instanceof OutsideCountyException) {
            return Problem.of(403, "forbidden.outside-county", text("title.forbidden", locale), detail, errors);
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

    /**
     * A body that is not JSON, or a field whose value does not convert to its type (a date, a number, one of
     * the listed values). Names the field when it is known, never the parser's own message (class and
     * library names, the input quoted whole).
     */
    public Problem malformed(String field, Locale locale) {
        if (field == null || field.isBlank()) {
            return Problem.of(400, "malformed", text("title.malformed", locale), text("detail.malformed", locale), null);
        }
        String detail = MessageFormat.format(text("detail.malformedField", locale), field);
        return Problem.of(400, "malformed", text("title.malformed", locale), detail,
                List.of(new Problem.FieldError(field, detail)));
    }

    /**
     * A body field whose value is not one of the values it takes (an unknown choice): names the field and
     * lists the values, never the enum's class; the value sent is not echoed.
     */
    public Problem unknownChoice(String field, List<String> allowed, Locale locale) {
        String values = String.join(", ", allowed);
        if (field == null || field.isBlank()) {
            return Problem.of(400, "malformed", text("title.malformed", locale),
                    MessageFormat.format(text("detail.choiceUnnamed", locale), values), null);
        }
        String detail = MessageFormat.format(text("detail.choice", locale), field, values);
        return Problem.of(400, "malformed", text("title.malformed", locale), detail,
                List.of(new Problem.FieldError(field, detail)));
    }

    /** An address under the API that is not plain (encoded slashes or dots, dot segments, backslashes, NUL). */
    public Problem badPath(Locale locale) {
        return Problem.of(400, "path", text("title.malformed", locale), text("detail.badPath", locale), null);
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

    /**
     * An HTTP-level refusal (no such address, a method or media type the address does not take), told from
     * the bundle by status; {@code reason} is the implementation's own text and is never shown.
     */
    public Problem http(int status, String reason, Locale locale) {
        boolean notFound = status == 404;
        String title = notFound ? text("title.notFound", locale) : text("title.http", locale);
        String key = notFound ? "detail.noResource" : "detail.http." + status;
        String detail = bundle(locale).containsKey(key) ? text(key, locale) : text("detail.http", locale);
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

    public Problem tooManyFailures(Locale locale) {
        return Problem.of(429, "rate-limit", text("title.rateLimit", locale), text("detail.tooManyFailures", locale), null);
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
        if (interpolator == null) {
            interpolator = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        }
        return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                Object value = violation.getInvalidValue();
                return value instanceof CharSequence text ? DomainMessages.excerpt(text.toString()) : value;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("unsupported: " + type);
            }
        }, locale);
    }

    private static String text(String key, Locale locale) {
        return bundle(locale).getString(key);
    }

    /** The requested language or the default (Chinese), never the server's own default locale. */
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemFactory.class.getClassLoader(), NO_FALLBACK);
    }
}
