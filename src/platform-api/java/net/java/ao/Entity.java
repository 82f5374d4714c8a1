package net.java.ao;

import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;

/** An entity with an auto-incremented integer primary key in column {@code ID}. */
public interface Entity extends RawEntity<Integer> {

    @AutoIncrement
    @NotNull
    @PrimaryKey("ID")
    int getID();
}
