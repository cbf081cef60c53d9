package uk.reviewhub.database;

import org.jooq.JSONB;
import org.jooq.impl.AbstractConverter;

/**
 * The jOOQ converter of every {@code jsonb} column (set in the code generation, src/build/JooqCodegen.groovy):
 * the generated tables read and write such a column as its JSON text, PostgreSQL's normal form on the way out
 * (as {@code column::text} gave), so callers parse it with the JSON library they already use.
 */
public final class JsonbText extends AbstractConverter<JSONB, String> {

    public JsonbText() {
        super(JSONB.class, String.class);
    }

    @Override
    public String from(JSONB stored) {
        return stored == null ? null : stored.data();
    }

    @Override
    public JSONB to(String json) {
        return json == null ? null : JSONB.jsonb(json);
    }
}
