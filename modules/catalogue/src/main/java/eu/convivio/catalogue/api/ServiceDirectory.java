package eu.convivio.catalogue.api;

import java.util.Collection;
import java.util.List;

/** Read access to catalogue services for other modules. The catalogue is public: no rights are checked. */
public interface ServiceDirectory {

    /** The services with these ids that exist, in the order of their names; unknown ids are left out. */
    List<ServiceSummary> services(Collection<java.util.UUID> ids, String language);

    /**
     * Services whose name (as written or translated) contains every word of the text, ignoring case
     * and accents, active ones first, at most {@code limit}.
     */
    List<ServiceSummary> search(String text, String language, int limit);

    /** As {@link #search}, among the services whose service area is the municipality. */
    List<ServiceSummary> searchIn(java.util.UUID municipalityId, String text, String language, int limit);
}
