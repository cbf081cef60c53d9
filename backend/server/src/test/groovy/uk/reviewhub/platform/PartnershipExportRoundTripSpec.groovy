package uk.reviewhub.platform

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.platform.PlatformApi
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.pack.Pack
import uk.reviewhub.pack.PackReader
import uk.reviewhub.pack.PackSource
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PackWorld

import java.nio.file.Files
import java.nio.file.Path
import java.util.zip.ZipInputStream

/**
 * A partnership's export loads elsewhere and gives back what it was given (issue 11, item 7): a
 * pack with boroughs and a group with member expectations, frameworks and notes is loaded, exported,
 * the export's pack loaded as another partnership, and that one exported again; each export carries
 * the lists as the first pack said them.
 */
class PartnershipExportRoundTripSpec extends IntegrationSpec {

    static final List<String> BOROUGHS = ['Salford', 'Eccles', 'Swinton & Pendlebury']
    static final List<String> EXPECTATIONS = ['Members are senior enough to commit their agency.',
                                              'A deputy is briefed and acts with delegated authority.']
    static final List<String> FRAMEWORKS = ['Working Together to Safeguard Children 2023']
    static final List<String> NOTES = ['Meets monthly; extra meetings are called for rapid reviews.', 'Minutes go to the executive.']

    @Inject AccessTokens accessTokens
    @Inject PackLoader loader

    @Inject
    @Client('/')
    HttpClient client

    def "an export loaded as another partnership keeps its boroughs and its groups' expectations, frameworks and notes"() {
        given: "Salford's pack under a fresh slug, with boroughs, and its group with the three lists"
        String slug = fresh()
        Closure<String> withLists = { String name, String text ->
            if (name == 'pack.yaml') {
                return text + yamlList('boroughs', BOROUGHS)
            }
            if (name == PackWorld.SALFORD_GROUP) {
                return text + yamlList('memberExpectations', EXPECTATIONS) + yamlList('frameworks', FRAMEWORKS) +
                        yamlList('notes', NOTES)
            }
            text
        }
        Path first = packDirectory(slug, withLists)
        UUID original = load(first)

        when: 'it is exported'
        Map<String, String> exported = export(original)
        Pack exportedPack = read(exported, slug)

        then: 'the export says the lists'
        lists(exportedPack) == [BOROUGHS, EXPECTATIONS, FRAMEWORKS, NOTES]

        when: "the export's pack is loaded elsewhere under another slug, and that partnership exported in turn"
        String elsewhere = fresh()
        Path second = Files.createTempDirectory('export-elsewhere')
        exported.findAll { it.key.startsWith("pack/$slug/") }.each { name, text ->
            Path file = second.resolve(elsewhere).resolve(name.substring("pack/$slug/".length()))
            Files.createDirectories(file.parent)
            Files.writeString(file, name.endsWith('/pack.yaml') ? text.replace("slug: $slug", "slug: $elsewhere") : text)
        }
        Files.writeString(second.resolve('index.yaml'), "packs:\n  - $elsewhere\n")
        UUID copy = load(second)
        Pack roundTripped = read(export(copy), elsewhere)

        then: 'another partnership, with the same lists'
        copy != original
        lists(roundTripped) == [BOROUGHS, EXPECTATIONS, FRAMEWORKS, NOTES]
        roundTripped.groups()*.code == exportedPack.groups()*.code
    }

    def "a pack without the lists exports none, and loading it again clears lists it had before"() {
        given:
        String slug = fresh()
        Closure<String> withBoroughs = { String name, String text -> name == 'pack.yaml' ? text + yamlList('boroughs', BOROUGHS) : text }
        Path dir = packDirectory(slug, withBoroughs)
        UUID tenant = load(dir)
        assert read(export(tenant), slug).boroughs() == BOROUGHS

        when: 'the boroughs are taken out of the pack and it is loaded again'
        Path pack = dir.resolve(slug).resolve('pack.yaml')
        Files.writeString(pack, Files.readString(pack).replace(yamlList('boroughs', BOROUGHS), ''))
        load(dir)

        then:
        read(export(tenant), slug).boroughs() == []
        read(export(tenant), slug).groups()[0].notes() == []
    }

    private static String fresh() {
        'export-' + UUID.randomUUID().toString().substring(0, 8)
    }

    private static String yamlList(String key, List<String> items) {
        "$key:\n" + items.collect { "  - \"${it.replace('"', '\\"')}\"\n" }.join('')
    }

    /** Salford's files under {@code slug} in a directory of packs of their own, each edited by {@code edit}. */
    private static Path packDirectory(String slug, Closure<String> edit) {
        Path packs = Files.createTempDirectory('export-pack')
        PackWorld.SALFORD_FILES.each { name ->
            String text = PackSource.classpath().read("salford/$name").orElseThrow().replace('slug: salford', "slug: $slug")
            Path file = packs.resolve(slug).resolve(name)
            Files.createDirectories(file.parent)
            Files.writeString(file, edit(name, text.endsWith('\n') ? text : text + '\n'))
        }
        Files.writeString(packs.resolve('index.yaml'), "packs:\n  - $slug\n")
        packs
    }

    private UUID load(Path packs) {
        def report = loader.load(PackSource.directory(packs))
        assert report.problems() == []
        report.loaded().first().tenantId()
    }

    private static Pack read(Map<String, String> files, String slug) {
        def reading = new PackReader().read({ String p -> Optional.ofNullable(files["pack/$p".toString()]) } as PackSource, slug)
        assert reading.problems() == []
        reading.value()
    }

    private static List<List<String>> lists(Pack pack) {
        def group = pack.groups().find { it.code() == 'case-review-and-audit' }
        [pack.boroughs(), group.memberExpectations(), group.frameworks(), group.notes()]
    }

    private Map<String, String> export(UUID tenant) {
        UUID admin = TestUsers.user(name: 'Platform Admin', platformRoles: ['PLATFORM_ADMIN'])
        String token = accessTokens.issue(admin, null, ['PLATFORM_ADMIN'], 'Platform Admin', 'platform@example.org').token()
        def response = client.toBlocking().exchange(HttpRequest.GET(PlatformApi.EXPORT.replace('{partnershipId}', tenant.toString()))
                .bearerAuth(token), byte[])
        assert response.code() == 200
        Map<String, String> files = [:]
        new ZipInputStream(new ByteArrayInputStream(response.body())).withCloseable { zip ->
            def entry
            while ((entry = zip.nextEntry) != null) {
                files[entry.name] = new String(zip.readAllBytes(), 'UTF-8')
            }
        }
        files
    }
}
