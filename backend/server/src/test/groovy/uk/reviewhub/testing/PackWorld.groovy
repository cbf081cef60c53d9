package uk.reviewhub.testing

import uk.reviewhub.pack.PackSource
import uk.reviewhub.partnership.domain.PackLoadReport
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens

import java.nio.file.Files
import java.nio.file.Path
import java.sql.Connection
import java.time.LocalDate

/**
 * A partnership of its own for a spec: Salford's pack under a fresh slug, with more groups made
 * from its group file, and people with partnership roles and seats made as the owner role. Tokens
 * are issued as sign-in issues them. The pack stays on disk, to be edited and loaded again.
 */
class PackWorld {

    static final List<String> SALFORD_FILES = ['pack.yaml', 'group-case-review-and-audit.yaml', 'templates/agenda.mustache',
                                               'templates/minutes.mustache', 'templates/apology-follow-up-letter.mustache',
                                               'templates/terms-of-reference.mustache']
    static final String SALFORD_GROUP = 'group-case-review-and-audit.yaml'

    final UUID tenant
    /** Group key ('A' is Salford's own group) -> id and name. */
    final Map<String, UUID> groups = [:]
    final Map<String, String> names = [:]
    final Map<String, String> tokens = [:]
    /** Person key -> user id. */
    final Map<String, UUID> users = [:]

    private final AccessTokens accessTokens
    private final PackLoader loader
    private final Path packs
    private final Path dir
    private final Map<String, String> groupFiles = [A: SALFORD_GROUP]

    /**
     * @param extraGroups key -> [code: ..., name: ..., edit: { String groupFileText -> String }] for each further group
     */
    PackWorld(PackLoader loader, AccessTokens accessTokens, Map<String, Map> extraGroups) {
        this.accessTokens = accessTokens
        this.loader = loader
        packs = Files.createTempDirectory('pack-world')
        String slug = 'world-' + UUID.randomUUID().toString().substring(0, 8)
        dir = packs.resolve(slug)
        String groupList = extraGroups.values().collect { "  - group-${it.code}.yaml\n" }.join('')
        SALFORD_FILES.each { name ->
            String text = PackSource.classpath().read("salford/$name").orElseThrow()
            Files.createDirectories(dir.resolve(name).parent)
            Files.writeString(dir.resolve(name), text.replace('slug: salford', "slug: $slug")
                    .replace("  - $SALFORD_GROUP\n", "  - $SALFORD_GROUP\n" + groupList))
        }
        String salfordGroup = Files.readString(dir.resolve(SALFORD_GROUP))
        extraGroups.each { key, g ->
            groupFiles[key] = "group-${g.code}.yaml".toString()
            Closure<String> edit = (g.edit ?: { String t -> t }) as Closure<String>
            Files.writeString(dir.resolve("group-${g.code}.yaml"), edit(salfordGroup
                    .replace('code: case-review-and-audit', "code: ${g.code}")
                    .replace('name: Case Review and Audit sub-group', "name: ${g.name}")))
        }
        Files.writeString(packs.resolve('index.yaml'), "packs:\n  - $slug\n")
        def report = loader.load(PackSource.directory(packs))
        assert report.problems() == []
        tenant = report.loaded().first().tenantId()
        Map<String, String> keyOfCode = ['case-review-and-audit': 'A'] + extraGroups.collectEntries { k, g -> [(g.code): k] }
        owner { Connection c ->
            def rows = c.prepareStatement('select code, id, name from review_group where tenant_id = ?').with {
                setObject(1, tenant)
                executeQuery()
            }
            while (rows.next()) {
                String key = keyOfCode[rows.getString(1)]
                groups[key] = rows.getObject(2, UUID)
                names[key] = rows.getString(3)
            }
        }
    }

    /**
     * A person with one partnership role and, if {@code seat} is given, that seat (by position
     * title) in {@code group}; a seat {@code ended} on a day began a year before it.
     */
    PackWorld person(String key, String role, String group = null, String seat = null, LocalDate ended = null) {
        UUID id = UUID.randomUUID()
        String email = "${key.replace(' ', '-')}-${id.toString().substring(0, 8)}@pack-world.test"
        owner { Connection c ->
            c.prepareStatement('insert into app_user (id, email, display_name, password_hash) values (?, ?, ?, ?)').with {
                setObject(1, id); setString(2, email); setString(3, key); setString(4, 'not-a-hash'); executeUpdate()
            }
            c.prepareStatement('''insert into partnership_membership (tenant_id, id, user_id, roles)
                                  values (?, gen_random_uuid(), ?, ?::text[])''').with {
                setObject(1, tenant); setObject(2, id); setString(3, "{$role}".toString()); executeUpdate()
            }
            if (seat != null) {
                c.prepareStatement('''update group_member set user_id = ?, start_date = ?, end_date = ?
                                       where tenant_id = ? and group_id = ? and position_title = ?''').with {
                    setObject(1, id); setObject(2, ended?.minusYears(1)); setObject(3, ended)
                    setObject(4, tenant); setObject(5, groups[group]); setString(6, seat)
                    assert executeUpdate() == 1
                }
            }
        }
        tokens[key] = accessTokens.issue(id, tenant, [role], key, email).token()
        users[key] = id
        this
    }

    /** Edits the group's file in the pack on disk (the text must contain {@code find}). */
    PackWorld editGroup(String key, String find, String replace) {
        Path file = dir.resolve(groupFiles[key])
        String text = Files.readString(file)
        assert text.contains(find)
        Files.writeString(file, text.replace(find, replace))
        this
    }

    /** Loads the pack again as a restart would, whatever the loader makes of it. */
    PackLoadReport restart() {
        loader.load(PackSource.directory(packs))
    }

    /** Loads the pack again, as a restart would. */
    PackLoadReport.Loaded reload() {
        def report = loader.load(PackSource.directory(packs))
        assert report.problems() == []
        report.loaded().first()
    }

    private static void owner(Closure work) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            work(c)
        } finally {
            c.close()
        }
    }
}
