package org.journeymaps.devhost.ao;

/** A relation getter resolved to the columns it queries; resolving it checks the getters it names. */
sealed interface RelationPlan {

    /** Rows of {@code remote} whose {@code reverse} column holds the owner's key. */
    record OneToMany(EntityModel remote, FieldModel reverse, String where) implements RelationPlan {
    }

    /** Rows of {@code remote} joined from {@code through} rows whose {@code reverse} column holds the owner's key. */
    record ManyToMany(EntityModel through, EntityModel remote, FieldModel reverse, FieldModel via, String where)
            implements RelationPlan {
    }

    static RelationPlan resolve(EntityModels models, EntityModel owner, Relation relation) {
        if (relation instanceof Relation.OneToMany oneToMany) {
            EntityModel remote = models.of(oneToMany.remoteType());
            FieldModel reverse = reference(remote, oneToMany.reverseGetter(), owner.type());
            return new OneToMany(remote, reverse, oneToMany.where());
        }
        Relation.ManyToMany manyToMany = (Relation.ManyToMany) relation;
        EntityModel through = models.of(manyToMany.throughType());
        EntityModel remote = models.of(manyToMany.remoteType());
        FieldModel reverse = reference(through, manyToMany.reverseGetter(), owner.type());
        FieldModel via = reference(through, manyToMany.throughGetter(), remote.type());
        return new ManyToMany(through, remote, reverse, via, manyToMany.where());
    }

    private static FieldModel reference(EntityModel model, String getter, Class<?> target) {
        FieldModel field = model.fieldOfGetter(getter);
        if (!field.isReference() || !field.javaType().isAssignableFrom(target)) {
            throw new InvalidEntityException(field.describe() + " must refer to " + target.getSimpleName());
        }
        return field;
    }
}
