package eu.convivio.platform.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Gives every view the interface language from the start. The layout's {@code f:view locale}
 * only applies once the whole page is built, which is after the view actions of a GET request
 * have run; messages those actions add must already be in the user's language.
 */
public class LocalisedViews extends ViewHandlerWrapper {

    public LocalisedViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleSelection.class).get().getCurrent();
    }
}
