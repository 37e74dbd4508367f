package cn.kejiju.workbench.arquillian;

import cn.kejiju.workbench.Deployments;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

import java.util.logging.Logger;

/**
 * Deploys the application exactly as built once for the test classes that only talk to it over HTTP
 * ({@link Deployments#ear()}), instead of once a class: the first such class deploys it and it stays for the next
 * ones. Any other deployment (tests running inside the server, a fixed clock, extra classes) needs the same context
 * root, so the kept application is undeployed first, and deployed again by the next class that shares it; the last
 * one kept is undeployed before the container stops. Each class still sees the application as built; what the
 * classes share is its memory (caches that every write through the application keeps true), as they already shared
 * its database. {@link SharedDeploymentFirst} runs the sharing classes one after the other.
 */
public class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    private static Archive<?> kept;
    private static DeployableContainer<?> keptOn;

    public void deploy(@Observes EventContext<DeployDeployment> context) throws DeploymentException {
        DeployDeployment event = context.getEvent();
        Deployment deployment = event.getDeployment();
        boolean shared = shared(deployment);
        if (shared && kept != null && keptOn == event.getDeployableContainer()) {
            LOG.fine(() -> deployment.getDescription().getArchive().getName() + ": the application deployed as "
                    + kept.getName() + " answers");
            deployment.deployed();
            return;
        }
        release();
        context.proceed();
        if (shared && deployment.isDeployed() && !deployment.hasDeploymentError()) {
            kept = deployment.getDescription().getArchive();
            keptOn = event.getDeployableContainer();
        }
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
        if (kept != null && shared(context.getEvent().getDeployment())) {
            context.getEvent().getDeployment().undeployed();
            return;
        }
        context.proceed();
    }

    public void stop(@Observes BeforeStop event) throws DeploymentException {
        release();
    }

    private static boolean shared(Deployment deployment) {
        return deployment.getDescription().isArchiveDeployment() && !deployment.getDescription().testable()
                && Deployments.isShared(deployment.getDescription().getArchive());
    }

    private static void release() throws DeploymentException {
        if (kept != null) {
            Archive<?> leaving = kept;
            kept = null;
            keptOn.undeploy(leaving);
        }
    }
}
