package eu.convivio.platform.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void eachRoleMapsToTheGroupNamedInRolesAllowed() {
        assertThat(Role.MUNICIPAL_ADMIN.group()).isEqualTo(Role.Groups.MUNICIPAL_ADMIN).isEqualTo("municipal-admin");
        assertThat(Role.OFFICER.group()).isEqualTo(Role.Groups.OFFICER);
        assertThat(Role.TRAINER.group()).isEqualTo(Role.Groups.TRAINER);
        assertThat(Role.COUNCIL.group()).isEqualTo(Role.Groups.COUNCIL);
        assertThat(Role.PROVIDER_EDITOR.group()).isEqualTo(Role.Groups.PROVIDER_EDITOR).isEqualTo("provider-editor");
        assertThat(Role.LEARNER.group()).isEqualTo(Role.Groups.LEARNER);
    }

    @Test
    void noRoleTakesTheNameOfTheSpecialGroups() {
        assertThat(Arrays.stream(Role.values()).map(Role::group))
                .doesNotContain(Role.Groups.USER, Role.Groups.PLATFORM_ADMIN)
                .doesNotHaveDuplicates();
    }
}
