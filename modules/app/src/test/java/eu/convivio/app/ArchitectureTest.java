package eu.convivio.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries of STYLE.md, checked over every module jar on this module's class path
 * (the WAR assembles them all): no cycles between modules, other modules only through their
 * {@code api} package, no web types in a domain, and no REST operation without an access decision.
 */
@AnalyzeClasses(packages = "eu.convivio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The modules; the app module only assembles them and may see everything. */
    static final List<String> MODULES = List.of("platform", "catalogue", "needs", "training", "strategy");

    private static final Pattern MODULE_PACKAGE = Pattern.compile("^eu\\.convivio\\.([a-z]+)(\\..*)?$");

    @SuppressWarnings("unchecked")
    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices()
            .matching("eu.convivio.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modulesMeetOnlyThroughTheirApi = classes()
            .that(resideInAModule())
            .should(useOtherModulesOnlyThroughTheirApi());

    @ArchTest
    static final ArchRule domainsKnowNothingOfTheWeb = noClasses()
            .that().resideInAPackage("eu.convivio..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..")
            .because("the domain is reached through application services, never tied to HTTP or pages");

    @ArchTest
    static final ArchRule everyRestOperationDecidesWhoMayCallIt = methods()
            .that(areRestOperations())
            .should(beCoveredByAnAccessDecision())
            .because("RoleCheck refuses undecided operations at run time; this makes forgetting a build failure");

    static DescribedPredicate<JavaClass> resideInAModule() {
        return DescribedPredicate.describe("reside in a module (" + String.join(", ", MODULES) + ")",
                c -> moduleOf(c.getPackageName()).isPresent());
    }

    static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi() {
        return new ArchCondition<>("use other modules only through eu.convivio.<module>.api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = moduleOf(origin.getPackageName()).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                    Optional<String> other = moduleOf(target);
                    if (other.isPresent() && !other.get().equals(own)
                            && !(target.equals("eu.convivio." + other.get() + ".api")
                            || target.startsWith("eu.convivio." + other.get() + ".api."))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches into module '" + other.get() + "' outside its api package"));
                    }
                }
            }
        };
    }

    static Optional<String> moduleOf(String packageName) {
        Matcher m = MODULE_PACKAGE.matcher(packageName);
        return m.matches() && MODULES.contains(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    static DescribedPredicate<JavaMethod> areRestOperations() {
        return DescribedPredicate.describe("are JAX-RS resource methods (@GET, @POST, @PUT, @DELETE, @PATCH, @HEAD, @OPTIONS)",
                m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));
    }

    static ArchCondition<JavaMethod> beCoveredByAnAccessDecision() {
        return new ArchCondition<>("be covered by @RolesAllowed, @PermitAll or @DenyAll on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean decided = decides(method.getOwner()) || method.isAnnotatedWith(RolesAllowed.class)
                        || method.isAnnotatedWith(PermitAll.class) || method.isAnnotatedWith(DenyAll.class);
                if (!decided) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " has no @RolesAllowed, @PermitAll or @DenyAll, neither on itself nor on its class"));
                }
            }

            private boolean decides(JavaClass type) {
                return type.isAnnotatedWith(RolesAllowed.class) || type.isAnnotatedWith(PermitAll.class)
                        || type.isAnnotatedWith(DenyAll.class);
            }
        };
    }

    /** Guards the guard: the rule above must see the platform's resources, or it checks nothing. */
    @ArchTest
    static void theRestRuleSeesTheResources(JavaClasses classes) {
        long operations = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> areRestOperations().test(m)).count();
        org.assertj.core.api.Assertions.assertThat(operations).isGreaterThanOrEqualTo(20);
    }
}
