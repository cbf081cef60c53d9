package uk.reviewhub.security

import io.micronaut.context.exceptions.ConfigurationException
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermission

class JwtSecretSpec extends Specification {

    @TempDir
    Path dataDir

    def "a configured secret is used as it is"() {
        expect:
        new String(JwtSecret.resolve('x' * 32, false, dataDir)) == 'x' * 32
        !Files.exists(dataDir.resolve('jwt-secret'))
    }

    def "a configured secret shorter than 32 bytes is refused"() {
        when:
        JwtSecret.resolve('too short', true, dataDir)

        then:
        def e = thrown(ConfigurationException)
        e.message.contains('at least 32 bytes')
    }

    def "with the embedded database and no secret, one is generated once, kept owner-only, and reused"() {
        when:
        byte[] first = JwtSecret.resolve(null, true, dataDir)
        byte[] second = JwtSecret.resolve('', true, dataDir)
        Path file = dataDir.resolve('jwt-secret')

        then:
        first.length >= 32
        first == second
        Files.getPosixFilePermissions(file) == [PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE] as Set
    }

    def "with a real database and no secret, start-up fails with a clear message"() {
        when:
        JwtSecret.resolve(null, false, dataDir)

        then:
        def e = thrown(ConfigurationException)
        e.message.contains('REVIEWHUB_JWT_SECRET')
        !Files.exists(dataDir.resolve('jwt-secret'))
    }
}
