package org.journeymaps;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward: the adapters (rest, ao, confluence, jira, templates) use the app, the app uses the domain, and
 * nothing depends on an adapter, not even another adapter.
 */
@AnalyzeClasses(packages = "org.journeymaps", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ADAPTERS = {"Rest", "Ao", "Confluence", "Jira", "Templates"};

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.journeymaps..")
            // Adapters are written in parallel; an absent one is not an error.
            .withOptionalLayers(true)
            .layer("Domain").definedBy("org.journeymaps.domain..")
            .layer("App").definedBy("org.journeymaps.app..")
            .layer("Rest").definedBy("org.journeymaps.rest..")
            .layer("Ao").definedBy("org.journeymaps.ao..")
            .layer("Confluence").definedBy("org.journeymaps.confluence..")
            .layer("Jira").definedBy("org.journeymaps.jira..")
            .layer("Templates").definedBy("org.journeymaps.templates..")
            .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ao").mayNotBeAccessedByAnyLayer()
            .whereLayer("Confluence").mayNotBeAccessedByAnyLayer()
            .whereLayer("Jira").mayNotBeAccessedByAnyLayer()
            .whereLayer("Templates").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers(ADAPTERS)
            .whereLayer("Domain").mayOnlyBeAccessedByLayers(concat("App", ADAPTERS));

    @ArchTest
    static final ArchRule domainIsPureJava = classes().that().resideInAPackage("org.journeymaps.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.journeymaps.domain..");

    @ArchTest
    static final ArchRule appUsesOnlyDomainAndInjectAnnotations = classes().that()
            .resideInAPackage("org.journeymaps.app..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "jakarta.inject..", "org.journeymaps.app..", "org.journeymaps.domain..");

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
