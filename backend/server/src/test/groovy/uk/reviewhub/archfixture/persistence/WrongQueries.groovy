package uk.reviewhub.archfixture.persistence

import groovy.transform.CompileStatic
import org.jooq.DSLContext
import org.jooq.Record
import uk.reviewhub.api.learning.LearningThemeView

/** Deliberately wrong, for ArchitectureSpec only: persistence building an API view from SQL text. */
@CompileStatic
class WrongQueries {

    private final DSLContext dsl

    WrongQueries(DSLContext dsl) {
        this.dsl = dsl
    }

    List<LearningThemeView> all() {
        dsl.fetch('select id, code, title from learning_theme').collect { Record r ->
            new LearningThemeView(r.get('id', UUID), r.get('code', String), r.get('title', String), true, true, 0)
        }
    }
}
