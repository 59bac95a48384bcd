package eu.convivio.launcher.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built launcher jar running as a child process, as a user starts it:
 * {@code java -jar convivio.jar --port … --data-dir …}. Its output goes to a log file beside the
 * data directory, which a failed start quotes.
 */
public final class LaunchedConvivio {

    /** Generous for two cores shared with other work; a healthy start takes 10–60 s here. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path jar;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private final java.util.Map<String, String> environment;
    private Process process;

    private LaunchedConvivio(Path jar, int port, Path dataDir, Path log, java.util.Map<String, String> environment) {
        this.environment = java.util.Map.copyOf(environment);
        this.jar = jar;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts on a free port with a fresh data directory and waits until it reports ready. */
    public static LaunchedConvivio startFresh(String name) throws IOException {
        return startFresh(name, java.util.Map.of());
    }

    /**
     * As {@link #startFresh(String)}, with environment variables for the server, e.g. MicroProfile
     * Config settings ({@code CONVIVIO_HTTP_TRUSTED_PROXIES} for {@code convivio.http.trusted-proxies}).
     */
    public static LaunchedConvivio startFresh(String name, java.util.Map<String, String> environment) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Path dataDir = target.resolve(name + "-data");
        deleteRecursively(dataDir);
        LaunchedConvivio app = new LaunchedConvivio(launcherJar(), freePort(), dataDir, target.resolve(name + ".log"), environment);
        app.start();
        return app;
    }

    static Path launcherJar() {
        String configured = System.getProperty("convivio.launcher.jar");
        Path jar = Path.of(configured != null ? configured : "target/convivio.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the launcher jar is missing: " + jar + " (run the package phase first)");
        }
        return jar;
    }

    /** Starts again on the same port and data directory (after {@link #stop()} or {@link #kill()}). */
    public void start() throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", Integer.toString(port), "--data-dir", dataDir.toString());
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command);
        // the server JVM's options: the launcher's defaults, plus C1 only for a faster start on two
        // busy cores (nothing under test depends on peak JIT performance)
        builder.environment().put("CONVIVIO_JAVA_OPTS",
                "-Xms64m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1");
        builder.environment().putAll(environment);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitReady();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Convivio exited with status " + process.exitValue()
                        + " before it was ready; its output:\n" + tail());
            }
            try {
                lastStatus = client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // the listener may reset connections while the application deploys
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException("Convivio was not ready within " + READY_TIMEOUT.toSeconds()
                + " s (last /health/ready status " + lastStatus + "); its output:\n" + tail());
    }

    /** SIGTERM, as Ctrl+C or a service manager would stop it; waits until it and its PostgreSQL are gone. */
    public void stop() {
        end(false);
    }

    /**
     * SIGKILL to the server JVM (the launcher's child) only: what a crash or an out-of-memory kill
     * does. The supervisor then exits too; the embedded PostgreSQL, in its own process group, stays.
     */
    public void killServer() {
        ProcessHandle server = server().orElseThrow(() -> new AssertionError("no server JVM under the launcher"));
        server.destroyForcibly();
        waitFor(server, Duration.ofSeconds(30));
        waitFor(process.toHandle(), Duration.ofSeconds(30));
    }

    /** SIGKILL to the supervising launcher JVM only: its server must notice and stop by itself. */
    public void killSupervisor() {
        end(true);
    }

    /** The server JVM: the launcher's child that runs Payara and the embedded PostgreSQL's owner. */
    public java.util.Optional<ProcessHandle> server() {
        return process == null ? java.util.Optional.empty() : process.children()
                .filter(p -> p.info().commandLine().map(c -> c.contains("convivio.launcher.child=true")).orElse(false))
                .findFirst();
    }

    /** Waits until the process has ended; answers whether it did within the time. */
    public static boolean ended(ProcessHandle handle, Duration within) {
        return waitFor(handle, within);
    }

    private void end(boolean forcibly) {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
            waitFor(process.toHandle(), Duration.ofSeconds(30));
            return;
        }
        java.util.Optional<ProcessHandle> postgres = postgres();
        process.destroy();
        if (!waitFor(process.toHandle(), Duration.ofSeconds(60))) {
            process.destroyForcibly();
            waitFor(process.toHandle(), Duration.ofSeconds(30));
        }
        // a clean stop takes PostgreSQL down too; a server left over would outlive the test run
        postgres.filter(p -> !waitFor(p, Duration.ofSeconds(30))).ifPresent(ProcessHandle::destroy);
    }

    /**
     * The embedded PostgreSQL server, found through its postmaster.pid: pg_ctl starts it detached,
     * so it is not a descendant of the launcher's process.
     */
    public java.util.Optional<ProcessHandle> postgres() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? java.util.Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Path dataDir() {
        return dataDir;
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static boolean waitFor(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
