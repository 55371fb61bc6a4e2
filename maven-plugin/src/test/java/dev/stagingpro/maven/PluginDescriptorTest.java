package dev.stagingpro.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the plugin.xml that maven-plugin-plugin generated from the annotations, as Maven will. */
class PluginDescriptorTest {
  private record Goal(String name, String implementation, boolean threadSafe) {}

  private static List<Goal> goals() throws Exception {
    try (InputStream xml = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertThat(xml).as("plugin.xml is generated before the tests run").isNotNull();
      NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml).getElementsByTagName("mojo");
      List<Goal> goals = new ArrayList<>();
      for (int i = 0; i < mojos.getLength(); i++) {
        Element mojo = (Element) mojos.item(i);
        goals.add(new Goal(text(mojo, "goal"), text(mojo, "implementation"), Boolean.parseBoolean(text(mojo, "threadSafe"))));
      }
      return goals;
    }
  }

  private static String text(Element mojo, String tag) {
    NodeList nodes = mojo.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  @Test
  void thereIsOneGoalPerOperationPlusHelpAndEveryGoalIsThreadSafe() throws Exception {
    List<String> expected = new ArrayList<>(Arrays.stream(Operation.values()).map(Operation::goal).toList());
    expected.add("help");

    assertThat(goals()).extracting(Goal::name).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(goals()).allMatch(Goal::threadSafe, "threadSafe");
  }

  @Test
  void eachGoalRunsTheOperationOfTheSameName() throws Exception {
    for (Goal goal : goals()) {
      if (goal.name().equals("help")) {
        continue;
      }
      AbstractStagingProMojo mojo = (AbstractStagingProMojo) Class.forName(goal.implementation()).getConstructor().newInstance();
      assertThat(mojo.toRequest(CiContext.LOCAL).operation().goal()).as(goal.name()).isEqualTo(goal.name());
    }
  }

  @Test
  void everyGoalOffersTheStagingproUserProperties() throws Exception {
    try (InputStream xml = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      String descriptor = new String(xml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String property : List.of("environment", "approve", "manifest", "skip", "ref", "pr", "migration", "plan",
          "out", "from", "to", "runId", "entry", "at", "zone", "maxWait", "force", "reapply", "entities")) {
        assertThat(descriptor).as(property).contains("${stagingpro." + property + "}");
      }
    }
  }
}
