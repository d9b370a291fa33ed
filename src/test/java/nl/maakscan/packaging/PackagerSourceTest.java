package nl.maakscan.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaging scripts are single Java files run with {@code java packaging/Packager.java}, outside
 * the Maven build; this compiles them with every warning as an error, so that a change that breaks
 * them fails the build instead of the next release.
 */
class PackagerSourceTest {

    @Test
    void thePackagingScriptsCompileWithoutWarnings(@TempDir Path out) {
        for (String source : new String[] {"packaging/Packager.java", "packaging/icon/MaakscanIcon.java"}) {
            assertThat(Files.isRegularFile(Path.of(source))).as(source).isTrue();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int rc = javac.run(null, null, errors, "-Xlint:all", "-Werror", "--release", "17", "-classpath", out.toString(), "-d",
                    out.resolve(Path.of(source).getFileName().toString()).toString(), source);
            assertThat(rc).as(source + ":\n" + errors).isZero();
            assertThat(out.resolve(Path.of(source).getFileName().toString())).isNotEmptyDirectory();
        }
    }
}
