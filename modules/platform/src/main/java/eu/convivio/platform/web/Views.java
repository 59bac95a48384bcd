package eu.convivio.platform.web;

import eu.convivio.platform.api.MunicipalityKind;
import eu.convivio.platform.api.Role;
import eu.convivio.platform.domain.Account;
import eu.convivio.platform.domain.ApiToken;
import eu.convivio.platform.domain.AuditEntry;
import eu.convivio.platform.domain.Department;
import eu.convivio.platform.domain.Membership;
import eu.convivio.platform.domain.Municipality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the platform API. */
public final class Views {

    private Views() {
    }

    public record MunicipalityView(UUID id, String name, String country, MunicipalityKind kind, UUID parentId,
                                   String defaultLanguage, String timeZone, long version) {
        static MunicipalityView of(Municipality m) {
            return new MunicipalityView(m.getId(), m.getName(), m.getCountry(), m.getKind(), m.getParentId(),
                    m.getDefaultLanguage(), m.getTimeZone(), m.getVersion());
        }
    }

    public record DepartmentView(UUID id, UUID municipalityId, String name, long version) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.getId(), d.getMunicipalityId(), d.getName(), d.getVersion());
        }
    }

    public record MembershipView(UUID id, UUID municipalityId, UUID organisationId, UUID departmentId, Role role) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.getId(), m.getMunicipalityId(), m.getOrganisationId(), m.getDepartmentId(), m.getRole());
        }
    }

    public record AccountView(UUID id, String username, String displayName, String email, String preferredLanguage,
                              boolean active, boolean platformAdmin, Instant createdAt, long version,
                              List<MembershipView> memberships) {
        static AccountView of(Account a) {
            return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getPreferredLanguage(),
                    a.isActive(), a.isPlatformAdmin(), a.getCreatedAt(), a.getVersion(),
                    a.getMemberships().stream().map(MembershipView::of).toList());
        }
    }

    public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
                            Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getExpiresAt(),
                    t.getLastUsedAt(), t.getRevokedAt());
        }
    }

    /** A new token with its secret, shown this once. */
    public record IssuedTokenView(TokenView token, String secret) {
    }

    public record AuditEntryView(long id, Instant occurredAt, String actor, UUID municipalityId, String action,
                                 String entityType, String entityId, com.fasterxml.jackson.databind.JsonNode changes) {
        static AuditEntryView of(AuditEntry e) {
            try {
                return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getMunicipalityId(), e.getAction(),
                        e.getEntityType(), e.getEntityId(), JsonMapping.MAPPER.readTree(e.getChanges()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException("audit entry " + e.getId() + " holds invalid JSON", ex);
            }
        }
    }

    /** A page of results with the total, for every listing of the Convivio API. */
    public record Page<T>(List<T> items, long total, int page, int size) {
    }
}
