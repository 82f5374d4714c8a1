package org.journeymaps.contracts;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which members of the platform contracts the app's compiled classes use: calls, field reads, constructor
 * calls, method references, methods the app overrides, annotation elements it sets (or whose default it
 * relies on), and the single method of a functional interface the app passes lambdas for.
 */
final class ContractUsage {

    private final Predicate<JavaClass> isContract;
    private final Set<JavaClass> usedTypes = new HashSet<>();
    private final Set<JavaMember> usedMembers = new HashSet<>();

    private ContractUsage(Predicate<JavaClass> isContract) {
        this.isContract = isContract;
    }

    static ContractUsage of(JavaClasses appClasses, Predicate<JavaClass> isContract) {
        ContractUsage usage = new ContractUsage(isContract);
        appClasses.forEach(usage::scan);
        usage.addFunctionalInterfaceMethods();
        usage.addTypesOfUsedMembers();
        return usage;
    }

    Set<JavaClass> usedTypes() {
        return usedTypes;
    }

    boolean isUsed(JavaMember member) {
        return usedMembers.contains(member);
    }

    private void scan(JavaClass appClass) {
        appClass.getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass().getBaseComponentType())
                .filter(isContract)
                .forEach(this::useType);
        for (JavaAccess<?> access : appClass.getAccessesFromSelf()) {
            useTarget(access.getTarget());
        }
        appClass.getMethodReferencesFromSelf().forEach(reference -> useTarget(reference.getTarget()));
        appClass.getConstructorReferencesFromSelf().forEach(reference -> useTarget(reference.getTarget()));
        appClass.getMethods().forEach(this::useOverriddenContractMethods);
        scanAnnotations(appClass.getAnnotations());
        for (JavaMember member : appClass.getAllMembers()) {
            if (member.getOwner().equals(appClass)) {
                scanAnnotations(member.getAnnotations());
            }
        }
        for (JavaCodeUnit codeUnit : appClass.getCodeUnits()) {
            codeUnit.getParameterAnnotations().forEach(this::scanAnnotations);
        }
    }

    private void useTarget(AccessTarget target) {
        target.resolveMember().ifPresent(member -> {
            if (isContract.test(member.getOwner())) {
                useType(member.getOwner());
                usedMembers.add(member);
            }
        });
    }

    private void useOverriddenContractMethods(JavaMethod method) {
        JavaClass owner = method.getOwner();
        Stream.concat(owner.getAllRawSuperclasses().stream(), owner.getAllRawInterfaces().stream())
                .filter(isContract)
                .flatMap(superType -> superType.getMethods().stream())
                .filter(candidate -> candidate.getName().equals(method.getName())
                        && candidate.getRawParameterTypes().equals(method.getRawParameterTypes()))
                .forEach(usedMembers::add);
    }

    private void scanAnnotations(Set<? extends JavaAnnotation<?>> annotations) {
        for (JavaAnnotation<?> annotation : annotations) {
            JavaClass type = annotation.getRawType();
            if (!isContract.test(type)) {
                continue;
            }
            useType(type);
            for (JavaMethod element : type.getMethods()) {
                boolean set = annotation.hasExplicitlyDeclaredProperty(element.getName());
                boolean defaultReliedOn = element.getDefaultValue().isPresent();
                if (set || defaultReliedOn) {
                    usedMembers.add(element);
                }
            }
        }
    }

    /** A lambda passed for a contract functional interface implements its single abstract method. */
    private void addFunctionalInterfaceMethods() {
        Set<JavaMember> snapshot = Set.copyOf(usedMembers);
        for (JavaMember member : snapshot) {
            if (member instanceof JavaCodeUnit codeUnit) {
                codeUnit.getRawParameterTypes().stream()
                        .filter(isContract)
                        .filter(JavaClass::isInterface)
                        .forEach(this::useSingleAbstractMethod);
            }
        }
    }

    private void useSingleAbstractMethod(JavaClass functionalInterface) {
        List<JavaMethod> abstractMethods = functionalInterface.getMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
        if (abstractMethods.size() == 1) {
            useType(functionalInterface);
            usedMembers.add(abstractMethods.get(0));
        }
    }

    /** A used member brings its signature's types and its annotations with it (e.g. Entity.getID's @PrimaryKey). */
    private void addTypesOfUsedMembers() {
        for (JavaMember member : Set.copyOf(usedMembers)) {
            Stream<JavaClass> signature = member instanceof JavaCodeUnit codeUnit
                    ? Stream.concat(Stream.of(codeUnit.getRawReturnType()), codeUnit.getRawParameterTypes().stream())
                    : Stream.of(((JavaField) member).getRawType());
            Stream.concat(signature, member.getAnnotations().stream().map(JavaAnnotation::getRawType))
                    .map(JavaClass::getBaseComponentType)
                    .filter(isContract)
                    .forEach(this::useType);
            scanAnnotations(member.getAnnotations());
        }
    }

    private void useType(JavaClass type) {
        usedTypes.add(type);
        type.getEnclosingClass().filter(isContract).ifPresent(usedTypes::add);
    }
}
