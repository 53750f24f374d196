package dev.heartwood.infra.browser;

import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A page as the browser prints it on A4 with the print stylesheet: how many sheets, and its text with the words that
 * wrap within a table's cells run together on one line.
 */
record Printed(int sheets, String text) {

    static Printed onA4(Page page) throws IOException {
        try (PDDocument printed = Loader.loadPDF(page.pdf(new Page.PdfOptions().setFormat("A4")))) {
            for (PDPage sheet : printed.getPages()) {
                PDRectangle paper = sheet.getMediaBox();
                assertThat(paper.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(paper.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            }
            return new Printed(printed.getNumberOfPages(),
                    new PDFTextStripper().getText(printed).replaceAll("\\s+", " "));
        }
    }
}
