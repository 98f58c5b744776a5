package dk.ringtjek.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The migrated schema can be distributed on Citus by number (README "Scaling out"): phone_number by
 * its id, every table with a number_id by that column, the lookup statistics (keyed by e164, with no
 * number id) by e164. A unique index, primary key or exclusion constraint of such a table that lacks
 * its number column, or a foreign key between such tables that does not carry the number, cannot be
 * kept within one shard; nor can a table that refers to a number-keyed table without a number column
 * of its own (it is neither co-located nor a reference table). Today's exceptions are listed below with
 * why they stay; anything new fails here.
 */
@QuarkusTest
class ColocationTest {

    /** Constraints and indexes that break the rule today, and why they are kept. */
    private static final Map<String, String> KNOWN_EXCEPTIONS = Map.ofEntries(
            Map.entry("phone_number.phone_number_e164_key",
                    "a number's row is found by its E.164 form; on Citus that lookup moves to a table of its own "
                    + "distributed by e164 (e164 -> id), and phone_number keeps only its primary key"),
            Map.entry("curated_entry.curated_entry_pkey",
                    "editors' entries are few and addressed by id in the editor; unique (number_id) already holds one "
                    + "per number, so on Citus the primary key becomes (number_id, id)"),
            Map.entry("report.report_pkey",
                    "reports are addressed by id in URLs (thank-you page, edit, flag, vote); on Citus the key becomes "
                    + "(number_id, id), which report_number_id_key (V16) already provides"),
            Map.entry("moderation_action.moderation_action_pkey",
                    "an audit row addressed by id only by the moderators' log; (number_id, id) on Citus"),
            Map.entry("helpful_vote.helpful_vote_report_id_fkey",
                    "votes refer to a report by id alone; on Citus they get the report's number_id (added when written)"),
            Map.entry("report_flag.report_flag_report_id_fkey",
                    "flags refer to a report by id alone; on Citus they get the report's number_id (added when written)"),
            Map.entry("curated_entry_version.curated_entry_version_entry_id_fkey",
                    "an editor's history refers to the entry by id; on Citus it gets the entry's number_id"),
            Map.entry("owner_claim.owner_claim_pkey",
                    "a claim is addressed by id in the editors' queue; (number_id, id) on Citus"),
            Map.entry("owner_claim.owner_claim_token_idx",
                    "a confirmation link finds its claim by the token's hash alone; on Citus that lookup moves to a "
                    + "small table distributed by the hash, like e164 -> id"),
            Map.entry("number_owner.number_owner_claim_id_fkey",
                    "an owner's number refers to the claim that proved it by id; on Citus it gets the claim's number_id"),
            Map.entry("owner_answer.owner_answer_pkey",
                    "an answer is addressed by id by moderators; (number_id, id) on Citus"),
            Map.entry("appeal.appeal_pkey",
                    "an appeal is addressed by id in the moderators' queue; (number_id, id) on Citus"),
            Map.entry("privacy_request.privacy_request_pkey",
                    "a request is addressed by id in the editors' queue; (number_id, id) on Citus"));

    @Inject
    DataSource dataSource;

    @Test
    void shouldKeepEveryUniqueKeyOfANumberKeyedTableOnTheNumber() throws SQLException {
        assertNoNewViolations(uniqueKeyViolations(), "unique keys without the number column");
    }

    @Test
    void shouldKeepEveryForeignKeyBetweenNumberKeyedTablesOnTheNumber() throws SQLException {
        assertNoNewViolations(foreignKeyViolations(), "foreign keys to number-keyed tables without the number");
    }

    @Test
    void shouldStillFindEveryKnownException() throws SQLException {
        // the list stays current, and the checks above do find what breaks the rule
        Set<String> found = new TreeSet<>(uniqueKeyViolations());
        found.addAll(foreignKeyViolations());
        assertEquals(new TreeSet<>(KNOWN_EXCEPTIONS.keySet()), found);
    }

    private Set<String> uniqueKeyViolations() throws SQLException {
        Map<String, String> numberColumns = numberColumns();
        Set<String> violations = new TreeSet<>();
        for (List<Object> row : rows("""
                select t.relname, i.relname, array(select a.attname::text from unnest(x.indkey) k
                       join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k)
                from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = current_schema() and x.indisunique
                union all
                select t.relname, c.conname, array(select a.attname::text from unnest(c.conkey) k
                       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k)
                from pg_constraint c join pg_class t on t.oid = c.conrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = current_schema() and c.contype = 'x'""")) {
            String table = (String) row.get(0);
            String column = numberColumns.get(table);
            if (column != null && !((List<?>) row.get(2)).contains(column)) {
                violations.add(table + "." + row.get(1));
            }
        }
        return violations;
    }

    private Set<String> foreignKeyViolations() throws SQLException {
        Map<String, String> numberColumns = numberColumns();
        Set<String> violations = new TreeSet<>();
        for (List<Object> row : rows("""
                select s.relname, c.conname, d.relname,
                       array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o)
                             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o),
                       array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o)
                             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)
                from pg_constraint c join pg_class s on s.oid = c.conrelid join pg_class d on d.oid = c.confrelid
                join pg_namespace n on n.oid = s.relnamespace
                where n.nspname = current_schema() and c.contype = 'f'""")) {
            String from = numberColumns.get((String) row.get(0));
            String to = numberColumns.get((String) row.get(2));
            if (to == null) {
                continue; // to a table that is not keyed by number: a reference table on Citus
            }
            List<?> columns = (List<?>) row.get(3);
            List<?> referenced = (List<?>) row.get(4);
            int at = from == null ? -1 : columns.indexOf(from);
            if (at < 0 || !to.equals(referenced.get(at))) {
                violations.add(row.get(0) + "." + row.get(1));
            }
        }
        return violations;
    }

    @Test
    void shouldFindTheNumberKeyedTables() throws SQLException {
        // the rules above mean nothing if the tables they look at are not found
        Map<String, String> numberColumns = numberColumns();
        for (String table : List.of("phone_number", "report", "number_category_count", "blocklist_entry",
                "curated_entry", "moderation_action", "number_daily_stats", "number_lookup_total")) {
            assertTrue(numberColumns.containsKey(table), table + " is keyed by number");
        }
        assertEquals("id", numberColumns.get("phone_number"));
        assertEquals("number_id", numberColumns.get("report"));
    }

    /** Number-keyed tables and their number column: phone_number.id, number_id, else e164. */
    private Map<String, String> numberColumns() throws SQLException {
        Map<String, String> columns = new HashMap<>();
        columns.put("phone_number", "id");
        for (List<Object> row : rows("""
                select table_name::text, column_name::text from information_schema.columns
                where table_schema = current_schema() and column_name in ('number_id', 'e164')
                  and table_name <> 'phone_number'
                order by column_name desc""")) {
            // number_id first: a table with both is keyed by the id
            columns.putIfAbsent((String) row.get(0), (String) row.get(1));
        }
        return columns;
    }

    private static void assertNoNewViolations(Set<String> violations, String what) {
        Set<String> unexplained = new TreeSet<>(violations);
        unexplained.removeAll(KNOWN_EXCEPTIONS.keySet());
        assertEquals(Set.of(), unexplained, what + " (they would not co-locate on Citus)");
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Array array ? List.of((Object[]) array.getArray()) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
