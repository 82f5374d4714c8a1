package org.journeymaps.devhost.app;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What Spring Scanner needs before it starts an app's components in Confluence, checked the same way: a Spring
 * context file in {@code META-INF/spring/} (the bundle's {@code Spring-Context}) holding
 * {@code <atlassian-scanner:scan-indexes/>}, without which no {@code @Named} component starts; and constructor
 * parameters that take a host service marked {@code @ComponentImport} (an OSGi service import), while
 * {@code @ComponentImport} marks nothing but a service the host exports.
 */
final class SpringScannerRules {

    static final String SPRING_CONTEXTS = "META-INF/spring/*.xml";
    static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final List<String> INJECT = List.of("jakarta.inject.Inject",
            "org.springframework.beans.factory.annotation.Autowired");

    private SpringScannerRules() {
    }

    /** Fails unless a Spring context file of the app asks Spring Scanner to read its indexes. */
    static void requireScanIndexes(AppRoot root) {
        Resource[] contexts;
        try {
            contexts = new PathMatchingResourcePatternResolver().getResources(root + SPRING_CONTEXTS);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + SPRING_CONTEXTS + " in " + root, e);
        }
        for (Resource context : contexts) {
            if (scansIndexes(context)) {
                return;
            }
        }
        throw new IllegalStateException("No " + SPRING_CONTEXTS + " in the app holds <atlassian-scanner:scan-indexes/> ("
                + SCANNER_NAMESPACE + "): in Confluence, Spring Scanner would start none of the app's components");
    }

    /** Fails when the constructor Spring would call takes a host service without importing it, or imports a non-service. */
    static void checkImports(Class<?> type, Set<Class<?>> hostServices) {
        Constructor<?> constructor = injectionConstructor(type);
        if (constructor == null) {
            return;
        }
        for (Parameter parameter : constructor.getParameters()) {
            boolean imported = Arrays.stream(parameter.getAnnotations())
                    .anyMatch(a -> a.annotationType().getName().equals(COMPONENT_IMPORT));
            boolean hostService = hostServices.contains(parameter.getType());
            String where = type.getName() + "'s constructor parameter " + parameter.getType().getName();
            if (hostService && !imported) {
                throw new IllegalStateException(where + " is a host service without @ComponentImport: "
                        + "Spring Scanner would not import it and the component would not start");
            }
            if (imported && !hostService) {
                throw new IllegalStateException(where + " is marked @ComponentImport but the host exports no such "
                        + "service: in Confluence the import would never be satisfied");
            }
        }
    }

    private static Constructor<?> injectionConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        List<Constructor<?>> annotated = Arrays.stream(constructors)
                .filter(c -> Arrays.stream(c.getAnnotations())
                        .anyMatch(a -> INJECT.contains(a.annotationType().getName())))
                .toList();
        if (annotated.size() == 1) {
            return annotated.get(0);
        }
        return constructors.length == 1 ? constructors[0] : null;
    }

    private static boolean scansIndexes(Resource context) {
        try (InputStream in = context.getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getElementsByTagNameNS(SCANNER_NAMESPACE, "scan-indexes").getLength() > 0;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the Spring context " + context + ": " + e.getMessage(), e);
        }
    }
}
