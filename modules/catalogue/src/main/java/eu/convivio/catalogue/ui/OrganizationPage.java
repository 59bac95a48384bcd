package eu.convivio.catalogue.ui;

import eu.convivio.catalogue.application.PortalCatalogue;
import eu.convivio.catalogue.application.PortalCatalogue.OrganizationDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An organisation's public page with its services, {@code /catalogue/organization.xhtml?id=…}. */
@Named
@RequestScoped
public class OrganizationPage {

    @Inject
    private PortalCatalogue catalogue;

    @Inject
    private PortalTexts texts;

    private String id;
    private OrganizationDetail organization;

    public void load() {
        organization = PortalRequests.uuid(id).flatMap(uuid -> catalogue.organization(uuid, texts.getLanguage()))
                .orElse(null);
        if (organization == null) {
            PortalRequests.notFound();
        }
    }

    public OrganizationDetail getOrganization() {
        return organization;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
