package eu.convivio.platform.web;

import eu.convivio.platform.api.Role;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on JAX-RS resource
 * methods (the method's annotation wins over the class's). A method with none of them is refused
 * outright, so that forgetting to decide is never an open door; an ArchUnit test also demands the
 * decision at build time. State-changing requests authenticated only by a session cookie are
 * refused as well: the API takes writes with bearer tokens, which browsers do not send on their
 * own, so cross-site request forgery cannot reach it.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Check(null, false));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Check(Set.of(method.getAnnotation(RolesAllowed.class).value()), false));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            context.register(new Check(Set.of(), true));
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new Check(null, false));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Check(Set.of(type.getAnnotation(RolesAllowed.class).value()), false));
        } else if (type.isAnnotationPresent(PermitAll.class)) {
            context.register(new Check(Set.of(), true));
        } else {
            context.register(new Check(null, false));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {
        /** null: nobody; empty with open: everybody. */
        private final Set<String> roles;
        private final boolean open;

        Check(Set<String> roles, boolean open) {
            this.roles = roles;
            this.open = open;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            boolean signedIn = security.getUserPrincipal() != null;
            if (signedIn && !SAFE_METHODS.contains(request.getMethod())
                    && "session".equals(request.getProperty(ConvivioAuthenticationMechanism.AUTHENTICATED_BY))) {
                request.abortWith(ProblemJson.response(403, "bearer-token-required", "Bearer token required",
                        "Changes through the API need a personal API token; the session of the web interface is not accepted."));
                return;
            }
            if (open) {
                return;
            }
            if (roles == null) {
                request.abortWith(ProblemJson.response(403, "forbidden", "Forbidden", "This operation is not available."));
                return;
            }
            if (!signedIn) {
                request.abortWith(ProblemJson.response(401, "unauthorized", "Sign-in required", "Sign in or present a bearer token."));
                return;
            }
            boolean allowed = roles.contains(Role.Groups.USER)
                    || Arrays.stream(roles.toArray(String[]::new)).anyMatch(security::isUserInRole);
            if (!allowed) {
                request.abortWith(ProblemJson.response(403, "forbidden", "Forbidden", "Your role does not allow this operation."));
            }
        }
    }
}
