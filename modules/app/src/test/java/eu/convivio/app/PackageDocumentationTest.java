package eu.convivio.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package says in a package-info.java what lives there (STYLE.md). Checked on the sources:
 * a package-info without annotations leaves no class file behind.
 */
class PackageDocumentationTest {

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Path modules = Path.of("").toAbsolutePath().getParent();
        assertThat(modules.resolve("platform")).as("run from modules/app").isDirectory();
        List<Path> undocumented;
        List<Path> packages;
        try (Stream<Path> sourceRoots = Files.list(modules)) {
            packages = sourceRoots.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(PackageDocumentationTest::packagesUnder).toList();
        }
        undocumented = packages.stream().filter(p -> !Files.exists(p.resolve("package-info.java"))).toList();

        assertThat(packages).hasSizeGreaterThan(10);
        assertThat(undocumented).as("packages without package-info.java").isEmpty();
    }

    private static Stream<Path> packagesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
