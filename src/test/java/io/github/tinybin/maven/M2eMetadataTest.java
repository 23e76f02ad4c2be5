package io.github.tinybin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class M2eMetadataTest {
    @Test
    void eclipseRunsBuildAndIgnoresRun() throws Exception {
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "META-INF/m2e/lifecycle-mapping-metadata.xml is missing");
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, String> actions = new LinkedHashMap<>();
        NodeList executions = doc.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element e = (Element) executions.item(i);
            String goal = e.getElementsByTagName("goal").item(0).getTextContent();
            Element action = (Element) e.getElementsByTagName("action").item(0);
            String kind = action.getElementsByTagName("execute").getLength() > 0 ? "execute" : "ignore";
            actions.put(goal, kind);
        }
        assertEquals(Map.of("build", "execute", "run", "ignore"), actions);
    }
}
