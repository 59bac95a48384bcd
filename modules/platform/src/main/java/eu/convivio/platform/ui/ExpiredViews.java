package eu.convivio.platform.ui;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * Answers a form sent after its view expired (a long pause, a sign-in in another tab) with the
 * "form expired" page. The container would map the wrapped exception to the generic error page,
 * because the servlet error-page mapping matches the wrapper before the cause.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (isExpiry(failure)) {
                    events.remove();
                    FacesContext context = FacesContext.getCurrentInstance();
                    context.setViewRoot(context.getApplication().getViewHandler().createView(context, "/expired.xhtml"));
                    context.getPartialViewContext().setRenderAll(true);
                    context.renderResponse();
                    break;
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpiry(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
