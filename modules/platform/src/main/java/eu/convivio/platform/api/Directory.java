package eu.convivio.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to tenants and departments for the other modules. */
public interface Directory {

    Optional<MunicipalitySummary> municipality(UUID id);

    List<MunicipalitySummary> municipalities();

    List<DepartmentSummary> departments(UUID municipalityId);
}
