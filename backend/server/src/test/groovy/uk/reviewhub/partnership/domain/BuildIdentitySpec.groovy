package uk.reviewhub.partnership.domain

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

class BuildIdentitySpec extends Specification {

    @TempDir
    Path root

    def "the build wrote this build's identity: a SHA-256, the one the server reads"() {
        given: 'the file the build writes at process-classes (src/build/BuildIdentity.groovy)'
        String written = getClass().classLoader.getResource(BuildIdentity.RESOURCE)?.text

        expect:
        written ==~ /[0-9a-f]{64}/
        BuildIdentity.current() == Optional.of(written)
    }

    def "#what: no identity, so nothing is skipped"() {
        given:
        if (text != null) {
            Path file = root.resolve(BuildIdentity.RESOURCE)
            Files.createDirectories(file.parent)
            Files.writeString(file, text)
        }

        expect:
        BuildIdentity.of(new URLClassLoader([root.toUri().toURL()] as URL[], (ClassLoader) null)) == expected

        where:
        what                       | text            || expected
        'no file'                  | null            || Optional.empty()
        'an empty file'            | ''              || Optional.empty()
        'not a SHA-256'            | 'abc123'        || Optional.empty()
        'upper-case hex'           | 'A' * 64        || Optional.empty()
        'a SHA-256 and a new line' | 'ab' * 32 + '\n' || Optional.of('ab' * 32)
    }
}
