package eu.convivio.platform.api;

/**
 * What a membership lets its account do within one municipality (or, for provider editors,
 * one organisation). Platform administration is a flag on the account, not a membership.
 */
public enum Role {
    MUNICIPAL_ADMIN,
    OFFICER,
    TRAINER,
    COUNCIL,
    PROVIDER_EDITOR,
    LEARNER;

    /** The container group that stands for this role in {@code @RolesAllowed}. */
    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Groups as used in {@code @RolesAllowed}: one per role, plus the platform administrator. */
    public static final class Groups {
        public static final String PLATFORM_ADMIN = "platform-admin";
        public static final String MUNICIPAL_ADMIN = "municipal-admin";
        public static final String OFFICER = "officer";
        public static final String TRAINER = "trainer";
        public static final String COUNCIL = "council";
        public static final String PROVIDER_EDITOR = "provider-editor";
        public static final String LEARNER = "learner";
        /** Every signed-in account has this group. */
        public static final String USER = "user";

        private Groups() {
        }
    }
}
