package cn.kejiju.workbench;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The EAR the build produced, as Arquillian deploys it. */
public final class Deployments {

    public static final String WAR = "workbench-web.war";

    private Deployments() {
    }

    /** The application exactly as built, for tests that talk to it over HTTP. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("workbench.ear", "target/workbench.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The application with test classes added to its WAR, for tests that run inside the server. */
    public static EnterpriseArchive earWith(Class<?>... classes) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(classes);
        war.addAsResource(new StringAsset("baseUrl=" + Api.BASE + "\n"), "workbench-test.properties");
        ear.delete(WAR);
        return ear.addAsModule(war);
    }
}
