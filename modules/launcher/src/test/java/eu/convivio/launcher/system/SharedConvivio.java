package eu.convivio.launcher.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One launched application for every system test class in the JVM: started on first use (so that
 * unit tests in the same module never start it), stopped when the whole test run ends. Test
 * classes declare {@code @ExtendWith(SharedConvivio.class)} and take an {@link Api} or
 * {@link LaunchedConvivio} parameter.
 */
public final class SharedConvivio implements ParameterResolver {

    private static final String KEY = SharedConvivio.class.getName();

    /** Held in the root store: JUnit closes it after the last test of the run. */
    private record Running(LaunchedConvivio app, Api api) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            app.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Api.class || type == LaunchedConvivio.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, k -> start(), Running.class);
        return parameter.getParameter().getType() == Api.class ? running.api() : running.app();
    }

    private static Running start() {
        try {
            // the loopback counts as a reverse proxy, as it would in front of a real installation:
            // requests without X-Forwarded-For are still their own clients (StrategyProxyIT)
            LaunchedConvivio app = LaunchedConvivio.startFresh("system-test",
                    java.util.Map.of("CONVIVIO_HTTP_TRUSTED_PROXIES", "127.0.0.1, ::1"));
            return new Running(app, new Api(app));
        } catch (java.io.IOException e) {
            throw new ParameterResolutionException("Convivio could not be launched", e);
        }
    }
}
