package uk.reviewhub.membership

import uk.reviewhub.pack.PackSource
import uk.reviewhub.partnership.domain.PackLoadReport
import uk.reviewhub.partnership.domain.PackLoader

import java.nio.file.Files
import java.nio.file.Path

/**
 * A copy of Salford's pack under a slug of its own in {@code dir}, loaded as a partnership of its
 * own, so a spec can change its membership without touching the shared demo data.
 */
class PackCopy {

    static final List<String> SALFORD_FILES = ['pack.yaml', 'group-case-review-and-audit.yaml', 'templates/agenda.mustache',
                                               'templates/minutes.mustache', 'templates/apology-follow-up-letter.mustache',
                                               'templates/terms-of-reference.mustache']
    static final String GROUP_FILE = 'group-case-review-and-audit.yaml'

    final PackLoader loader
    final Path dir
    final String slug
    UUID tenant

    PackCopy(PackLoader loader, Path dir, String prefix) {
        this.loader = loader
        this.dir = dir
        slug = prefix + '-' + UUID.randomUUID().toString().substring(0, 8)
        Files.createDirectories(dir.resolve(slug))
        SALFORD_FILES.each { name ->
            String text = PackSource.classpath().read("salford/$name").orElseThrow()
            Files.createDirectories(dir.resolve(slug).resolve(name).parent)
            Files.writeString(dir.resolve(slug).resolve(name), text.replace('slug: salford', "slug: $slug"))
        }
        Files.writeString(dir.resolve('index.yaml'), "packs:\n  - $slug\n")
    }

    PackLoadReport.Loaded load() {
        def report = loader.load(PackSource.directory(dir))
        assert report.problems() == []
        def loaded = report.loaded().find { it.slug() == slug }
        tenant = loaded.tenantId()
        loaded
    }

    void edit(String file, String find, String replace) {
        Path path = dir.resolve(slug).resolve(file)
        String text = Files.readString(path)
        assert text.contains(find)
        Files.writeString(path, text.replace(find, replace))
    }
}
