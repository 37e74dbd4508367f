package cn.kejiju.workbench.security.pages;

import cn.kejiju.workbench.security.AuthenticationService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A postback whose view state the server does not know (the session expired, or the form was posted
 * from elsewhere with a made-up or another session's {@code jakarta.faces.ViewState}) answers the
 * expired-view page with 400 instead of 500, and is recorded in the audit trail as a possible
 * cross-site request. Whatever went wrong while the view was restored counts as such.
 */
public class UnknownViewStateHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";
    private static final Logger LOG = Logger.getLogger(UnknownViewStateHandler.class.getName());
    private static final int PATH_MAX = 200;

    public UnknownViewStateHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml after OmniFaces' handler, so that this one sees the exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new UnknownViewStateHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        boolean answered = false;
        while (events.hasNext()) {
            ExceptionQueuedEventContext event = events.next().getContext();
            if (answered || unknownViewState(event, context)) {
                events.remove();
                if (!answered) {
                    answerExpired(context);
                    answered = true;
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean unknownViewState(ExceptionQueuedEventContext event, FacesContext context) {
        for (Throwable cause = event.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return event.getPhaseId() == PhaseId.RESTORE_VIEW && context != null && context.isPostback();
    }

    private static void answerExpired(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String path = request.getServletPath();
        path = path.length() > PATH_MAX ? path.substring(0, PATH_MAX) + "…" : path;
        try {
            CDI.current().select(AuthenticationService.class).get().accessDenied(request.getRemoteUser(),
                    request.getMethod() + " " + path + ": view state not recognised (expired, or a possible cross-site request)");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record an unrecognised view state in the audit trail", e);
        }
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        if (!context.getPartialViewContext().isAjaxRequest()) {
            context.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            context.getPartialViewContext().setRenderAll(true);
        }
        UIViewRoot view = context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE);
        context.setViewRoot(view);
        context.renderResponse();
    }
}
