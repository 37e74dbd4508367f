package cn.kejiju.workbench.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Names the field when a JSON body does not bind because a value is not one of its choices: JSON-B (Yasson)
 * tells only the enum's class and the value, not the property. The body is kept as read; should binding
 * fail, {@link UnknownChoices} looks for the unknown choice and the answer names it with the values the
 * field takes ({@link UnknownChoiceException}); any other failure goes on as it was.
 */
@Provider
public class UnknownChoiceReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        if (!json) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (IOException | RuntimeException failure) {
            UnknownChoiceException choice = UnknownChoices.find(context.getGenericType(), body);
            if (choice != null) {
                throw choice;
            }
            throw failure;
        }
    }
}
