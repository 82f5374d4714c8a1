package it.org.journeymaps.release;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the app's jar as {@code package} built it (failsafe runs after it; the path comes from the pom) and checks
 * what Confluence reads when it installs the app: the descriptor at the root, the Spring context Spring Scanner starts
 * from, the manifest headers, the webpack web-resource descriptors in the scanned folder, the i18n bundles, and that
 * no platform class is packaged. The release build adds Spring Scanner's index and the OSGi headers on top.
 */
class ReleaseReadinessTest {

    private static final String APP_PACKAGE = "org.journeymaps";
    private static final String SCANNED_FOLDER = "META-INF/plugin-descriptors";
    private static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";

    private static JarFile jar;
    private static Element descriptor;
    private static String pluginKey;

    @BeforeAll
    static void openJar() throws Exception {
        String location = System.getProperty("jm.app.jar");
        assertThat(location).as("system property jm.app.jar (set by the pom's failsafe configuration)").isNotBlank();
        assertThat(Path.of(location)).as("the app jar; run through 'mvn verify' so that package builds it").exists();
        jar = new JarFile(location);
        descriptor = xml("atlassian-plugin.xml").getDocumentElement();
        pluginKey = descriptor.getAttribute("key");
    }

    @AfterAll
    static void closeJar() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void theDescriptorIsAtTheRootWithItsPropertiesFiltered() throws IOException {
        String text = new String(jar.getInputStream(jar.getJarEntry("atlassian-plugin.xml")).readAllBytes());

        assertThat(text).doesNotContain("${");
        assertThat(pluginKey).isEqualTo("org.journeymaps.journey-maps");
        assertThat(descriptor.getAttribute("plugins-version")).isEqualTo("2");
    }

    @Test
    void theManifestNamesThePluginKeyTheSpringContextAndTheScannedFolder() throws IOException {
        Attributes manifest = jar.getManifest().getMainAttributes();

        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(pluginKey);
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Atlassian-Scan-Folders")).isEqualTo(SCANNED_FOLDER);
    }

    @Test
    void aSpringContextAsksSpringScannerToReadItsIndexes() throws Exception {
        List<String> contexts = names(name -> name.startsWith("META-INF/spring/") && name.endsWith(".xml"));
        List<String> scanning = new ArrayList<>();
        for (String context : contexts) {
            if (xml(context).getElementsByTagNameNS(SCANNER_NAMESPACE, "scan-indexes").getLength() > 0) {
                scanning.add(context);
            }
        }
        assertThat(scanning).as("META-INF/spring/*.xml with <atlassian-scanner:scan-indexes/>").isNotEmpty();
    }

    @Test
    void theWebpackWebResourcesAreInTheScannedFolderAndTheirFilesArePackaged() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (String file : names(name -> name.startsWith(SCANNED_FOLDER + "/") && name.endsWith(".xml"))) {
            for (Element resource : elements(xml(file).getDocumentElement(), "web-resource")) {
                keys.add(resource.getAttribute("key"));
                assertPackaged(elements(resource, "resource"), file);
            }
        }
        assertThat(keys).contains("entrypoint-journey-map-viewer", "entrypoint-journey-map-editor",
                "entrypoint-journey-map-macro-browser");
        for (Element dependency : elements(descriptor, "dependency")) {
            String target = dependency.getTextContent().trim();
            if (target.startsWith(pluginKey + ":")) {
                Set<String> ownKeys = new TreeSet<>(keys);
                elements(descriptor, "web-resource").forEach(r -> ownKeys.add(r.getAttribute("key")));
                assertThat(ownKeys).as("web resource the descriptor depends on").contains(target.substring(pluginKey.length() + 1));
            }
        }
        elements(descriptor, "web-resource").forEach(r -> assertPackaged(elements(r, "resource"), "atlassian-plugin.xml"));
    }

    @Test
    void theI18nBundlesAreThereInEnglishAndFrench() {
        List<Element> bundles = elements(descriptor, "resource").stream()
                .filter(r -> r.getAttribute("type").equals("i18n")).toList();

        assertThat(bundles).isNotEmpty();
        for (Element bundle : bundles) {
            String location = bundle.getAttribute("location").replace('.', '/');
            assertThat(jar.getJarEntry(location + ".properties")).as(location + ".properties").isNotNull();
            assertThat(jar.getJarEntry(location + "_fr.properties")).as(location + "_fr.properties").isNotNull();
        }
    }

    @Test
    void noPlatformClassIsPackaged() {
        assertThat(names(name -> name.startsWith("com/atlassian/") || name.startsWith("net/java/ao/"))).isEmpty();
    }

    @Test
    void everyClassTheDescriptorNamesIsPackaged() {
        Set<String> classes = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            // A <condition> names Confluence's own class, which the host provides.
            if (!element.getAttribute("class").isEmpty() && !element.getTagName().equals("condition")) {
                classes.add(element.getAttribute("class"));
            }
            if (Set.of("entity", "upgradeTask").contains(element.getTagName())) {
                classes.add(element.getTextContent().trim());
            }
            if (element.getTagName().equals("method")) {
                classes.add(element.getTextContent().trim().split("#")[0]);
            }
        }
        assertThat(classes).isNotEmpty().allSatisfy(name -> assertThat(jar.getJarEntry(name.replace('.', '/') + ".class"))
                .as(name).isNotNull());
    }

    @Test
    void everyNamedComponentIsInThePackageTheScannerCovers() {
        JavaClasses classes = new ClassFileImporter().importJar(jar);
        List<String> named = classes.stream().filter(type -> type.isAnnotatedWith("jakarta.inject.Named"))
                .map(JavaClass::getName).toList();

        assertThat(named).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith(APP_PACKAGE + "."));
    }

    private static void assertPackaged(List<Element> resources, String where) {
        for (Element resource : resources) {
            String location = resource.getAttribute("location");
            String entry = location.startsWith("/") ? location.substring(1) : location;
            boolean present = entry.endsWith("/")
                    ? jar.stream().anyMatch(e -> e.getName().startsWith(entry) && !e.isDirectory())
                    : jar.getJarEntry(entry) != null;
            assertThat(present).as(where + ": resource " + location).isTrue();
        }
    }

    private static List<String> names(java.util.function.Predicate<String> filter) {
        return jar.stream().map(JarEntry::getName).filter(filter).collect(Collectors.toList());
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Document xml(String entry) throws Exception {
        JarEntry found = jar.getJarEntry(entry);
        assertThat(found).as(entry + " in the jar").isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = jar.getInputStream(found)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
