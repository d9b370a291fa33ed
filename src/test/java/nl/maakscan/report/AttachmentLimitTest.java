package nl.maakscan.report;

import nl.maakscan.store.InputFiles;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small PDF whose embedded bundle inflates beyond the limit is refused while it is read, not after. */
class AttachmentLimitTest {

    @TempDir
    Path dir;

    @Test
    void aBundleThatInflatesBeyondTheLimitIsRefused() throws Exception {
        Path pdf = dir.resolve("bomb.pdf");
        long inflated = InputFiles.MAX_ATTACHMENT + 1024;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ReportAttachment.attach(doc, new byte[0], "bundle", Calendar.getInstance());
            var spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(ReportAttachment.FILE_NAME);
            // zeros, compressed on the way in: a few tens of kilobytes on disk
            try (InputStream zeros = new InputStream() {
                private long left = inflated;

                @Override
                public int read() {
                    return left-- > 0 ? 0 : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 0);
                    left -= n;
                    return n;
                }
            }) {
                var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(doc, zeros,
                        COSName.FLATE_DECODE);
                spec.setEmbeddedFile(file);
            }
            doc.save(pdf.toFile());
        }
        assertThat(Files.size(pdf)).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> ReportAttachment.read(Files.readAllBytes(pdf), InputFiles.MAX_ATTACHMENT))
                .isInstanceOf(ReportAttachment.TooLarge.class);
        nl.maakscan.app.CliTest.Run r = nl.maakscan.app.CliTest.run("--db", dir.resolve("m.db").toString(), "import",
                "--lang", "en", pdf.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("larger than", "Nothing was imported");
    }
}
