package eu.convivio.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the server in a child JVM. {@code java -jar convivio.jar} cannot carry JVM options, and
 * without them the JVM sizes its heap to a quarter of the machine's memory; the child gets a
 * bounded heap instead ({@code CONVIVIO_JAVA_OPTS} overrides the defaults). The supervisor
 * forwards its own stop to the child (SIGTERM, then a clean shutdown of Payara and PostgreSQL),
 * and the child stops itself when the supervisor disappears, also after a {@code kill -9}.
 */
final class Supervisor {

    /** Set on the child's command line: this JVM is the server. */
    static final String CHILD = "convivio.launcher.child";
    /**
     * The server JVM's options unless {@code CONVIVIO_JAVA_OPTS} says otherwise: a small heap
     * collected by one thread, kept between 20 % and 40 % free after a full collection (the JVM's
     * 40–70 % let the heap grow by some 60 MB under load that it never used again).
     */
    static final String DEFAULT_JAVA_OPTIONS = "-Xms64m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC -Xss512k"
            + " -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40";

    private static final Logger LOG = Logger.getLogger(Supervisor.class.getName());

    private Supervisor() {
    }

    static boolean isChild() {
        return Boolean.getBoolean(CHILD);
    }

    /** Starts the child with the same arguments and waits for it; answers its exit code. */
    static int superviseChild(String[] args, Path jar, Path dataDir) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        String options = System.getenv().getOrDefault("CONVIVIO_JAVA_OPTS", DEFAULT_JAVA_OPTIONS);
        List<String> javaOptions = Arrays.stream(options.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        command.addAll(javaOptions);
        // settings given to the supervisor as system properties reach the server too
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("convivio."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-D" + CHILD + "=true");
        Optional<UnpackedRuntime> unpacked = UnpackedRuntime.prepare(dataDir, java);
        List<String> launch = unpacked.isPresent() ? unpacked.get().childArguments(jar) : List.of("-jar", jar.toString());
        Optional<ClassDataArchive> archive = ClassDataArchive.of(dataDir, jar, javaOptions, launch);
        archive.ifPresent(a -> command.addAll(a.options()));
        command.addAll(launch);
        command.addAll(Arrays.asList(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(child);
            if (!child.isAlive()) {
                archive.ifPresent(a -> a.childEnded(child.exitValue()));
            }
        }, "convivio-supervisor-shutdown"));
        int exitCode = child.waitFor();
        archive.ifPresent(a -> a.childEnded(exitCode));
        return exitCode;
    }

    /** In the child: stop cleanly when the supervisor is gone (stopped, crashed or killed). */
    static void followParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            LOG.warning("The supervising process ended; stopping Convivio");
            System.exit(0);
        }));
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(90, TimeUnit.SECONDS)) {
                LOG.warning("Convivio did not stop within 90 s; killing it");
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }
}
