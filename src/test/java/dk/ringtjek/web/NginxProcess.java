package dk.ringtjek.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;

/**
 * The shipped nginx template (docker/nginx.conf) rendered by docker/nginx-render.sh with test values in a
 * temporary folder: every port on loopback, a throw-away TLS certificate, no system path. Debian's nginx
 * is found on the PATH or in /usr/sbin; where it is missing the tests are skipped, unless
 * RINGTJEK_NGINX_TESTS=required (set by .ci/run).
 */
final class NginxProcess implements AutoCloseable {

    static final String MODE_VARIABLE = "RINGTJEK_NGINX_TESTS";
    private static final Path TEMPLATE = Path.of("docker", "nginx.conf");
    private static final Path RENDERER = Path.of("docker", "nginx-render.sh");
    /** A limit for hangs of nginx or keytool, not a measured timing. */
    private static final long PATIENCE_SECONDS = 60;

    final Path folder;
    final Path config;
    final int httpPort;
    private final Path nginx;
    private boolean started;

    private NginxProcess(Path nginx, Path folder, Path config, int httpPort) {
        this.nginx = nginx;
        this.folder = folder;
        this.config = config;
        this.httpPort = httpPort;
    }

    /** Renders the template in front of these upstream addresses ("127.0.0.1:port"), or skips the test. */
    static NginxProcess render(List<String> upstreams) throws IOException, InterruptedException {
        Path nginx = requireInstalled();
        Path folder = Files.createTempDirectory("ringtjek-nginx-test");
        try {
            Path include = Files.createDirectories(folder.resolve("conf.d"));
            Path run = Files.createDirectories(folder.resolve("run"));
            Path log = Files.createDirectories(folder.resolve("log"));
            writeCertificate(folder);
            int httpPort = freePort();
            Map<String, String> values = new HashMap<>();
            values.put("NGINX_UPSTREAMS", String.join(" ", upstreams));
            // Workers run as this user when nginx is started as root; otherwise nginx ignores it.
            values.put("NGINX_USER", System.getProperty("user.name"));
            values.put("NGINX_PID_FILE", run.resolve("nginx.pid").toString());
            values.put("NGINX_RUN_DIR", run.toString());
            values.put("NGINX_LOG_DIR", log.toString());
            values.put("NGINX_CACHE_DIR", folder.resolve("cache").toString());
            values.put("NGINX_CACHE_MAX_SIZE", "16m");
            values.put("NGINX_CACHE_KEYS_SIZE", "1m");
            values.put("NGINX_SERVER_NAME", "localhost");
            values.put("NGINX_REDIRECT_LISTEN", "127.0.0.1:" + freePort());
            values.put("NGINX_TLS_LISTEN", "127.0.0.1:" + freePort());
            values.put("NGINX_HTTP_LISTEN", "127.0.0.1:" + httpPort);
            values.put("NGINX_TLS_CERT", folder.resolve("cert.pem").toString());
            values.put("NGINX_TLS_KEY", folder.resolve("key.pem").toString());
            values.put("NGINX_INCLUDE_DIR", include.toString());
            Path config = folder.resolve("nginx.conf");
            ProcessBuilder renderer = new ProcessBuilder("sh", RENDERER.toString(), TEMPLATE.toString())
                    .redirectOutput(config.toFile())
                    .redirectError(folder.resolve("render.log").toFile());
            renderer.environment().putAll(values);
            run(renderer, folder.resolve("render.log"), "rendering " + TEMPLATE);
            return new NginxProcess(nginx, folder, config, httpPort);
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            delete(folder);
            throw e;
        }
    }

    /** nginx -t: the configuration parses, every file it names exists and every listener can bind. */
    String test() throws IOException, InterruptedException {
        return run(command("-t"), folder.resolve("test.log"), "nginx -t");
    }

    /** Starts nginx as a daemon; it has bound its listeners when the command returns. */
    void start() throws IOException, InterruptedException {
        run(command(), folder.resolve("start.log"), "starting nginx");
        started = true;
    }

    @Override
    public void close() {
        try {
            if (started) {
                Optional<ProcessHandle> master = Optional.empty();
                Path pidFile = folder.resolve("run").resolve("nginx.pid");
                if (Files.exists(pidFile)) {
                    master = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
                }
                run(command("-s", "stop"), folder.resolve("stop.log"), "stopping nginx");
                if (master.isPresent()) {
                    master.get().onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            Logger.getLogger(NginxProcess.class).warn("nginx did not stop cleanly", e);
        } finally {
            delete(folder);
        }
    }

    private ProcessBuilder command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(nginx.toString(), "-p", folder.toString(), "-c",
                config.toString(), "-e", folder.resolve("log").resolve("startup-error.log").toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static String run(ProcessBuilder builder, Path log, String what) throws IOException, InterruptedException {
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            builder.redirectOutput(log.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(what + " did not finish");
        }
        String output = Files.exists(log) ? Files.readString(log) : "";
        if (process.exitValue() != 0) {
            fail(what + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        return output;
    }

    private static Path requireInstalled() {
        Optional<Path> found = Stream.concat(
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(":")), Stream.of("/usr/sbin", "/sbin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "nginx"))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String reason = "The nginx configuration tests need Debian's nginx: apt-get install nginx";
        if ("required".equalsIgnoreCase(System.getenv(MODE_VARIABLE))) {
            fail(reason + " (" + MODE_VARIABLE + "=required)");
        }
        Logger.getLogger(NginxProcess.class).warn(reason + "; skipping them.");
        Assumptions.abort(reason + "; skipping them.");
        return null;
    }

    /** A self-signed certificate for localhost, made by the JDK's keytool (no openssl needed). */
    private static void writeCertificate(Path folder) throws IOException, InterruptedException {
        Path store = folder.resolve("tls.p12");
        char[] password = "test-only".toCharArray();
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        run(new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "nginx", "-keyalg", "EC", "-groupname",
                        "secp256r1", "-dname", "CN=localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                        store.toString(), "-storepass", new String(password), "-keypass", new String(password))
                .redirectErrorStream(true), folder.resolve("keytool.log"), "keytool");
        try (var in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            Certificate certificate = keys.getCertificate("nginx");
            Files.writeString(folder.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
            Files.writeString(folder.resolve("key.pem"), pem("PRIVATE KEY", keys.getKey("nginx", password).getEncoded()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("could not read the test certificate", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
