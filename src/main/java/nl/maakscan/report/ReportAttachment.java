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

    /**
     * The bundle JSON embedded in a Maakscan report, or empty when the file is a PDF without one. Only a
     * regular file of at most {@link nl.maakscan.store.InputFiles#MAX_IMPORT} bytes is opened, and at most
     * {@link nl.maakscan.store.InputFiles#MAX_ATTACHMENT} bytes are inflated
     * ({@link nl.maakscan.store.StoreException.InputRefused} otherwise).
     *
     * @throws IOException when the file cannot be read or is not a PDF
     */
    public static Optional<byte[]> read(Path pdf) throws IOException {
        nl.maakscan.store.InputFiles.check(pdf, nl.maakscan.store.InputFiles.MAX_IMPORT);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return Optional.empty();
            }
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            PDComplexFileSpecification spec = files == null ? null : files.get(FILE_NAME);
            if (spec == null || spec.getEmbeddedFile() == null) {
                return Optional.empty();
            }
            // streamed with a cap: a small PDF may inflate to gigabytes
            try (java.io.InputStream in = spec.getEmbeddedFile().createInputStream()) {
                return Optional.of(nl.maakscan.store.InputFiles.readCapped(in, nl.maakscan.store.InputFiles.MAX_ATTACHMENT,
                        pdf + " (" + FILE_NAME + ")"));
            }
        }
    }

    /** True when the bytes start like a PDF file. */
    public static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }
}
