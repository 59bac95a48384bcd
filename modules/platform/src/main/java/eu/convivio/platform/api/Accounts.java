package eu.convivio.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may know of accounts that are not the current user's: how to address a
 * person (name, e-mail, language for notifications) and which department staff belong to.
 */
public interface Accounts {

    /** An active account's name, e-mail address and preferred interface language (BCP 47). */
    Optional<Contact> contact(UUID accountId);

    /**
     * The active accounts with any membership in the municipality, with the department their
     * membership names (null when none does), ordered by name.
     */
    List<StaffMember> staff(UUID municipalityId);

    record Contact(UUID accountId, String displayName, String email, String preferredLanguage) {
    }

    record StaffMember(UUID accountId, String displayName, UUID departmentId) {
    }
}
