package org.journeymaps.devhost.app;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.TypeFilter;

import java.beans.Introspector;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The app's Spring container, wired as Spring Scanner does in Confluence: only when the app ships a Spring context
 * file asking for the scanner's indexes, the app's {@code @Named} (and {@code @Component}) classes under
 * {@code org.journeymaps}, with the host services as beans so {@code @ComponentImport} constructor parameters
 * resolve by type; a host service taken without {@code @ComponentImport}, or an import of anything else, stops
 * the start ({@link SpringScannerRules}). Classes outside the {@link AppRoot} (devhost, tests) are never picked up.
 */
public final class AppContainer implements AutoCloseable {

    public static final String APP_PACKAGE = "org.journeymaps";

    private final GenericApplicationContext context = new GenericApplicationContext();
    private final AppRoot root;
    private final ClassLoader loader;
    private final String basePackage;
    private final Set<Class<?>> hostServiceTypes;

    /** Wires the app's components under {@code basePackage} ({@link #APP_PACKAGE} for the app). */
    public AppContainer(AppRoot root, ClassLoader loader, String basePackage, Map<Class<?>, Object> hostServices) {
        this.root = root;
        this.loader = loader;
        this.basePackage = basePackage;
        this.hostServiceTypes = Set.copyOf(hostServices.keySet());
        SpringScannerRules.requireScanIndexes(root);
        context.setClassLoader(loader);
        hostServices.forEach(this::registerHostService);
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, true);
        scanner.addExcludeFilter(outsideApp());
        scanner.scan(basePackage);
        for (String name : context.getBeanDefinitionNames()) {
            String className = context.getBeanDefinition(name).getBeanClassName();
            Class<?> type = className == null ? null : load(className);
            if (type != null && root.contains(type)) {
                SpringScannerRules.checkImports(type, hostServiceTypes);
            }
        }
        context.refresh();
    }

    public ApplicationContext context() {
        return context;
    }

    /**
     * An instance of an app class the plugin container would create (REST resource, provider, macro,
     * upgrade task): the app's bean if the class is one, else a new instance with constructor injection.
     */
    public <T> T create(Class<T> type) {
        String[] names = context.getBeanNamesForType(type);
        for (String name : names) {
            if (context.getType(name) == type) {
                return type.cast(context.getBean(name));
            }
        }
        if (root.contains(type)) {
            SpringScannerRules.checkImports(type, hostServiceTypes);
        }
        return context.getAutowireCapableBeanFactory().createBean(type);
    }

    /** The app's concrete classes with the annotation, in the given packages (or the whole base package). */
    public List<Class<?>> appClassesAnnotatedWith(Class<? extends Annotation> annotation, List<String> packages) {
        ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false);
        provider.addIncludeFilter(new AnnotationTypeFilter(annotation));
        provider.addExcludeFilter(outsideApp());
        Set<String> names = new LinkedHashSet<>();
        for (String basePackage : packages.isEmpty() ? List.of(basePackage) : packages) {
            provider.findCandidateComponents(basePackage).stream().map(BeanDefinition::getBeanClassName).forEach(names::add);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(load(name));
        }
        return classes;
    }

    @Override
    public void close() {
        context.close();
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Scanned app class " + className + " cannot be loaded", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void registerHostService(Class<?> type, Object service) {
        context.registerBean(Introspector.decapitalize(type.getSimpleName()), (Class) type, () -> service);
    }

    private TypeFilter outsideApp() {
        return (reader, factory) -> !root.contains(reader.getResource().getURL());
    }
}
