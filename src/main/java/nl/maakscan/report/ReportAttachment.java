package nl.maakscan.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The assessment's bundle JSON inside the report, as a PDF/A-3 associated file (AFRelationship
 * {@code Source}: the data the report was made from), so that importing the PDF restores the assessment.
 */
public final class ReportAttachment {

    /** The name of the embedded file. */
    public static final String FILE_NAME = "maakscan-bundle.json";

    private ReportAttachment() {
    }

    /** Embeds {@code bundle} into {@code doc} and lists it in the catalogue's associated files. */
    static void attach(PDDocument doc, byte[] bundle, String description, Calendar modified) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(bundle));
        file.setSubtype("application/json");
        file.setSize(bundle.length);
        file.setCreationDate(modified);
        file.setModDate(modified);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(FILE_NAME);
        spec.setFileUnicode(FILE_NAME);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(FILE_NAME, spec));
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        }
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        COSArray af = new COSArray();
        af.add(spec);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    /** The moment as a UTC calendar, for the attachment's dates. */
    static Calendar utc(java.time.Instant instant) {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(instant.toEpochMilli());
        return cal;
    }

    /** An embedded bundle larger than the limit given to {@link #read}; nothing of it is kept. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the embedded bundle is larger than " + limit + " bytes");
        }
    }

    /**
     * The bundle JSON embedded in a Maakscan report (the bytes of the PDF, which the caller has read
     * within its own limit), or empty when it is a PDF without one. The bundle is read as a stream and
     * refused with {@link TooLarge} as soon as it passes {@code maxBytes}: a small PDF may inflate to
     * gigabytes.
     *
     * @throws IOException when the bytes are not a PDF that can be read
     */
    public static Optional<byte[]> read(byte[] pdf, long maxBytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return Optional.empty();
            }
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            PDComplexFileSpecification spec = files == null ? null : files.get(FILE_NAME);
            if (spec == null || spec.getEmbeddedFile() == null) {
                return Optional.empty();
            }
            try (java.io.InputStream in = spec.getEmbeddedFile().createInputStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                return Optional.of(bytes);
            }
        }
    }

    /** The embedded bundle of a report file (for tests and tools; the program reads through {@link #read(byte[], long)}). */
    public static Optional<byte[]> read(Path pdf) throws IOException {
        return read(java.nio.file.Files.readAllBytes(pdf), Integer.MAX_VALUE - 8);
    }

    /** True when the bytes start like a PDF file. */
    public static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }
}
