package dev.hkfilings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.Documents;
import dev.hkfilings.testing.PdfRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Real bytes through in-process Tika: what each kind of document and each kind of damage turns into. */
class InProcessExtractorTest {

    private static final InProcessExtractor extractor = new InProcessExtractor(ExtractConfig.with(ExtractConfig.MODE, "in-process"));

    @AfterAll
    static void close() {
        extractor.close();
    }

    @Test
    void seedPdfsKeepTheirKeyPhrasesIncludingChinese() {
        for (Seeds.Seed seed : Seeds.all()) {
            ExtractionResult r = extractor.extract(seed.pdf(), seed.name() + ".pdf", "application/pdf");
            assertThat(r.ok()).as(seed.name() + ": " + r.reason()).isTrue();
            assertThat(r.detectedContentType()).isEqualTo("application/pdf");
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.hasTextLayer()).isTrue();
            assertThat(r.truncated()).isFalse();
            assertThat(r.extractor()).isEqualTo("tika-3.2.3/PDFParser");
            assertThat(r.pageCount()).isGreaterThanOrEqualTo(2);
            assertThat(Seeds.flat(r.text())).as(seed.name()).contains(seed.phrases());
        }
        assertThat(extractor.extract(Seeds.ESG.pdf(), null, null).pageCount()).isGreaterThan(50);
    }

    @Test
    void tableCellsComeBackOneOnALine() {
        ExtractionResult r = extractor.extract(PdfRenderer.render("Name of shareholder\tNumber of pledged shares\tPledgee\n"
                + "Ganzhou Geshuo\t155.00\tGF Securities Co., Ltd.\n"), "table.pdf", null);
        assertThat(r.text().strip().lines().map(String::strip).toList()).containsSubsequence(
                "Name of shareholder", "Number of pledged shares", "Pledgee", "Ganzhou Geshuo", "155.00", "GF Securities Co., Ltd.");
    }

    @Test
    void chineseLanguagesAreTold() {
        ExtractionResult hant = extractor.extract(PdfRenderer.render("江西金力永磁科技股份有限公司\n控股股東股份質押公告\n"
                + "本公司董事會宣佈，於二零二二年十月二十六日接獲控股股東通知，其持有的本公司股份已質押予廣發證券。"), "zh.pdf", null);
        assertThat(hant.ok()).as(hant.reason()).isTrue();
        assertThat(hant.language()).isEqualTo("zh-Hant");
        assertThat(hant.text()).contains("控股股東股份質押公告");

        ExtractionResult hans = extractor.extract(PdfRenderer.render("关于控股股东部分股份质押的公告\n"
                + "本公司董事会于近日接到控股股东通知，获悉其所持有本公司的部分股份已办理质押业务。"), "zh.pdf", null);
        assertThat(hans.language()).isEqualTo("zh-Hans");
        assertThat(hans.text()).contains("关于控股股东部分股份质押的公告");
    }

    @Test
    void docxAndHtmlAreRead_typeFromTheBytesNotTheName() {
        ExtractionResult docx = extractor.extract(Documents.docx("POLL RESULTS OF THE ANNUAL GENERAL MEETING\n"
                + "Resolution 1 was passed as an ordinary resolution.\n股東週年大會投票結果"), "poll.pdf", "application/pdf");
        assertThat(docx.ok()).as(docx.reason()).isTrue();
        assertThat(docx.detectedContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.text()).contains("POLL RESULTS OF THE ANNUAL GENERAL MEETING", "股東週年大會投票結果");

        ExtractionResult html = extractor.extract(Documents.html("Poll results", "Resolution 1 passed\n決議案獲通過"), "poll.txt", null);
        assertThat(html.ok()).as(html.reason()).isTrue();
        assertThat(html.detectedContentType()).isEqualTo("text/html");
        assertThat(html.text()).contains("Resolution 1 passed", "決議案獲通過").doesNotContain("SCRIPT-TEXT-MUST-NOT-APPEAR");
    }

    @Test
    void textInALegacyEncodingIsDecoded() {
        String zhHant = "江西金力永磁科技股份有限公司 股份質押公告 控股股東質押股份 董事會公告 於二零二二年十月二十六日";
        ExtractionResult big5 = extractor.extract(Documents.encoded(zhHant, "Big5"), "notice.txt", "text/plain; charset=UTF-8");
        assertThat(big5.ok()).as(big5.reason()).isTrue();
        assertThat(big5.text()).contains("股份質押公告");
        assertThat(big5.language()).isEqualTo("zh-Hant");
        assertThat(big5.detectedContentType()).contains("Big5");

        String zhHans = "江西金力永磁科技股份有限公司 股份质押公告 控股股东质押股份 董事会公告 于二零二二年十月二十六日";
        ExtractionResult gb = extractor.extract(Documents.encoded(zhHans, "GB18030"), "notice.txt", null);
        assertThat(gb.text()).contains("股份质押公告");
        assertThat(gb.language()).isEqualTo("zh-Hans");

        ExtractionResult utf16 = extractor.extract(Documents.encoded("\uFEFFPoll results of the meeting: all resolutions passed", "UTF-16LE"), "x", null);
        assertThat(utf16.ok()).as(utf16.reason()).isTrue();
        assertThat(utf16.text()).contains("Poll results of the meeting");
    }

    @Test
    void aPdfOfFiveThousandPagesIsReadWhole() {
        ExtractionResult r = extractor.extract(Documents.manyPages(5000), "long.pdf", null);
        assertThat(r.ok()).as(r.reason()).isTrue();
        assertThat(r.pageCount()).isEqualTo(5000);
        assertThat(r.text()).contains("page 1 of 5000", "page 5000 of 5000");
    }

    @Test
    void outputIsCutAtTheLimit() {
        try (InProcessExtractor small = new InProcessExtractor(ExtractConfig.with(ExtractConfig.MAX_TEXT_CHARS, 2000))) {
            ExtractionResult r = small.extract(Seeds.ESG.pdf(), "esg.pdf", null);
            assertThat(r.ok()).isTrue();
            assertThat(r.truncated()).isTrue();
            assertThat(r.text().length()).isLessThanOrEqualTo(2000);
        }
    }

    @Test
    void hostileInputsBecomeFailuresThatNameTheProblem() {
        byte[] pdf = Seeds.PLEDGE.pdf();
        assertFailure(new byte[0], "empty.pdf", FailureCode.EMPTY, "0 bytes");
        assertFailure(Documents.junk(20_000, 7), "filing.pdf", FailureCode.UNSUPPORTED_TYPE, "application/octet-stream");
        assertFailure(Documents.truncated(pdf, 0.5), "cut.pdf", FailureCode.CORRUPT, "truncated");
        assertFailure(Documents.truncated(pdf, 0.97), "cut.pdf", FailureCode.CORRUPT, "truncated");
        assertFailure(Documents.corrupted(pdf, 42), "damaged.pdf", FailureCode.CORRUPT, "cannot parse application/pdf");
        assertFailure(Documents.encrypted(pdf), "locked.pdf", FailureCode.ENCRYPTED, "password");
        ExtractionResult scan = assertFailure(Documents.scanned(3), "scan.pdf", FailureCode.NO_TEXT_LAYER, "3 page(s)");
        assertThat(scan.hasTextLayer()).isFalse();
        assertThat(scan.pageCount()).isEqualTo(3);
        assertFailure(Documents.docxEntityBomb(), "bomb.docx", FailureCode.CORRUPT, "entity bomb");
        assertFailure(Documents.docxZipBomb(200), "zip.docx", FailureCode.TOO_LARGE, "decompression bomb");
        assertFailure(zipOf("a.txt"), "a.zip", FailureCode.UNSUPPORTED_TYPE, "application/zip");
        assertFailure(Documents.html("", ""), "blank.html", FailureCode.EMPTY, "no text");
        try (InProcessExtractor limited = new InProcessExtractor(ExtractConfig.with(ExtractConfig.MAX_INPUT_BYTES, 1000))) {
            ExtractionResult big = limited.extract(pdf, "big.pdf", null);
            assertThat(big.errorCode()).isEqualTo("TOO_LARGE");
            assertThat(big.reason()).contains("over the limit of 1000");
        }
    }

    private static ExtractionResult assertFailure(byte[] content, String name, FailureCode code, String reasonPart) {
        ExtractionResult r = extractor.extract(content, name, null);
        assertThat(r.errorCode()).as(name + ": " + r.reason()).isEqualTo(code.name());
        assertThat(r.reason()).as(name).contains(reasonPart);
        assertThat(r.text()).isNull();
        return r;
    }

    private static byte[] zipOf(String entry) {
        try (var bytes = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
