// Generates the jOOQ classes from the migrated schema, at build time (generate-sources).
//
// Starts a throw-away embedded PostgreSQL under target/, creates the owner and application roles
// as the backend does, applies src/main/resources/db/migration with Flyway as the owner, and runs
// jOOQ's code generator against the live database (jOOQ's DDL parser cannot read RLS policies).
// Skipped when neither the migrations nor this script have changed since the last generation.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.flywaydb.core.Flyway
import org.jooq.codegen.GenerationTool
import org.jooq.meta.jaxb.*

import java.nio.file.Files
import java.security.MessageDigest

def base = project.basedir
def target = new File(project.build.directory)
def migrations = new File(base, 'src/main/resources/db/migration')
def outDir = new File(project.properties['jooq.generated.dir'] ?: "${target}/generated-sources/jooq")
def packageName = 'uk.reviewhub.database.jooq'
def stamp = new File(outDir, '.migrations.sha256')

project.addCompileSourceRoot(outDir.path)

def digest = MessageDigest.getInstance('SHA-256')
(migrations.listFiles() ?: []).findAll { it.isFile() }.sort { it.name }.each {
    digest.update(it.name.bytes)
    digest.update(it.bytes)
}
digest.update(packageName.bytes)
digest.update(new File(base, 'src/build/JooqCodegen.groovy').bytes)
def hash = digest.digest().encodeHex().toString()
if (stamp.isFile() && stamp.text.trim() == hash) {
    log.info("jOOQ classes up to date with ${migrations}")
    return
}

long started = System.nanoTime()
def pgBase = new File(target, 'jooq-codegen-postgres')
pgBase.deleteDir()
new File(target, 'epg-work').mkdirs()

def pg = EmbeddedPostgres.builder()
        .setDataDirectory(new File(pgBase, 'data'))
        .setCleanDataDirectory(true)
        .setOverrideWorkingDirectory(new File(target, 'epg-work'))
        .setPort(0)
        .setServerConfig('listen_addresses', 'localhost')
        .setServerConfig('fsync', 'off')
        .start()
try {
    def owner = 'reviewhub_owner'
    def app = 'reviewhub_app'
    def password = 'codegen-only-' + UUID.randomUUID().toString().replace('-', '')
    pg.postgresDatabase.connection.withCloseable { c ->
        c.createStatement().withCloseable { st ->
            st.execute("create role ${owner} login nosuperuser bypassrls password '${password}'")
            st.execute("create role ${app} login nosuperuser nobypassrls password '${password}'")
            st.execute("create database reviewhub owner ${owner}")
        }
    }
    def url = pg.getJdbcUrl('postgres', 'reviewhub').replaceFirst('\\?.*$', '')
    Flyway.configure(this.class.classLoader)
            .dataSource(url, owner, password)
            .locations('filesystem:' + migrations.path)
            .placeholders([appRole: app])
            .load()
            .migrate()

    outDir.deleteDir()
    GenerationTool.generate(new Configuration()
            .withLogging(Logging.WARN)
            .withJdbc(new Jdbc().withDriver('org.postgresql.Driver').withUrl(url).withUser(owner).withPassword(password))
            .withGenerator(new Generator()
                    .withDatabase(new Database()
                            .withName('org.jooq.meta.postgres.PostgresDatabase')
                            .withInputSchema('public')
                            .withExcludes('flyway_schema_history')
                            // jsonb columns read and write as their JSON text, through one converter
                            .withForcedTypes(new ForcedType()
                                    .withUserType('java.lang.String')
                                    .withConverter('uk.reviewhub.database.JsonbText')
                                    .withIncludeTypes('jsonb')))
                    .withGenerate(new Generate()
                            .withGeneratedAnnotation(false)
                            .withJavaTimeTypes(true)
                            .withFluentSetters(true))
                    .withTarget(new Target()
                            .withPackageName(packageName)
                            .withDirectory(outDir.path))))
    stamp.text = hash
} finally {
    pg.close()
    pgBase.deleteDir()
}
log.info(String.format('jOOQ classes generated from the migrated schema in %d ms', (long) ((System.nanoTime() - started) / 1_000_000)))
