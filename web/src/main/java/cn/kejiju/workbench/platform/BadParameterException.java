package cn.kejiju.workbench.platform;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter a resource converts itself (a day as yyyy-mm-dd) that does not convert. It
 * names the parameter the way the JAX-RS implementation's own conversion failures do, so the problem
 * mapper tells the caller which parameter to correct.
 */
public class BadParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameterName;

    public BadParameterException(String parameterName, Throwable cause) {
        super(parameterName + " has the wrong format", cause);
        this.parameterName = parameterName;
    }

    public String getParameterName() {
        return parameterName;
    }
}
