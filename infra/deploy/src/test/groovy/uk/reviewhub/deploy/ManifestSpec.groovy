package uk.reviewhub.deploy

import org.snakeyaml.engine.v2.api.Load
import org.snakeyaml.engine.v2.api.LoadSettings
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * The Kubernetes manifests under infra/k8s, parsed and held to what the product needs in
 * production: probes, resources, no root, no privilege escalation, secrets only by reference,
 * the backend's disruption budget and autoscaling, the UI's cookie affinity, deny-by-default
 * network policies and a replicated, backed-up database. No cluster runs here, so this is the
 * check the manifests get before one.
 */
class ManifestSpec extends Specification {

    static final Path K8S = Path.of(System.getProperty('user.dir')).resolve('../k8s').normalize()

    @Shared
    Map<String, List<Map>> documentsByFile = load()

    @Shared
    List<Map> documents = documentsByFile.values().flatten().findAll { it != null } as List<Map>

    private static Map<String, List<Map>> load() {
        def files = Files.list(K8S).withCloseable { stream ->
            stream.filter { it.fileName.toString().endsWith('.yaml') }.sorted().toList()
        }
        files.collectEntries { file ->
            def load = new Load(LoadSettings.builder().setLabel(file.fileName.toString()).build())
            [(file.fileName.toString()): load.loadAllFromString(Files.readString(file)).toList() as List<Map>]
        }
    }

    private List<Map> ofKind(String kind) {
        documents.findAll { it.kind == kind }
    }

    private Map named(String kind, String name) {
        def found = ofKind(kind).find { it.metadata.name == name }
        assert found: "no $kind named $name in infra/k8s"
        found
    }

    def "every manifest parses, names its kind, and is listed in the kustomization"() {
        given:
        def kustomization = documentsByFile['kustomization.yaml'][0]
        def manifests = documentsByFile.keySet() - 'kustomization.yaml'

        expect:
        !manifests.isEmpty()
        kustomization.resources as Set == manifests
        documents.findAll { it.kind != 'Kustomization' }.every { it.apiVersion && it.kind && it.metadata?.name }
    }

    def "the backend and the UI run as Deployments of at least two replicas, on images named in the kustomization"() {
        given:
        def images = documentsByFile['kustomization.yaml'][0].images*.name as Set

        expect:
        ofKind('Deployment')*.metadata*.name as Set == ['reviewhub-backend', 'reviewhub-ui'] as Set
        ofKind('Deployment').every { it.spec.replicas >= 2 }
        ofKind('Deployment').every { d -> d.spec.template.spec.containers.every { it.image in images } }
    }

    def "#deployment: every container has startup, liveness and readiness probes on a port it declares"() {
        given:
        def containers = named('Deployment', deployment).spec.template.spec.containers

        expect:
        containers.every { c ->
            def ports = c.ports*.name as Set
            ['startupProbe', 'livenessProbe', 'readinessProbe'].every { probe ->
                def check = c[probe]
                def port = check?.httpGet?.port ?: check?.tcpSocket?.port
                port in ports
            }
        }

        where:
        deployment << ['reviewhub-backend', 'reviewhub-ui']
    }

    def "the backend's health is on its management port, which no Service or Ingress routes to"() {
        given:
        def backend = named('Deployment', 'reviewhub-backend').spec.template.spec.containers[0]
        def env = backend.env.collectEntries { [(it.name): it.value] }
        def management = backend.ports.find { it.name == 'management' }
        def routedPorts = ofKind('Service')*.spec*.ports.flatten()*.targetPort as Set

        expect:
        management.containerPort as String == env.ENDPOINTS_ALL_PORT
        [backend.livenessProbe, backend.readinessProbe, backend.startupProbe].every { it.httpGet.port == 'management' }
        backend.livenessProbe.httpGet.path == '/health/liveness'
        backend.readinessProbe.httpGet.path == '/health/readiness'
        !('management' in routedPorts) && !(management.containerPort in routedPorts)
    }

    def "#deployment: CPU and memory are requested and limited, and the JVM sizes its heap from the limit at full JIT"() {
        given:
        def containers = named('Deployment', deployment).spec.template.spec.containers

        expect:
        containers.every { c ->
            def javaOptions = c.env.find { it.name == 'JAVA_TOOL_OPTIONS' }?.value ?: ''
            c.resources.requests.cpu && c.resources.requests.memory &&
                    c.resources.limits.cpu && c.resources.limits.memory &&
                    javaOptions.contains('MaxRAMPercentage') && !javaOptions.contains('TieredStopAtLevel')
        }

        where:
        deployment << ['reviewhub-backend', 'reviewhub-ui']
    }

    def "#deployment: nothing runs as root, escalates privilege, keeps a capability, or writes its root file system"() {
        given:
        def pod = named('Deployment', deployment).spec.template.spec

        expect:
        pod.securityContext.runAsNonRoot == true
        pod.securityContext.runAsUser > 0
        pod.securityContext.seccompProfile.type == 'RuntimeDefault'
        pod.automountServiceAccountToken == false
        !pod.hostNetwork && !pod.hostPID && !pod.hostIPC
        !(pod.volumes ?: []).any { it.hostPath }
        pod.containers.every { c ->
            c.securityContext.allowPrivilegeEscalation == false &&
                    c.securityContext.readOnlyRootFilesystem == true &&
                    c.securityContext.capabilities.drop == ['ALL'] &&
                    !c.securityContext.privileged &&
                    (c.securityContext.runAsUser == null || c.securityContext.runAsUser > 0)
        }

        where:
        deployment << ['reviewhub-backend', 'reviewhub-ui']
    }

