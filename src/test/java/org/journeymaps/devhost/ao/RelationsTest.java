package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;

import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;

class RelationsTest extends AoDatabaseTest {

    @Test
    void oneToManyReturnsTheEntitiesThatReferToThisOneInOneQueryPerCall() {
        TestMap map = map("Journey");
        stage(map, "Discover", 0);
        stage(map, "Buy", 1);
        stage(map("Other"), "Elsewhere", 0);

        long first = statementsOf(() -> assertThat(map.getStages())
                .extracting(TestStage::getName).containsExactlyInAnyOrder("Discover", "Buy"));
        long second = statementsOf(map::getStages);

        assertThat(first).as("preloaded NAME comes with the relation query").isEqualTo(1);
        assertThat(second).as("relations are not cached").isEqualTo(1);
    }

    @Test
    void oneToManyAppliesItsWhereClause() {
        TestMap map = map("Journey");
        stage(map, "Discover", 0);
        stage(map, "Buy", 1);
        stage(map, "Use", 2);

        assertThat(map.getLaterStages()).extracting(TestStage::getName).containsExactlyInAnyOrder("Buy", "Use");
    }

    @Test
    void manyToManyGoesThroughTheJoiningEntity() {
        TestMap map = map("Journey");
        TestMap other = map("Other");
        TestPersona camille = persona("Camille");
        TestPersona dominique = persona("Dominique");
        persona("Unrelated");
        link(map, camille);
        link(map, dominique);
        link(other, camille);

        long statements = statementsOf(() -> assertThat(map.getPersonas()).containsExactlyInAnyOrder(camille, dominique));

        assertThat(other.getPersonas()).containsExactly(camille);
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void relatedEntitiesArriveWithTheirValueColumnsLoaded() {
        TestMap map = map("Journey");
        link(map, persona("Camille"));

        TestPersona persona = map.getPersonas()[0];

        assertThat(statementsOf(() -> assertThat(persona.getRole()).isEqualTo("Customer"))).isZero();
    }

    @Test
    void anEntityWithoutRelatedRowsGetsAnEmptyArray() {
        TestMap map = map("Lonely");

        assertThat(map.getStages()).isEmpty();
        assertThat(map.getPersonas()).isEmpty();
    }

    private TestPersona persona(String name) {
        return ao.create(TestPersona.class, new DBParam("NAME", name), new DBParam("ROLE", "Customer"));
    }

    private void link(TestMap map, TestPersona persona) {
        ao.create(TestMapPersona.class, new DBParam("MAP_ID", map), new DBParam("PERSONA_ID", persona));
    }
}
