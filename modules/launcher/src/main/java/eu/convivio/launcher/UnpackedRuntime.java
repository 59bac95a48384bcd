package eu.convivio.launcher;

import fish.payara.micro.PayaraMicro;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Payara Micro's runtime unpacked once into the data directory, so that the server JVM loads its 320 jars as
 * plain files from the class path instead of through Payara Micro's nested-jar class loader, which took about
 * 40 % of the start-up's CPU time in a profile. Payara Micro makes the layout itself ({@code --outputlauncher}:
 * a {@code launch-micro.jar} whose manifest lists {@code runtime/*.jar}, as {@code RootDirLauncher} uses it).
 * Every start then empties the rest of that root directory, so that Payara Micro begins as fresh as in the
 * temporary directory it uses otherwise: nothing from an earlier run (the deployed application, a changed
 * domain.xml) is redeployed or conflicts. When anything here fails, the server runs from inside payara-micro.jar
 * as before; {@code -Dconvivio.launcher.unpack=false} asks for that too.
 */
final class UnpackedRuntime {

    /** Set on the child's command line: Payara Micro's root directory, beside the unpacked runtime. */
    static final String ROOT = "convivio.launcher.payara-root";
    private static final String LAUNCHER = "launch-micro.jar";
    /** What a start keeps: the unpacked runtime and the JDBC resource adapters; Payara Micro recreates the rest. */
    private static final Set<String> KEPT = Set.of(LAUNCHER, "META-INF", "runtime", "lib");
    private static final Logger LOG = Logger.getLogger(UnpackedRuntime.class.getName());

    /** Kept referenced so that the lock lasts as long as the supervisor. */
    @SuppressWarnings("unused")
    private static FileLock heldLock;

    private final Path root;

    private UnpackedRuntime(Path root) {
        this.root = root;
    }

    /** The unpacked runtime for this payara-micro.jar, unpacked now if needed and cleaned for a start. */
    static Optional<UnpackedRuntime> prepare(Path dataDir, String java) {
        if (!Boolean.parseBoolean(System.getProperty("convivio.launcher.unpack", "true"))) {
            return Optional.empty();
        }
        try {
            Path payaraJar = Path.of(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = payaraJar.getFileName().toString().replaceFirst("\\.jar$", "");
            // a new payara-micro.jar (another version, a rebuild) gets its own directory
            String key = Long.toHexString(Files.size(payaraJar) * 31 + Files.getLastModifiedTime(payaraJar).toMillis());
            Path parent = dataDir.resolve("payara");
            Files.createDirectories(parent);
            if (!lock(parent)) {
                // another launcher runs on this data directory: cleaning would pull the ground from under it
                LOG.info("Another Convivio uses this data directory; Payara Micro runs from inside its jar");
                return Optional.empty();
            }
            Path root = parent.resolve(name + "-" + key);
            if (!Files.isRegularFile(root.resolve(LAUNCHER))) {
                removeOtherVersions(parent);
                unpack(java, payaraJar, parent, root);
            }
            UnpackedRuntime runtime = new UnpackedRuntime(root);
            runtime.clean();
            return Optional.of(runtime);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Payara Micro's runtime could not be unpacked; it runs from inside its jar", e);
            return Optional.empty();
        }
    }

    /**
     * The child's JVM arguments from the main class on: {@code -jar} cannot take a longer class path, and with
     * {@code -cp} the JVM ignores the launcher jar's Add-Opens and Add-Exports, so they are given as options.
     */
    List<String> childArguments(Path launcherJar) throws IOException {
        List<String> arguments = new ArrayList<>();
        try (JarFile jar = new JarFile(launcherJar.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            for (String[] kind : new String[][] {{"Add-Opens", "--add-opens"}, {"Add-Exports", "--add-exports"}}) {
                String packages = manifest.getValue(kind[0]);
                if (packages != null) {
                    for (String modulePackage : packages.strip().split("\\s+")) {
                        arguments.add(kind[1]);
                        arguments.add(modulePackage + "=ALL-UNNAMED");
                    }
                }
            }
            Path launchMicro = root.resolve(LAUNCHER);
            // what RootDirLauncher sets: where Payara Micro reads its module list and finds its unpacked runtime
            arguments.add("-Dfish.payara.micro.BootJar=" + launchMicro.toUri());
            arguments.add("-Dfish.payara.micro.UnpackDir=" + root);
            arguments.add("-D" + ROOT + "=" + root);
            arguments.add("-cp");
            arguments.add(launcherJar + File.pathSeparator + launchMicro);
            arguments.add(manifest.getValue(Attributes.Name.MAIN_CLASS));
        }
        return arguments;
    }

    /**
     * Holds {@code payara/in-use.lock} for the supervisor's lifetime (the operating system releases it however
     * the process ends, also after {@code kill -9}); answers false when another process holds it.
     */
    private static boolean lock(Path parent) throws IOException {
        FileChannel channel = FileChannel.open(parent.resolve("in-use.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return false;
        }
        heldLock = lock;
        return true;
    }

    private void clean() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(p -> !KEPT.contains(p.getFileName().toString())).toList()) {
                deleteRecursively(entry);
            }
        }
    }

    private static void unpack(String java, Path payaraJar, Path parent, Path root) throws IOException, InterruptedException {
        Path unpacking = parent.resolve(root.getFileName() + ".unpacking");
        deleteRecursively(unpacking);
        Path log = parent.resolve("unpack.log");
        Process process = new ProcessBuilder(java, "-jar", payaraJar.toString(), "--rootdir", unpacking.toString(), "--outputlauncher")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("unpacking Payara Micro took more than 120 s; see " + log);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(unpacking.resolve(LAUNCHER))) {
            throw new IOException("Payara Micro did not unpack its runtime (exit code " + process.exitValue() + "); see " + log);
        }
        // only a complete runtime gets the name that later starts look for
        Files.move(unpacking, root, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(log);
        LOG.info(() -> "Unpacked Payara Micro's runtime into " + root);
    }

    private static void removeOtherVersions(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                deleteRecursively(entry);
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
