package nl.maakscan.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the plain jar starts again, and when it does not (decision 0008). */
class RelaunchTest {

    @TempDir
    Path dir;

    private Path jar() throws Exception {
        Path jar = Files.writeString(dir.resolve("maakscan.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        return jar;
    }

    private void archive(String name, long modified) throws Exception {
        Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "jsa"), FileTime.fromMillis(modified));
    }

    @Test
    void theWindowStartsWithItsOwnArchiveBothCompilersAndTheFirstJvmsStart() throws Exception {
        Path jar = jar();
        archive(Relaunch.WINDOW_ARCHIVE, 2_000_000);
        List<String> command = Relaunch.command(new String[] {"--db", "a.db"}, jar, List.of("-Xmx1g"), 12345L, "java")
                .orElseThrow();
        assertThat(command).startsWith("java", "-Xmx1g", "-XX:SharedArchiveFile=" + dir.resolve(Relaunch.WINDOW_ARCHIVE))
                .contains("-Dmaakscan.started=12345", "-Dmaakscan.relaunched=true", "-XX:+UseSerialGC")
                .doesNotContain("-XX:TieredStopAtLevel=1")
                .endsWith("-jar", jar.toString(), "--db", "a.db");
    }

    @Test
    void aCollectorTheUserChoseIsKept() throws Exception {
        Path jar = jar();
        archive(Relaunch.WINDOW_ARCHIVE, 2_000_000);
        assertThat(Relaunch.command(new String[0], jar, List.of("-XX:+UseG1GC"), 1L, "java").orElseThrow())
                .contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void aCommandStartsWithTheCommandsArchiveAndTheQuickCompiler() throws Exception {
        Path jar = jar();
        archive(Relaunch.ARCHIVE, 2_000_000);
        List<String> command = Relaunch.command(new String[] {"list"}, jar, List.of(), 1L, "java").orElseThrow();
        assertThat(command).contains("-XX:SharedArchiveFile=" + dir.resolve(Relaunch.ARCHIVE),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").noneMatch(a -> a.startsWith("-Dmaakscan.started"));
        assertThat(Relaunch.command(new String[] {"report", "--all", "--out-dir", "d"}, jar, List.of(), 1L, "java")
                .orElseThrow()).contains("-Xmx256m", "-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(Relaunch.command(new String[] {"report", "--all", "--out-dir", "d"}, jar, List.of("-Xmx2g"), 1L,
                "java").orElseThrow()).doesNotContain("-Xmx256m");
    }

    @Test
    void nothingIsStartedAgainWithoutAFittingArchiveOrWhenTheUserChoseOne() throws Exception {
        Path jar = jar();
        archive(Relaunch.ARCHIVE, 2_000_000);
        assertThat(Relaunch.command(new String[0], jar, List.of(), 1L, "java"))
                .as("the commands' archive does not serve the window").isEmpty();
        archive(Relaunch.WINDOW_ARCHIVE, 500_000);
        assertThat(Relaunch.command(new String[0], jar, List.of(), 1L, "java")).as("older than the jar").isEmpty();
        assertThat(Relaunch.command(new String[] {"list"}, jar, List.of("-Xshare:off"), 1L, "java")).isEmpty();
    }
}
