package dk.ringtjek.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.report.Report;
import dk.ringtjek.support.Csrf;
import dk.ringtjek.support.Reports;
import dk.ringtjek.support.Votes;

@QuarkusTest
class NoRawAddressTest {

    private static final String ADDRESS = "203.0.113.77";

    @Inject
    EntityManager em;

    @Test
    void shouldStoreNoRawClientAddressInAnyColumn() {
        String page = "/nummer/60708095";
        Csrf csrf = Csrf.from(page);
        Reports.post(page, csrf, ADDRESS, Reports.report("NEGATIVE", "SALES", "adressetest")).statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Report) Report.find("comment", "adressetest")
                .firstResult()).id);
        Votes.request().header("X-Forwarded-For", ADDRESS).post(page + "/anmeldelser/" + id + "/nyttig")
                .then().statusCode(303);
        Csrf.from(page + "/anmeldelser/" + id + "/rapporter").request().header("X-Forwarded-For", ADDRESS)
                .formParam("reason", "SPAM").post(page + "/anmeldelser/" + id + "/rapporter").then().statusCode(303);

        assertEquals(List.of(), columnsContaining(ADDRESS));
        assertEquals(List.of(), columnsContaining("127.0.0.1"));
    }

    /** Every text-like column of every table of ours whose values contain the text. */
    @SuppressWarnings("unchecked")
    private List<String> columnsContaining(String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = 'public' and table_name <> 'flyway_schema_history'
                      and data_type in ('character varying', 'text', 'jsonb', 'character')""", Object[].class)
                    .getResultList();
            List<String> hits = new ArrayList<>();
            for (Object[] column : columns) {
                String sql = "select count(*) from \"" + column[0] + "\" where \"" + column[1]
                        + "\"::text like :pattern";
                Number count = (Number) em.createNativeQuery(sql).setParameter("pattern", "%" + text + "%")
                        .getSingleResult();
                if (count.longValue() > 0) {
                    hits.add(column[0] + "." + column[1]);
                }
            }
            return hits;
        });
    }
}
