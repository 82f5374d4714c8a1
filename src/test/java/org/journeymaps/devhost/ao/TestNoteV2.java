package org.journeymaps.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** Second version of the note table: adds an indexed AUTHOR column. */
@Table("Note")
public interface TestNoteV2 extends Entity {

    String getText();

    void setText(String text);

    @Indexed
    String getAuthor();

    void setAuthor(String author);
}
