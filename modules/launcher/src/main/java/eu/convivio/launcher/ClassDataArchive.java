package eu.convivio.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A dynamic class-data-sharing archive of the server JVM (JDK 13+): the classes a start loaded, already parsed
 * and verified, mapped into the next start instead of being loaded again. It saved about a third of the
 * start-up's CPU time (measured with the unpacked Payara runtime, whose jars are on the class path). The archive
 * is written when a server JVM without one stops cleanly ({@code -XX:ArchiveClassesAtExit}); later starts map it
 * ({@code -XX:SharedArchiveFile}). Its name carries a hash of the JVM, its options and every jar and the WAR, so
 * a rebuild or another JDK makes a new one; a missing or unusable archive only means a slower start, as the JVM
 * then loads the classes itself ({@code -Xshare:auto}, the default). Options that already speak of CDS in
 * {@code CONVIVIO_JAVA_OPTS}, and Flight Recorder or agents there, leave it alone ({@link #excludes}).
 */
final class ClassDataArchive {

    private static final Logger LOG = Logger.getLogger(ClassDataArchive.class.getName());

    private final Path archive;
    private final Path writing;
    private final boolean exists;

    private ClassDataArchive(Path archive) {
        this.archive = archive;
        this.writing = archive.resolveSibling(archive.getFileName() + ".writing");
        this.exists = Files.isRegularFile(archive);
    }

    /**
     * Whether a JVM option rules the archive out: options that already speak of CDS, and those that
     * watch classes as they load (Flight Recorder, agents). OpenJDK 17 crashed (SIGSEGV in
     * {@code KlassFactory::check_shared_class_file_load_hook}) when a server started with
     * {@code -XX:StartFlightRecording} mapped the archive its previous start had written: measured
     * here, on the second start with the same options.
     */
    static boolean excludes(String option) {
        return option.startsWith("-Xshare") || option.contains("SharedArchiveFile") || option.contains("ArchiveClassesAtExit")
                || option.contains("FlightRecord") || option.startsWith("-agentlib") || option.startsWith("-agentpath")
                || option.startsWith("-javaagent");
    }

    static Optional<ClassDataArchive> of(Path dataDir, Path launcherJar, List<String> javaOptions, List<String> childArguments) {
        if (javaOptions.stream().anyMatch(ClassDataArchive::excludes)) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String s : List.of(System.getProperty("java.home"), System.getProperty("java.vm.version"))) {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
            }
            for (String s : javaOptions) {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
            }
            for (String s : childArguments) {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
            }
            digestFile(digest, launcherJar);
            try (Stream<Path> libraries = Files.list(launcherJar.resolveSibling("lib"))) {
                for (Path library : libraries.sorted().toList()) {
                    digestFile(digest, library);
                }
            }
            String key = HexFormat.of().formatHex(digest.digest(), 0, 8);
            Path directory = dataDir.resolve("cds");
            Files.createDirectories(directory);
            Path archive = directory.resolve("convivio-" + key + ".jsa");
            if (!Files.exists(archive)) {
                // archives of earlier builds or JVMs are of no further use
                try (Stream<Path> old = Files.list(directory)) {
                    for (Path file : old.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            return Optional.of(new ClassDataArchive(archive));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.log(Level.WARNING, "No class-data-sharing archive for the server; it starts without one", e);
            return Optional.empty();
        }
    }

    /** The child's JVM options: use the archive, or write it at the child's exit. */
    List<String> options() {
        return exists
                ? List.of("-XX:SharedArchiveFile=" + archive)
                // writing it, the JVM names every class it leaves out (hundreds): not news for the console
                : List.of("-XX:ArchiveClassesAtExit=" + writing, "-Xlog:cds=off");
    }

    /**
     * After the child ended: an archive it wrote on a clean stop (exit code 0, or 143 after SIGTERM) gets the name
     * later starts use; one from a crash is dropped.
     */
    synchronized void childEnded(int exitCode) {
        if (exists || !Files.exists(writing)) {
            return;
        }
        try {
            if ((exitCode == 0 || exitCode == 143) && Files.size(writing) > 0) {
                Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "The class-data-sharing archive was not kept", e);
        }
    }

    private static void digestFile(MessageDigest digest, Path file) throws IOException {
        digest.update((file.getFileName() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis())
                .getBytes(StandardCharsets.UTF_8));
    }
}
