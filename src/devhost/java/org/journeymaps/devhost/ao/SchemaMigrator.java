package org.journeymaps.devhost.ao;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;

/**
 * AO's non-destructive migration: creates missing tables, adds missing columns, foreign keys and indexes
 * (for {@code @Indexed} and foreign key columns). Every entity is checked before the first statement runs.
 */
final class SchemaMigrator {
    private final EntityModels models;
    private final SqlRunner sql;
    private final ColumnDefinitions columns;

    SchemaMigrator(EntityModels models, SqlRunner sql, Dialect dialect) {
        this.models = models;
        this.sql = sql;
        this.columns = new ColumnDefinitions(dialect, models);
    }

    void migrate(List<Class<? extends RawEntity<?>>> types) {
        Set<EntityModel> all = models.withReferencedTypes(types);
        all.forEach(model -> model.relations().values().forEach(relation -> RelationPlan.resolve(models, model, relation)));
        all.forEach(this::createOrExtendTable);
        all.forEach(this::addForeignKeysAndIndexes);
    }

    private void createOrExtendTable(EntityModel model) {
        Set<String> existing = sql.metadata(connection -> SchemaReader.columns(connection, model.table()));
        String table = AoNames.quote(model.table());
        if (existing.isEmpty()) {
            String definitions = model.fields().stream()
                    .sorted((a, b) -> Boolean.compare(b.primaryKey(), a.primaryKey()))
                    .map(columns::definition)
                    .collect(Collectors.joining(", "));
            sql.execute("CREATE TABLE " + table + " (" + definitions + ")");
            return;
        }
        model.fields().stream()
                .filter(field -> !existing.contains(field.column()))
                .forEach(field -> sql.execute("ALTER TABLE " + table + " ADD COLUMN " + columns.definition(field)));
    }

    private void addForeignKeysAndIndexes(EntityModel model) {
        Set<String> foreignKeys = sql.metadata(connection -> SchemaReader.foreignKeys(connection, model.table()));
        Set<String> indexes = sql.metadata(connection -> SchemaReader.indexes(connection, model.table()));
        String table = AoNames.quote(model.table());
        for (FieldModel field : model.fields()) {
            String column = AoNames.quote(field.column());
            String foreignKey = AoNames.derivedName("FK", model.table(), field.column());
            if (field.isReference() && !foreignKeys.contains(foreignKey)) {
                EntityModel target = models.of(field.referencedType());
                sql.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + AoNames.quote(foreignKey)
                        + " FOREIGN KEY (" + column + ") REFERENCES " + AoNames.quote(target.table())
                        + " (" + AoNames.quote(target.primaryKey().column()) + ")");
            }
            String index = AoNames.derivedName("IX", model.table(), field.column());
            if ((field.indexed() || field.isReference()) && !indexes.contains(index)) {
                sql.execute("CREATE INDEX " + AoNames.quote(index) + " ON " + table + " (" + column + ")");
            }
        }
    }
}
