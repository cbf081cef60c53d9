package uk.reviewhub.database

import groovy.sql.Sql
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * A backend killed with {@code kill -9} leaves its embedded PostgreSQL running on the data
 * directory. The next start must just work, with every committed write there; and a second backend
 * on a directory that a live one is using must be refused, not allowed to stop its server.
 */
class EmbeddedDatabaseCrashSpec extends Specification {

    Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of('target')), 'embedded-crash-spec')
    Process holder

    def cleanup() {
        holder?.destroyForcibly()?.waitFor()
        DataDirectoryLock.leftBehind(dataDir.toAbsolutePath().resolve('postgres')).ifPresent { pid ->
            new ProcessBuilder('kill', '-INT', pid.toString()).start().waitFor()
            ProcessHandle.of(pid).ifPresent { it.onExit().get(60, TimeUnit.SECONDS) }
        }
        dataDir.toFile().deleteDir()
    }

    def "after the backend is killed with -9, the next start stops the server it left and keeps committed data"() {
        given: 'a backend process that committed a row'
        startHolder()

        when: 'it is killed with SIGKILL, so no shutdown hook runs'
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS)

        then: 'its PostgreSQL server is still running on the directory'
        DataDirectoryLock.leftBehind(dataDir.toAbsolutePath().resolve('postgres')).isPresent()

        when: 'the next backend starts on the same directory'
        def db = EmbeddedDatabase.start(dataDir, 0, 'holder_owner', 'holder_app')
        def notes = withOwner(db) { Sql sql -> sql.rows('select note from crash_probe')*.note }
        db.close()

        then: 'it starts, and the committed row is there'
        notes == ['committed before the kill']
    }

    def "a second backend on a directory a live backend is using is refused and stops nothing"() {
        given:
        startHolder()
        def pid = DataDirectoryLock.leftBehind(dataDir.toAbsolutePath().resolve('postgres'))

        when:
        EmbeddedDatabase.start(dataDir, 0, 'holder_owner', 'holder_app')

        then:
        def e = thrown(IllegalStateException)
        e.message.contains('Another Review Hub backend is using the data directory')
        pid.isPresent()
        ProcessHandle.of(pid.get()).map { it.alive }.orElse(false)
        holder.alive
    }

    private void startHolder() {
        String java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        holder = new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'),
                EmbeddedDatabaseHolder.name, dataDir.toAbsolutePath().toString())
                .redirectErrorStream(true).start()
        def reader = holder.inputStream.newReader()
        String line
        while ((line = reader.readLine()) != null && !line.startsWith('READY')) {
            // the holder's start-up log
        }
        assert line?.startsWith('READY'): 'the holder process did not start its database'
        Thread.start { reader.eachLine {} } // keep draining so the holder never blocks on output
    }

    private static <T> T withOwner(EmbeddedDatabase db, Closure<T> work) {
        Sql.newInstance(db.owner().url(), db.owner().user(), db.owner().password(), 'org.postgresql.Driver')
                .withCloseable { Sql sql -> work(sql) }
    }
}
