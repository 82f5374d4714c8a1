package org.journeymaps.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** First version of the note table. */
@Table("Note")
public interface TestNoteV1 extends Entity {

    String getText();

    void setText(String text);
}
