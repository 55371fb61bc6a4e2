package dev.stagingpro.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.ops.Operation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * report.html read back with the JDK's XML parser: it must be well-formed XHTML, and its tables
 * must say what the report says. (A browser rendering is a manual check; see the closing note.)
 */
class HtmlReportWriterTest {
  private final HtmlReportWriter writer = new HtmlReportWriter();

  @Test
  void countsTableHasARowPerEntityAndAColumnPerClass() throws Exception {
    Page page = Page.parse(writer.render(SampleReports.partialApply()));

    List<String> header = page.texts("//table[@id='counts']/thead/tr/th");
    assertThat(header).containsExactly("Entity", "create", "update", "unchanged", "skipped", "not_migratable",
        "conflict", "delete", "create_on_source", "total");
    assertThat(page.texts("//table[@id='counts']/tbody/tr/th")).containsExactly("products", "categories", "pages");
    assertThat(page.texts("//table[@id='counts']/tbody/tr[1]/td"))
        .containsExactly("12", "30", "200", "0", "2", "0", "0", "0", "244");
    assertThat(page.text("//table[@id='counts']/tbody/tr[2]/td[@data-class='conflict']")).isEqualTo("1");
    assertThat(page.text("//table[@id='counts']/tfoot/tr/td[@data-class='total']")).isEqualTo("249");
  }

  @Test
  void failuresCarryTheStoresMessageAsText() throws Exception {
    Page page = Page.parse(writer.render(SampleReports.partialApply()));

    assertThat(page.texts("//table[@id='failures']/tbody/tr/td[2]")).containsExactly("SKU-RED-42", "SKU-BLUE-7");
    assertThat(page.text("//table[@id='failures']/tbody/tr[2]/td[3]")).isEqualTo(SampleReports.HOSTILE_MESSAGE);
    assertThat(page.text("//p[@id='retry']/code")).isEqualTo("stagingpro apply --retry " + SampleReports.RUN_ID);
    assertThat(page.count("//*[local-name()='script']")).isZero();
    assertThat(page.texts("//ul[@id='warnings']/li")).hasSize(1);
  }

  @Test
  void metricsTimingsAndSummaryAreShown() throws Exception {
    Page page = Page.parse(writer.render(SampleReports.partialApply()));

    assertThat(page.text("//table[@id='requests']//tr[@data-metric='total']/td")).isEqualTo("153");
    assertThat(page.text("//table[@id='requests']//tr[@data-metric='retries']/td")).isEqualTo("4");
    assertThat(page.text("//table[@id='requests']//tr[@data-metric='rateLimited']/td")).isEqualTo("2");
    assertThat(page.text("//table[@id='requests']//tr[@data-metric='bytesIn']/td")).isEqualTo("3.2 MiB");
    assertThat(page.texts("//table[@id='endpoints']/tbody/tr/td[1]"))
        .containsExactly("GET /v3/catalog/products", "POST /v3/catalog/categories", "PUT /v3/catalog/products");
    assertThat(page.texts("//table[@id='timings']/tbody/tr/td[1]")).containsExactly("plan", "apply");
    assertThat(page.text("//table[@id='timings']/tbody/tr[2]/td[2]/@data-millis")).isEqualTo("75000");
    assertThat(page.text("//header/@class")).isEqualTo("result-partial");
    assertThat(page.text("//p[@id='result']")).startsWith("PARTIAL");
    assertThat(page.texts("//section[@id='summary']/dl/dt")).contains("Run id", "Commit", "Started by", "Duration",
        "CI run", "Preview");
    assertThat(page.text("//section[@id='summary']//a/@href")).isEqualTo("https://github.com/acme/store/actions/runs/42");
  }

  @Test
  void pageIsSelfContained() throws Exception {
    String html = writer.render(SampleReports.partialApply());
    Page page = Page.parse(html);

    assertThat(page.count("//*[local-name()='link' or local-name()='img' or local-name()='iframe']")).isZero();
    assertThat(page.count("//@src")).isZero();
    assertThat(page.texts("//*[local-name()='a']/@href")).allSatisfy(href -> assertThat(href).startsWith("https://"));
    assertThat(page.text("//*[local-name()='style']")).doesNotContain("url(", "@import");
  }

  @Test
  void emptyRunSaysSoAndStillParses() throws Exception {
    RunReport empty = RunReport.builder("r0", Operation.PREVIEW_CLEANUP, new MutableClock(SampleReports.START))
        .ciRunUrl("javascript:alert(1)").finish();
    Page page = Page.parse(writer.render(empty));

    assertThat(page.count("//table[@id='counts']")).isZero();
    assertThat(page.text("//section[@id='records']/p")).isEqualTo("No records were touched.");
    assertThat(page.count("//*[local-name()='a']")).isZero();
    assertThat(page.text("//table[@id='requests']//tr[@data-metric='total']/td")).isEqualTo("0");
  }

  /** An XHTML page parsed by the JDK, queried by XPath without namespace prefixes. */
  record Page(Document document, XPath xpath) {
    static Page parse(String html) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      // Not namespace aware, so plain names like //table match XHTML elements.
      Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
      return new Page(document, XPathFactory.newInstance().newXPath());
    }

    String text(String expression) throws Exception {
      return xpath.evaluate(expression, document).trim();
    }

    List<String> texts(String expression) throws Exception {
      NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Node node = nodes.item(i);
        texts.add(node.getTextContent().trim());
      }
      return texts;
    }

    int count(String expression) throws Exception {
      return ((NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET)).getLength();
    }
  }
}
