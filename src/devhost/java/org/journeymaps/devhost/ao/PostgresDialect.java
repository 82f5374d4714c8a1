package org.journeymaps.devhost.ao;

/** PostgreSQL, where every identifier is quoted upper case as AO does. */
final class PostgresDialect implements Dialect {

    @Override
    public String autoIncrementPrimaryKey(boolean isLong) {
        return (isLong ? "BIGSERIAL" : "SERIAL") + " NOT NULL PRIMARY KEY";
    }

    @Override
    public String unlimitedTextType() {
        return "TEXT";
    }
}
