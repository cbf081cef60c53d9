// Writes the build's identity (process-classes): META-INF/reviewhub/build-identity in the server's classes, a
// SHA-256 over everything that decides what the server makes of the shipped packs:
//   - every file of this module's classes and resources (the code, the migrations), the identity itself left out;
//   - every uk.reviewhub module it depends on, by content (the tenants module carries the packs themselves),
//     whether Maven hands it over as a jar or as a folder of classes;
//   - every other runtime library by its coordinates (a released version's content does not change).
// The same sources and libraries give the same identity. Read at start-up by uk.reviewhub.partnership.domain.BuildIdentity
// (PartnershipStartup: a start by the build that last loaded the packs has nothing to read again).
import java.security.MessageDigest

def classes = new File(project.build.outputDirectory)
def out = new File(classes, 'META-INF/reviewhub/build-identity')
def digest = MessageDigest.getInstance('SHA-256')

def tree = { File root, String label ->
    digest.update("${label}\n".bytes)
    if (root.isFile()) {
        digest.update(root.bytes)
        return
    }
    def files = []
    root.eachFileRecurse(groovy.io.FileType.FILES) { if (it != out) files << it }
    files.collect { [root.toPath().relativize(it.toPath()).toString().replace(File.separatorChar, '/' as char), it] }
            .sort { it[0] }
            .each { path, file ->
                digest.update("${path}\n".bytes)
                digest.update(file.bytes)
            }
}

tree(classes, project.artifactId)
def runtime = project.artifacts.findAll { it.scope in ['compile', 'runtime'] }.sort { it.id }
runtime.each { artifact ->
    if (artifact.groupId == project.groupId) {
        tree(artifact.file, artifact.id)
    } else {
        digest.update("${artifact.id}\n".bytes)
    }
}
out.parentFile.mkdirs()
def identity = digest.digest().encodeHex().toString()
if (!out.isFile() || out.text != identity) {
    out.text = identity
}
log.info("Build identity ${identity.take(12)}: ${project.artifactId} and its ${runtime.size()} runtime dependencies")
