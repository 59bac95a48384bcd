package eu.convivio.platform.api;

import java.util.UUID;

/** An entity that belongs to one municipality: the audit log records which. */
public interface TenantOwned {

    UUID municipalityId();
}
