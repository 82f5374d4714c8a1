package org.journeymaps.contracts;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the compile-time contracts in {@code src/platform-api/java} exactly as large as the app's use of
 * the Atlassian platform: every platform type the app references has a contract, and every public or
 * protected contract member is used by {@code src/main}. Non-public members are devhost plumbing.
 */
class PlatformContractTest {

    private static final Path CONTRACT_SOURCES = Path.of("src/platform-api/java");
    private static final Path APP_SOURCES = Path.of("src/main/java");
    private static final List<String> PLATFORM_ROOTS = List.of("com.atlassian.", "net.java.ao.");

    private static Set<String> contractTypeNames;
    private static JavaClasses classes;
    private static ContractUsage usage;
    private static String appSourceText;

    @BeforeAll
    static void scan() throws IOException {
        contractTypeNames = typeNamesUnder(CONTRACT_SOURCES);
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.journeymaps", "com.atlassian", "net.java.ao");
        JavaClasses app = classes.that(com.tngtech.archunit.core.domain.JavaClass.Predicates
                .resideInAPackage("org.journeymaps.."));
        usage = ContractUsage.of(app, PlatformContractTest::isContract);
        appSourceText = sourceTextUnder(APP_SOURCES);
    }

    @Test
    void contractsLiveOnlyUnderPlatformPackagesTheJarExcludes() {
        assertThat(contractTypeNames)
                .allSatisfy(name -> assertThat(PLATFORM_ROOTS).anyMatch(name::startsWith));
    }

    @Test
    void everyContractSourceIsCompiled() {
        assertThat(contractTypeNames).allSatisfy(name -> assertThat(classes.contain(name))
                .as("contract %s compiled", name).isTrue());
    }

    @Test
    void everyPlatformTypeTheAppReferencesHasAContract() {
        Set<String> missing = new TreeSet<>();
        classes.that(JavaClass.Predicates.resideInAPackage("org.journeymaps..")).forEach(app ->
                app.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass().getBaseComponentType())
                        .filter(target -> PLATFORM_ROOTS.stream().anyMatch(target.getName()::startsWith))
                        .filter(target -> !isContract(target))
                        .forEach(target -> missing.add(target.getName() + " (from " + app.getName() + ")")));
        assertThat(missing).as("platform types used without a contract").isEmpty();
    }

    @Test
    void everyContractTypeIsUsedByTheApp() {
        // Anonymous and package-private nested classes are host plumbing (e.g. the settings a builder builds).
        Set<String> unused = contractClasses()
                .filter(type -> !type.isAnonymousClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !usage.usedTypes().contains(type))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("contract types the app never references").isEmpty();
    }

    @Test
    void everyPublicContractMemberIsUsedByTheApp() {
        Set<String> unused = contractClasses()
                .flatMap(type -> type.getMembers().stream())
                .filter(PlatformContractTest::isApiMember)
                .filter(member -> !usage.isUsed(member) && !isConstantUsedInSource(member))
                .map(JavaMember::getFullName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("contract members the app never uses: remove them").isEmpty();
    }

    private static boolean isContract(JavaClass type) {
        String topLevel = type.getName().split("\\$")[0];
        return contractTypeNames.contains(topLevel);
    }

    private static Stream<JavaClass> contractClasses() {
        return classes.stream().filter(PlatformContractTest::isContract);
    }

    /** The members that make up the API: what a real Atlassian jar would let the app call. */
    private static boolean isApiMember(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        JavaClass owner = member.getOwner();
        boolean visible = modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
        boolean objectMethod = Set.of("equals", "hashCode", "toString").contains(member.getName());
        boolean enumMachinery = owner.isEnum() && (member instanceof JavaField
                || Set.of("values", "valueOf").contains(member.getName()));
        // Only subclasses (the host's page and permission types) call an abstract class's constructor.
        boolean abstractConstructor = member.getName().equals("<init>")
                && owner.getModifiers().contains(JavaModifier.ABSTRACT);
        return visible && !modifiers.contains(JavaModifier.SYNTHETIC)
                && !objectMethod && !enumMachinery && !abstractConstructor;
    }

    /** javac inlines compile-time constants, so their use shows only in the source. */
    private static boolean isConstantUsedInSource(JavaMember member) {
        if (!(member instanceof JavaField field) || !field.getModifiers().contains(JavaModifier.FINAL)
                || !field.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        String qualified = field.getOwner().getSimpleName() + "." + field.getName();
        return appSourceText.contains(qualified);
    }

    private static Set<String> typeNamesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(file -> root.relativize(file).toString()
                            .replace(".java", "").replace(file.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String sourceTextUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
