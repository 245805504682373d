package nl.matchpunt.audit;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Makes {@code audit_record} append-only on PostgreSQL: a trigger refuses UPDATE, DELETE and TRUNCATE for every
 * role, the table's owner included. On the embedded H2 demo database this migration does nothing.
 */
@Component
class V4__audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create function audit_record_refuse_change() returns trigger language plpgsql as $$
                    begin
                        raise exception 'audit_record is append-only: % refused', tg_op;
                    end
                    $$""");
            statement.execute("""
                    create trigger audit_record_no_update_or_delete
                        before update or delete on audit_record
                        for each row execute function audit_record_refuse_change()""");
            statement.execute("""
                    create trigger audit_record_no_truncate
                        before truncate on audit_record
                        for each statement execute function audit_record_refuse_change()""");
        }
    }
}
