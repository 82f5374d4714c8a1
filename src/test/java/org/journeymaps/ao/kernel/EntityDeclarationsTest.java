package org.journeymaps.ao.kernel;

import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Ignore;
import org.journeymaps.devhost.descriptor.AoModule;
import org.journeymaps.devhost.descriptor.DescriptorParser;
import org.junit.jupiter.api.Test;

/** The entities as declared: in the descriptor, in {@link JourneyMapEntities}, and what they preload. */
class EntityDeclarationsTest {

    @Test
    void theDescriptorsAoModuleListsExactlyJourneyMapEntitiesInTheSameOrder() throws IOException {
        AoModule module;
        try (InputStream descriptor = getClass().getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            module = new DescriptorParser().parse(descriptor, "atlassian-plugin.xml").aoModules().get(0);
        }

        assertThat(module.entities()).containsExactlyElementsOf(
                Arrays.stream(JourneyMapEntities.ALL).map(Class::getName).toList());
        assertThat(module.namespace()).isEqualTo(AoRepositoryTest.NAMESPACE);
    }

    /** An explicit list, not "*": AO's "*" leaves foreign keys out, and each would then cost a SELECT per row. */
    @Test
    void everyEntityWithForeignKeysPreloadsEveryColumnForeignKeysIncluded() {
        for (Class<? extends RawEntity<?>> entity : JourneyMapEntities.ALL) {
            Set<String> columns = columnProperties(entity);
            boolean hasForeignKeys = getters(entity).stream()
                    .anyMatch(getter -> RawEntity.class.isAssignableFrom(getter.getReturnType()));
            List<String> preload = List.of(entity.getAnnotation(Preload.class).value());
            if (hasForeignKeys) {
                assertThat(preload).as(entity.getSimpleName()).containsExactlyInAnyOrderElementsOf(columns);
            } else {
                assertThat(preload).as(entity.getSimpleName()).containsExactly("*");
            }
        }
    }

    /** The bean property behind each column, as AO derives it; a foreign key {@code getMap()} is {@code mapId}. */
    private static Set<String> columnProperties(Class<?> entity) {
        return getters(entity).stream().map(EntityDeclarationsTest::property).collect(Collectors.toSet());
    }

    /** The column getters ({@code getX}, or {@code isX} for a boolean): not the key, not AO's own {@code @Ignore}d methods, not relations (arrays of entities). */
    private static List<Method> getters(Class<?> entity) {
        return Arrays.stream(entity.getMethods())
                .filter(method -> method.getParameterCount() == 0 && (method.getName().startsWith("get")
                        || method.getName().startsWith("is") && method.getReturnType() == boolean.class))
                .filter(method -> !method.getReturnType().isArray())
                .filter(method -> !method.isAnnotationPresent(Ignore.class) && !method.getName().equals("getID"))
                .toList();
    }

    private static String property(Method getter) {
        String name = Introspector.decapitalize(getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3));
        return RawEntity.class.isAssignableFrom(getter.getReturnType()) ? name + "Id" : name;
    }
}
