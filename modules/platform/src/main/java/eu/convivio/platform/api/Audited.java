package eu.convivio.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose creation, changes and removal are written to the audit log, with the
 * changed fields before and after. Fields named in {@link #redact()} (secrets, large text
 * indexes) are recorded as changed without their values.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** Attribute names whose values never enter the log. */
    String[] redact() default {};
}