    def "no secret value is in the manifests: no Secret objects, and every secret-looking setting is a reference"() {
        given:
        def secretLooking = ~/(?i).*(password|secret|token|key|credential).*/
        def env = ofKind('Deployment').collectMany { it.spec.template.spec.containers }.collectMany { it.env ?: [] }

        expect:
        ofKind('Secret').isEmpty()
        env.findAll { it.name ==~ secretLooking }.every { it.value == null && it.valueFrom?.secretKeyRef?.name }
        literalPasswords(documents).isEmpty()
    }

    /** Any map entry named like a password whose value is text rather than a reference. */
    private static List<String> literalPasswords(Object node, String path = '') {
        if (node instanceof Map) {
            return node.collectMany { k, v ->
                def here = "$path/$k"
                (k.toString() ==~ /(?i)(password|secret|accessKey|secretKey|token)/ && v instanceof String) ?
                        [here] : literalPasswords(v, here)
            }
        }
        if (node instanceof List) {
            return node.withIndex().collectMany { v, i -> literalPasswords(v, "$path[$i]") }
        }
        []
    }

    def "the secrets the backend reads are the database roles', the JWT key and the secrets key, as the README lists them"() {
        given:
        def env = named('Deployment', 'reviewhub-backend').spec.template.spec.containers[0].env
        def fromSecrets = env.findAll { it.valueFrom?.secretKeyRef }.collectEntries {
            [(it.name): it.valueFrom.secretKeyRef.name]
        }
        def readme = Files.readString(K8S.resolve('README.md'))

        expect:
        fromSecrets.REVIEWHUB_JWT_SECRET == 'reviewhub-jwt'
        fromSecrets.REVIEWHUB_SECRETS_KEY == 'reviewhub-secrets-key'
        fromSecrets.REVIEWHUB_DATABASE_APP_PASSWORD == 'reviewhub-db-app'
        fromSecrets.REVIEWHUB_DATABASE_OWNER_PASSWORD == 'reviewhub-db-owner'
        fromSecrets.values().every { readme.contains("create secret generic $it") }
    }

    def "the backend keeps one replica through voluntary disruptions and scales on CPU"() {
        given:
        def labels = named('Deployment', 'reviewhub-backend').spec.template.metadata.labels
        def budget = named('PodDisruptionBudget', 'reviewhub-backend')
        def autoscaler = named('HorizontalPodAutoscaler', 'reviewhub-backend')

        expect:
        labels.entrySet().containsAll(budget.spec.selector.matchLabels.entrySet())
        budget.spec.minAvailable >= 1
        autoscaler.spec.scaleTargetRef.name == 'reviewhub-backend'
        autoscaler.spec.minReplicas >= 2
        autoscaler.spec.maxReplicas > autoscaler.spec.minReplicas
        autoscaler.spec.metrics.any { it.resource?.name == 'cpu' }
    }

    def "every Service selects a Deployment's pods, on a port the pods declare"() {
        expect:
        ofKind('Service').every { service ->
            def deployment = ofKind('Deployment').find { d ->
                d.spec.template.metadata.labels.entrySet().containsAll(service.spec.selector.entrySet())
            }
            def declared = deployment.spec.template.spec.containers.collectMany { it.ports*.name }
            deployment && service.spec.ports.every { it.targetPort in declared }
        }
    }

    def "the ingress serves over TLS, keeps a browser on one UI replica, and routes only to Services that exist"() {
        given:
        def ingress = named('Ingress', 'reviewhub')
        def services = ofKind('Service')*.metadata*.name as Set
        def routes = ingress.spec.rules.collectMany { it.http.paths }

        expect:
        ingress.spec.tls.every { it.secretName }
        ingress.metadata.annotations['nginx.ingress.kubernetes.io/affinity'] == 'cookie'
        ingress.metadata.annotations['nginx.ingress.kubernetes.io/session-cookie-secure'] == 'true'
        routes.find { it.path == '/' }.backend.service.name == 'reviewhub-ui'
        routes.every { it.backend.service.name in services }
    }

    def "network traffic is denied unless a policy allows it, and the database takes connections only from the backend"() {
        given:
        def deny = named('NetworkPolicy', 'default-deny')
        def database = named('NetworkPolicy', 'database')
        def appSources = database.spec.ingress.find { rule -> rule.ports?.any { it.port == 5432 } }.from

        expect:
        deny.spec.podSelector == [:]
        deny.spec.policyTypes as Set == ['Ingress', 'Egress'] as Set
        !deny.spec.ingress && !deny.spec.egress
        appSources*.podSelector*.matchLabels == [['app.kubernetes.io/name': 'reviewhub-backend']]
    }

    def "PostgreSQL is replicated and backed up, and the application's role cannot bypass row-level security"() {
        given:
        def cluster = named('Cluster', 'reviewhub-db')
        def roles = cluster.spec.managed.roles.collectEntries { [(it.name): it] }

        expect:
        cluster.spec.instances >= 2
        cluster.spec.backup.barmanObjectStore.destinationPath
        ofKind('ScheduledBackup').any { it.spec.cluster.name == 'reviewhub-db' }
        roles.reviewhub_app.bypassrls == false
        roles.reviewhub_app.superuser == false
        roles.reviewhub_owner.superuser == false
        cluster.spec.managed.roles.every { it.passwordSecret?.name }
    }
}
