package cn.kejiju.workbench;

import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.Roles;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The EAR the build produced, as Arquillian deploys it. */
public final class Deployments {

    public static final String WAR = "workbench-web.war";
    public static final String EJB = "workbench-ejb.jar";
    /** A class-path resource of in-container tests: where the application answers on this server. */
    public static final String TEST_PROPERTIES = "workbench-test.properties";

    private Deployments() {
    }

    /** Names the application as built, which the classes that use it as it is share (SharedDeployment). */
    private static final String SHARED = "workbench-shared-";

    /**
     * The application exactly as built, for tests that talk to it over HTTP; deployed once for all the classes that
     * take it as it is ({@link cn.kejiju.workbench.arquillian.SharedDeployment}). A class that changes it goes
     * through {@link #withConfig} or {@link #withEjbClasses}, which name it as a deployment of its own.
     */
    public static EnterpriseArchive ear() {
        Class<?> testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        return ShrinkWrap.create(EnterpriseArchive.class, SHARED + testClass.getSimpleName() + ".ear").merge(built());
    }

    /** Whether {@code archive} is the application as built, as {@link #ear()} gave it. */
    public static boolean isShared(Archive<?> archive) {
        return archive.getName().startsWith(SHARED);
    }

    /**
     * Named after the test class (a changed copy of the shared application after the class that changed it), so
     * that each deployment has a name of its own: Payara removes an undeployed application's files in the
     * background, and a redeployment under the same name could lose its files to that clean-up ("File source
     * doesn't exist").
     */
    private static EnterpriseArchive ownCopy(EnterpriseArchive ear) {
        return isShared(ear)
                ? ShrinkWrap.create(EnterpriseArchive.class, "workbench-" + ear.getName().substring(SHARED.length()))
                        .merge(ear)
                : ear;
    }

    private static EnterpriseArchive built() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("workbench.ear", "target/workbench.ear")));
    }

    private static EnterpriseArchive named(EnterpriseArchive ear, Class<?> testClass) {
        return ShrinkWrap.create(EnterpriseArchive.class, "workbench-" + testClass.getSimpleName() + ".ear").merge(ear);
    }

    /**
     * The application with test classes added to its WAR, for tests that run inside the server: the
     * servlet through which Arquillian runs them is left unprotected, the {@code @RunAs} helpers get
     * principals, and the base URL of the application (which failsafe's system properties do not carry
     * into the server) is in {@value #TEST_PROPERTIES}.
     */
    public static EnterpriseArchive earWith(Class<?>... classes) {
        EnterpriseArchive ear = built();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(classes);
        war.addClass(BureauClock.class);
        war.setWebXML(new StringAsset(withOpenTestRunner(war)));
        war.addAsWebInfResource(new StringAsset(roleMapping()), "glassfish-web.xml");
        war.addAsResource(new StringAsset("baseUrl=" + Api.BASE + "\n"), TEST_PROPERTIES);
        ear.delete(WAR);
        return named(ear.addAsModule(war), classes[0]);
    }

    /**
     * The application with configuration values of a test deployment (MicroProfile Config properties in
     * its EJB module), such as a fixed bureau clock; never values a production descriptor would carry.
     */
    public static EnterpriseArchive withConfig(EnterpriseArchive ear, String properties) {
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB);
        ejb.addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        ear.delete(EJB);
        return ownCopy(ear.addAsModule(ejb));
    }

    /**
     * Adds classes to the EJB module of a test deployment, for beans that must live where the services
     * find them (a test {@code TodoFeed}: the EJB module does not see beans of the WAR).
     */
    public static EnterpriseArchive withEjbClasses(EnterpriseArchive ear, Class<?>... classes) {
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB);
        ejb.addClasses(classes);
        ear.delete(EJB);
        return ownCopy(ear.addAsModule(ejb));
    }

    /**
     * The application's web.xml plus one unprotected path: the servlet through which Arquillian runs
     * tests inside the server (everything else still requires a login or a token).
     */
    private static String withOpenTestRunner(WebArchive war) {
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String open = """
                        <security-constraint>
                            <web-resource-collection>
                                <web-resource-name>Arquillian test runner</web-resource-name>
                                <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            </web-resource-collection>
                        </security-constraint>
                    </web-app>""";
            return webXml.replace("</web-app>", open);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Principals for the {@code @RunAs} roles of the test helpers (AsSystemAdmin, AsSecurityAdmin):
     * Payara needs a principal to run as. Once a WAR maps one role explicitly, Payara stops mapping the
     * others by name, so every role is listed by its group as well.
     */
    private static String roleMapping() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN" "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
                <glassfish-web-app>
                """);
        for (Role role : Role.values()) {
            xml.append("    <security-role-mapping>\n        <role-name>").append(role).append("</role-name>\n");
            if (role == Role.SYSTEM_ADMIN || role == Role.SECURITY_ADMIN) {
                xml.append("        <principal-name>").append(role).append("</principal-name>\n");
            }
            xml.append("        <group-name>").append(role).append("</group-name>\n    </security-role-mapping>\n");
        }
        for (String group : new String[] {Roles.API_READ, Roles.API_WRITE}) {
            xml.append("    <security-role-mapping>\n        <role-name>").append(group)
                    .append("</role-name>\n        <group-name>").append(group).append("</group-name>\n    </security-role-mapping>\n");
        }
        return xml.append("</glassfish-web-app>\n").toString();
    }
}
