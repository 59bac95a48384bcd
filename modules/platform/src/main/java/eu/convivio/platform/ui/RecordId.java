package eu.convivio.platform.ui;

import jakarta.faces.context.FacesContext;

import java.util.UUID;

/**
 * The id of the record a page shows, read from the request: from the address on the first visit,
 * and from a plain hidden field of the same name on a postback. Reading it before any component
 * is decoded matters: tables of the record's rows are iterated while the request is decoded.
 */
final class RecordId {

    private RecordId() {
    }

    static UUID parameter(String name) {
        return Ids.parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name));
    }
}
