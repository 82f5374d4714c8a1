package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

/** Naming and AO's refusals, checked without a database. */
class EntityModelReaderTest {
    private static final String PREFIX = "AO_123ABC_";
    private final EntityModelReader reader = new EntityModelReader(PREFIX);

    interface ThisNameIsFarTooLongForAo extends Entity {
    }

    interface LongColumn extends Entity {
        String getOneVeryLongAttributeNameForOracle();
    }

    interface ReservedNumber extends Entity {
        int getNumber();
    }

    interface ReservedTimestamp extends Entity {
        java.util.Date getTimestamp();
    }

    interface TooLongString extends Entity {
        @StringLength(451)
        String getSummary();
    }

    interface ZeroLengthString extends Entity {
        @StringLength(0)
        String getSummary();
    }

    interface UnsupportedType extends Entity {
        BigDecimal getAmount();
    }

    interface NotABean extends Entity {
        void recalculate();
    }

    interface WithIgnoredHelper extends Entity {
        @Ignore
        void recalculate();
    }

    interface RelationWithoutReverse extends Entity {
        @OneToMany
        TestStage[] getStages();
    }

    @Preload("colour")
    interface UnknownPreload extends Entity {
        String getName();
    }

    @Table("Card")
    interface CardV1 extends Entity {
        String getSomeAttribute();

        void setSomeAttribute(String value);

        boolean isDone();

        TestMap getMap();

        @StringLength(StringLength.UNLIMITED)
        String getBody();
    }

    @Test
    void namesTablesAndColumnsAsAo() {
        EntityModel model = reader.read(CardV1.class);

        assertThat(model.table()).isEqualTo(PREFIX + "CARD");
        assertThat(model.columnNames()).containsExactlyInAnyOrder("ID", "SOME_ATTRIBUTE", "DONE", "MAP_ID", "BODY");
        assertThat(model.primaryKey().column()).isEqualTo("ID");
        assertThat(model.field("MAP_ID").isReference()).isTrue();
        assertThat(model.field("BODY").isUnlimitedText()).isTrue();
        assertThat(model.field("SOME_ATTRIBUTE").setter()).isNotNull();
        assertThat(reader.read(TestMapPersona.class).table()).isEqualTo(PREFIX + "MAP_PERSONA");
    }

    @Test
    void withoutPreloadAFetchLoadsValueColumnsButNotForeignKeys() {
        List<String> loaded = reader.read(CardV1.class).columnsLoadedOnFetch(List.of()).stream()
                .map(FieldModel::column).toList();

        assertThat(loaded).first().isEqualTo("ID");
        assertThat(loaded).containsExactlyInAnyOrder("ID", "SOME_ATTRIBUTE", "DONE", "BODY");
    }

    @Test
    void preloadNamesGoThroughTheColumnNameConverter() {
        List<String> loaded = reader.read(TestStage.class).columnsLoadedOnFetch(List.of("NOTE")).stream()
                .map(FieldModel::column).toList();

        assertThat(loaded).containsExactly("ID", "NAME", "POSITION", "NOTE");
    }

    @Test
    void refusesNamesLongerThanThirtyCharacters() {
        assertRefused(ThisNameIsFarTooLongForAo.class, "AO_123ABC_THIS_NAME_IS_FAR_TOO_LONG_FOR_AO", "at most 30");
        assertRefused(LongColumn.class, "ONE_VERY_LONG_ATTRIBUTE_NAME_FOR_ORACLE", "at most 30");
    }

    @Test
    void refusesReservedColumnNames() {
        assertRefused(ReservedNumber.class, "NUMBER", "reserved");
        assertRefused(ReservedTimestamp.class, "TIMESTAMP", "reserved");
    }

    @Test
    void refusesStringLengthsOutsideAosRange() {
        assertRefused(TooLongString.class, "451", "@StringLength must be <= 450 or UNLIMITED");
        assertRefused(ZeroLengthString.class, "SUMMARY", "@StringLength must be <= 450 or UNLIMITED");
    }

    @Test
    void refusesUnsupportedTypesAndMethodsThatAreNotColumns() {
        assertRefused(UnsupportedType.class, "BigDecimal", "AMOUNT");
        assertRefused(NotABean.class, "recalculate", "@Ignore");
        assertThat(reader.read(WithIgnoredHelper.class).columnNames()).containsExactly("ID");
    }

    @Test
    void refusesRelationsThatDoNotNameTheirReverseGetterAndUnknownPreloadColumns() {
        assertRefused(RelationWithoutReverse.class, "getStages", "reverse");
        assertRefused(UnknownPreload.class, "COLOUR", "@Preload");
    }

    private void assertRefused(Class<? extends RawEntity<?>> type, String... fragments) {
        assertThatThrownBy(() -> reader.read(type))
                .isInstanceOf(InvalidEntityException.class)
                .hasMessageContainingAll(fragments);
    }
}
