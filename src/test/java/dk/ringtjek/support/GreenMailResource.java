package dk.ringtjek.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded SMTP server (GreenMail) for the whole test run, on a free port of the loopback
 * interface: the application's mail goes there and never out. Tests get it with {@code @InjectMail}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** Marks a {@code GreenMail} field of a test class to receive the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectMail {
    }

    /** Carries the resource declaration that Quarkus applies to the whole test run. */
    @QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
    public static final class Declaration {
        private Declaration() {
        }
    }

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(greenMail, new TestInjector.AnnotatedAndMatchesType(InjectMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
