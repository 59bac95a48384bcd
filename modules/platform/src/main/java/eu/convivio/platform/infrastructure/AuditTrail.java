package eu.convivio.platform.infrastructure;

import eu.convivio.platform.api.Audited;
import eu.convivio.platform.api.CurrentUser;
import eu.convivio.platform.api.TenantOwned;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes an audit entry for every insert, update and delete of an {@link Audited} entity, on the
 * same connection and in the same transaction as the change itself: a change without its audit
 * entry cannot be committed. Updates list only the changed attributes, with the values before
 * (from EclipseLink's change set) and after.
 * <p>
 * Registered as the persistence unit's {@code eclipselink.session.customizer}.
 */
public class AuditTrail implements SessionCustomizer {

    static final String INSERT = "INSERT INTO platform.audit_entry (actor, municipality_id, action, entity_type, entity_id, changes) "
            + "VALUES (#ACTOR, CAST(#MUNICIPALITY AS uuid), #ACTION, #TYPE, #ID, CAST(#CHANGES AS jsonb))";
    static final String REDACTED = "[redacted]";

    /** Who the entries name when no request is active (startup, demo data, background jobs). */
    static final String SYSTEM = "system";

    private static Supplier<String> actor = AuditTrail::currentActor;

    /**
     * Looked up once: {@code Json.createObjectBuilder()} searches for the provider through the
     * class loader on every call, which made loading a few hundred audited rows take half a minute.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Audited audited = descriptor.getJavaClass().getAnnotation(Audited.class);
            if (audited != null) {
                descriptor.getEventManager().addListener(new Listener(descriptor, Set.of(audited.redact())));
            }
        }
    }

    /** Lets persistence tests, which run without CDI, name the actor. */
    static void actorSupplier(Supplier<String> supplier) {
        actor = supplier;
    }

    private static String currentActor() {
        try {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            return user.isAuthenticated() ? user.username() : SYSTEM;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return SYSTEM;
        }
    }

    private static final class Listener extends DescriptorEventAdapter {
        private final ClassDescriptor descriptor;
        private final Set<String> redacted;

        Listener(ClassDescriptor descriptor, Set<String> redacted) {
            this.descriptor = descriptor;
            this.redacted = redacted;
        }

        @Override
        public void postInsert(DescriptorEvent event) {
            record(event, "CREATE", snapshot(event.getSource(), event.getSession(), "after"));
        }

        @Override
        public void postDelete(DescriptorEvent event) {
            record(event, "DELETE", snapshot(event.getSource(), event.getSession(), "before"));
        }

        @Override
        public void postUpdate(DescriptorEvent event) {
            if (!(event.getQuery() instanceof WriteObjectQuery write) || write.getObjectChangeSet() == null) {
                return;
            }
            ObjectChangeSet changeSet = write.getObjectChangeSet();
            JsonObjectBuilder changes = JSON.createObjectBuilder();
            int count = 0;
            for (ChangeRecord change : changeSet.getChanges()) {
                String attribute = change.getAttribute();
                if ("version".equals(attribute)) {
                    continue;
                }
                Object before;
                if (change instanceof DirectToFieldChangeRecord direct) {
                    before = direct.getOldValue();
                } else if (change instanceof ObjectReferenceChangeRecord reference) {
                    before = reference.getOldValue() == null ? null : idOf(reference.getOldValue(), event.getSession());
                } else {
                    continue;
                }
                DatabaseMapping mapping = descriptor.getMappingForAttributeName(attribute);
                Object after = valueOf(mapping, event.getSource(), event.getSession());
                JsonObjectBuilder pair = JSON.createObjectBuilder();
                put(pair, "before", redacted.contains(attribute) ? REDACTED : before);
                put(pair, "after", redacted.contains(attribute) ? REDACTED : after);
                changes.add(attribute, pair);
                count++;
            }
            if (count > 0) {
                record(event, "UPDATE", changes);
            }
        }

        private JsonObjectBuilder snapshot(Object entity, AbstractSession session, String side) {
            JsonObjectBuilder changes = JSON.createObjectBuilder();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (!(mapping instanceof DirectToFieldMapping || mapping instanceof ObjectReferenceMapping)
                        || "version".equals(mapping.getAttributeName())) {
                    continue;
                }
                Object value = redacted.contains(mapping.getAttributeName()) ? REDACTED : valueOf(mapping, entity, session);
                JsonObjectBuilder pair = JSON.createObjectBuilder();
                put(pair, side, value);
                changes.add(mapping.getAttributeName(), pair);
            }
            return changes;
        }

        private Object valueOf(DatabaseMapping mapping, Object entity, AbstractSession session) {
            Object value = mapping.getRealAttributeValueFromObject(entity, session);
            if (mapping instanceof ObjectReferenceMapping && value != null) {
                return idOf(value, session);
            }
            return value;
        }

        private static Object idOf(Object entity, AbstractSession session) {
            ClassDescriptor target = session.getDescriptor(entity);
            return target.getObjectBuilder().extractPrimaryKeyFromObject(entity, session);
        }

        private void record(DescriptorEvent event, String action, JsonObjectBuilder changes) {
            Object entity = event.getSource();
            Object municipality = entity instanceof TenantOwned owned ? owned.municipalityId() : null;
            DataModifyQuery insert = new DataModifyQuery(INSERT);
            for (String argument : List.of("ACTOR", "MUNICIPALITY", "ACTION", "TYPE", "ID", "CHANGES")) {
                insert.addArgument(argument);
            }
            Object id = idOf(entity, event.getSession());
            event.getSession().executeQuery(insert, Arrays.asList(
                    actor.get(),
                    municipality == null ? null : municipality.toString(),
                    action,
                    descriptor.getJavaClass().getSimpleName(),
                    String.valueOf(id),
                    changes.build().toString()));
        }

        private static void put(JsonObjectBuilder builder, String name, Object value) {
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                builder.add(name, ((Number) value).longValue());
            } else if (value instanceof BigDecimal d) {
                builder.add(name, d);
            } else if (value instanceof Double || value instanceof Float) {
                builder.add(name, ((Number) value).doubleValue());
            } else {
                builder.add(name, value.toString());
            }
        }
    }
}
