package org.secplan.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF read back page by page, line by line from the top, each line with its vertical extent (in
 * points from the top of the page): enough to tell what is printed at the top and the bottom of a page and whether
 * any line of the page lies under it.
 */
public final class PrintedPages {

    /** One line of a page: its words joined by a space, and the top of its tallest glyph and its lowest baseline. */
    public record Line(String text, float top, float bottom) {
    }

    private PrintedPages() {
    }

    /** Every page's lines, top to bottom; blank lines left out. */
    public static List<List<Line>> read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                LineCollector collector = new LineCollector();
                collector.setSortByPosition(true);
                collector.setStartPage(p);
                collector.setEndPage(p);
                collector.getText(doc);
                collector.endLine();
                pages.add(List.copyOf(collector.lines));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document information (title, author, subject, keywords, creator) and every bookmark's title. */
    public static String metadata(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder b = new StringBuilder();
            var info = doc.getDocumentInformation();
            for (String s : new String[] {info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords(),
                    info.getCreator()}) {
                b.append(s == null ? "" : s).append('\n');
            }
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                outline(outline.children(), b);
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void outline(Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
                                StringBuilder b) {
        for (var item : items) {
            b.append(item.getTitle()).append('\n');
            outline(item.children(), b);
        }
    }

    /** The text with runs of whitespace made one space and compatibility forms (ligatures) folded. */
    /**
     * Asserts that every page starts with {@code marking} and ends with it and "Page n of N", and that no other line
     * lies under either; {@code document} names the pages in messages.
     */
    public static void assertMarkedOnEveryPage(List<List<Line>> pages, String marking, String document) {
        for (int n = 0; n < pages.size(); n++) {
            List<Line> lines = pages.get(n);
            String where = document + ", page " + (n + 1) + " of " + pages.size();
            org.junit.jupiter.api.Assertions.assertTrue(lines.size() >= 3, where + ": " + lines);
            Line top = lines.get(0);
            Line bottom = lines.get(lines.size() - 1);
            org.junit.jupiter.api.Assertions.assertEquals(marking, top.text(), where + ": the marking is the first line");
            org.junit.jupiter.api.Assertions.assertEquals(marking + " Page " + (n + 1) + " of " + pages.size(),
                    bottom.text(), where + ": the marking (and the page number) is the last line");
            for (Line body : lines.subList(1, lines.size() - 1)) {
                org.junit.jupiter.api.Assertions.assertTrue(body.top() > top.bottom() && body.bottom() < bottom.top(),
                        where + ": '" + body.text() + "' lies under the marking (" + body + ", marking " + top
                                + " and " + bottom + ")");
            }
        }
    }

    public static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    /** Every line of every page, normalized and joined by spaces. */
    public static String allText(List<List<Line>> pages) {
        StringBuilder b = new StringBuilder();
        for (List<Line> page : pages) {
            for (Line l : page) {
                b.append(l.text()).append(' ');
            }
        }
        return normalized(b.toString());
    }

    private static final class LineCollector extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float top = Float.MAX_VALUE;
        private float bottom = -Float.MAX_VALUE;

        LineCollector() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            for (TextPosition t : positions) {
                top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
                bottom = Math.max(bottom, t.getYDirAdj());
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            String line = normalized(text.toString());
            if (!line.isEmpty()) {
                lines.add(new Line(line, top, bottom));
            }
            text.setLength(0);
            top = Float.MAX_VALUE;
            bottom = -Float.MAX_VALUE;
        }
    }
}
