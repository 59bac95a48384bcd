package eu.convivio.catalogue.infrastructure;

import eu.convivio.catalogue.domain.CityTaxonomy;
import eu.convivio.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A city's own taxonomy written to and read back from PostgreSQL, with its terms' uses on services. */
class CityTaxonomyStoreTest {

    private static UUID municipality(String name) {
        UUID id = UUID.randomUUID();
        CatalogueUnit.doInTransaction(em -> em.createNativeQuery("""
                INSERT INTO platform.municipality (id, name, country, kind, default_language, time_zone)
                VALUES (CAST(?1 AS uuid), ?2, 'SK', 'MUNICIPALITY', 'sk', 'Europe/Bratislava')""")
                .setParameter(1, id.toString()).setParameter(2, name).executeUpdate());
        return id;
    }

    private static boolean write(java.util.function.Function<CityTaxonomyStore, Boolean> work) {
        return CatalogueUnit.inTransaction(em -> work.apply(new CityTaxonomyStore(em)));
    }

    private static CityTaxonomy read(UUID id) {
        return CatalogueUnit.inTransaction(em -> new CityTaxonomyStore(em).find(id)).orElse(null);
    }

    private static CityTaxonomy.Content programmes(String name) {
        return new CityTaxonomy.Content(name, "Programmes the city funds", "sk", List.of(
                new CityTaxonomy.Term(null, "welcome", "Vitajte v meste", null, null, Map.of("en", "Welcome to the city")),
                new CityTaxonomy.Term(null, "welcome-courses", "Kurzy", "Jazykové kurzy", "welcome", Map.of())));
    }

    @Test
    void aTaxonomyIsStoredWithNestedTermsAndTheirNamesAndShownAsHsds() {
        String name = "Programmes " + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        UUID city = municipality("Taxonomy town " + id);
        assertThat(write(s -> s.create(id, city, programmes(name)))).isTrue();
        assertThat(write(s -> s.create(UUID.randomUUID(), city, programmes(name)))).as("the name is taken").isFalse();

        CityTaxonomy t = read(id);
        assertThat(t.municipalityId()).isEqualTo(city);
        assertThat(t.version()).isZero();
        assertThat(t.terms()).extracting(CityTaxonomy.Term::code).containsExactly("welcome", "welcome-courses");
        assertThat(t.terms().get(1).parentCode()).isEqualTo("welcome");
        assertThat(t.terms().get(0).names()).containsEntry("en", "Welcome to the city");
        // the HSDS read API sees it like any taxonomy, the English name included
        String term = CatalogueUnit.inTransaction(em -> new HsdsQueries(em).taxonomyTerms(id, "en", 0, 10)).get(0);
        assertThat(term).contains("Welcome to the city");
    }

    @Test
    void aSaveKeepsTermsInUseUpdatesCodesAndRemovesWhatWasLeftOutWithItsUses() {
        UUID id = UUID.randomUUID();
        UUID city = municipality("Taxonomy town " + id);
        write(s -> s.create(id, city, programmes("Programmes " + id)));
        CityTaxonomy before = read(id);
        UUID service = UUID.randomUUID();
        UUID removedTerm = before.terms().get(0).id();
        UUID keptTerm = before.terms().get(1).id();
        CatalogueUnit.doInTransaction(em -> {
            for (UUID term : List.of(removedTerm, keptTerm)) {
                em.createNativeQuery("INSERT INTO catalogue.attribute (id, link_id, link_entity, taxonomy_term_id) "
                                + "VALUES (gen_random_uuid(), CAST(?1 AS uuid), 'service', CAST(?2 AS uuid))")
                        .setParameter(1, service.toString()).setParameter(2, term.toString()).executeUpdate();
            }
        });

        var changed = new CityTaxonomy.Content("Programmes " + id, "", "sk", List.of(
                new CityTaxonomy.Term(keptTerm, "welcome", "Kurzy slovenčiny", null, null, Map.of("uk", "Курси словацької"))));
        assertThat(write(s -> s.update(id, 0, changed))).isTrue();
        CityTaxonomy after = read(id);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.terms()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(keptTerm);
            assertThat(t.code()).as("took over the removed term's code").isEqualTo("welcome");
            assertThat(t.names()).containsOnlyKeys("uk");
        });
        List<Object> uses = CatalogueUnit.<List<Object>>inTransaction(em -> em.createNativeQuery(
                "SELECT CAST(taxonomy_term_id AS text) FROM catalogue.attribute WHERE link_id = CAST(?1 AS uuid)")
                .setParameter(1, service.toString()).getResultList());
        assertThat(uses).containsExactly(keptTerm.toString());

        assertThat(write(s -> s.update(id, 0, programmes("Programmes " + id)))).as("stale").isFalse();
        assertThat(read(id).terms()).hasSize(1);
    }

    @Test
    void aTermOfAnotherTaxonomyIsRefusedAndADeleteTakesEverythingWithIt() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID city = municipality("Taxonomy town " + first);
        write(s -> s.create(first, city, programmes("Programmes " + first)));
        write(s -> s.create(second, city, programmes("Programmes " + second)));
        UUID foreign = read(first).terms().get(0).id();
        var stolen = new CityTaxonomy.Content("Programmes " + second, "", "sk",
                List.of(new CityTaxonomy.Term(foreign, "moved", "Moved", null, null, Map.of())));
        assertThatThrownBy(() -> write(s -> s.update(second, 0, stolen)))
                .isInstanceOf(Problem.Invalid.class).hasMessageContaining("not a term of this taxonomy");
        assertThat(read(second).terms()).hasSize(2);

        assertThat(write(s -> s.delete(first, 3))).isFalse();
        assertThat(write(s -> s.delete(first, 0))).isTrue();
        assertThat(read(first)).isNull();
        Number terms = CatalogueUnit.inTransaction(em -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM catalogue.taxonomy_term WHERE taxonomy_id = CAST(?1 AS uuid)").setParameter(1, first.toString()).getSingleResult());
        assertThat(terms.intValue()).isZero();
    }
}
