package eu.convivio.catalogue.application;

import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static eu.convivio.catalogue.application.EditRule.Decision.ALLOWED;
import static eu.convivio.catalogue.application.EditRule.Decision.FORBIDDEN;
import static eu.convivio.catalogue.application.EditRule.Decision.NOT_FOUND;
import static eu.convivio.catalogue.application.EditRule.Decision.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditRuleTest {

    private static final UUID SOFIA = UUID.randomUUID();
    private static final UUID HARMANLI = UUID.randomUUID();
    private static final UUID TRNAVA = UUID.randomUUID();
    private static final UUID LEGAL_AID = UUID.randomUUID();
    private static final UUID OTHER_NGO = UUID.randomUUID();

    /** A service of the legal-aid NGO that serves Sofia and Harmanli. */
    private static final EditRule.Scope SERVICE = new EditRule.Scope(LEGAL_AID, Set.of(SOFIA, HARMANLI));

    private static Editor officerOf(UUID municipality) {
        return new Editor(true, false, Set.of(municipality), Set.of(municipality), Set.of());
    }

    private static Editor memberWithoutEditingRole(UUID municipality) {
        return new Editor(true, false, Set.of(), Set.of(municipality), Set.of());
    }

    private static Editor providerEditorOf(UUID organization) {
        return new Editor(true, false, Set.of(), Set.of(), Set.of(organization));
    }

    @Test
    void theOwningOrganisationsProviderEditorMayEdit() {
        assertThat(EditRule.decide(providerEditorOf(LEGAL_AID), SERVICE)).isEqualTo(ALLOWED);
    }

    @Test
    void anOfficerOfAnyServedMunicipalityMayEdit() {
        assertThat(EditRule.decide(officerOf(SOFIA), SERVICE)).isEqualTo(ALLOWED);
        assertThat(EditRule.decide(officerOf(HARMANLI), SERVICE)).isEqualTo(ALLOWED);
    }

    @Test
    void platformAdministratorsMayEditEverything() {
        Editor admin = new Editor(true, true, Set.of(), Set.of(), Set.of());
        assertThat(EditRule.decide(admin, SERVICE)).isEqualTo(ALLOWED);
        assertThat(EditRule.decide(admin, new EditRule.Scope(null, Set.of()))).isEqualTo(ALLOWED);
    }

    @Test
    void anOfficerOfAnotherCityHasNoBusinessWithTheRecord() {
        assertThat(EditRule.decide(officerOf(TRNAVA), SERVICE)).isEqualTo(NOT_FOUND);
        assertThatThrownBy(() -> EditRule.require(officerOf(TRNAVA), SERVICE, "service")).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void anotherOrganisationsProviderEditorHasNoBusinessWithTheRecord() {
        assertThat(EditRule.decide(providerEditorOf(OTHER_NGO), SERVICE)).isEqualTo(NOT_FOUND);
    }

    @Test
    void aCouncilMemberOrTrainerOfAServedCityIsForbidden() {
        assertThat(EditRule.decide(memberWithoutEditingRole(SOFIA), SERVICE)).isEqualTo(FORBIDDEN);
        assertThatThrownBy(() -> EditRule.require(memberWithoutEditingRole(SOFIA), SERVICE, "service"))
                .isInstanceOf(Problem.Forbidden.class);
    }

    @Test
    void signedOutPeopleAreAskedToSignIn() {
        assertThat(EditRule.decide(Editor.ANONYMOUS, SERVICE)).isEqualTo(UNAUTHORIZED);
        assertThatThrownBy(() -> EditRule.require(Editor.ANONYMOUS, SERVICE, "service")).isInstanceOf(Problem.Unauthorized.class);
    }

    @Test
    void aRecordThatServesNoMunicipalityIsKeptByItsOrganisationAlone() {
        EditRule.Scope nowhere = new EditRule.Scope(LEGAL_AID, Set.of());
        assertThat(EditRule.decide(officerOf(SOFIA), nowhere)).isEqualTo(NOT_FOUND);
        assertThat(EditRule.decide(providerEditorOf(LEGAL_AID), nowhere)).isEqualTo(ALLOWED);
    }

    @Test
    void onlyOfficersAndProviderEditorsEditAnything() {
        assertThat(officerOf(SOFIA).editsAnything()).isTrue();
        assertThat(providerEditorOf(LEGAL_AID).editsAnything()).isTrue();
        assertThat(memberWithoutEditingRole(SOFIA).editsAnything()).isFalse();
        assertThat(Editor.ANONYMOUS.editsAnything()).isFalse();
    }
}
